/**
 * Type test, not a jest test: every member the WPS adapter uses (src/workbook/wps-api.ts) exists in
 * Kingsoft's own typings (et-jsapi-declare, pinned), so a misspelt member fails `npm run typecheck`
 * (tsconfig.wps.json) instead of failing only inside a real WPS. The vendor's enums are ambient and
 * never used at run time (see wps-constants.ts).
 */
import type {
  EtApplication,
  EtBorder,
  EtChart,
  EtChartObjects,
  EtFont,
  EtFormatConditions,
  EtInterior,
  EtPageSetup,
  EtRange,
  EtSeries,
  EtValidation,
  EtWorkbook,
  EtWorksheet,
  EtWorksheets,
} from '../../src/workbook/wps-api';

/** The members of `Ours` that `Theirs` lacks: `never` when all are there. */
type Missing<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs>;
/** Compiles only when nothing is missing; otherwise the error names the missing members. */
type AllThere<M extends never> = M;

export type Checks = [
  AllThere<Missing<EtApplication, Et.Application>>,
  AllThere<Missing<EtWorkbook, Et.Workbook>>,
  AllThere<Missing<EtWorksheets, Et.Sheets>>,
  AllThere<Missing<EtWorksheet, Et.Worksheet>>,
  AllThere<Missing<EtRange, Et.Range>>,
  AllThere<Missing<EtFont, Et.Font>>,
  AllThere<Missing<EtInterior, Et.Interior>>,
  AllThere<Missing<EtBorder, Et.Border>>,
  AllThere<Missing<EtValidation, Et.Validation>>,
  AllThere<Missing<EtFormatConditions, Et.FormatConditions>>,
  AllThere<Missing<EtPageSetup, Et.PageSetup>>,
  AllThere<Missing<EtChartObjects, Et.ChartObjects>>,
  AllThere<Missing<EtChart, Et.Chart>>,
  AllThere<Missing<EtSeries, Et.Series>>,
];
