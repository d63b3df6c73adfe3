/**
 * Where a batch's projects come from: a sheet named 项目清单 (with its 指标清单 when there is
 * one), else the sheet the user is on, whose header row names the columns. The core reads it.
 */
import type { Catalog } from '../../../core/project/catalog';
import { INDICATOR_LIST_SHEET, REGISTER_SHEET, readRegister, type RegisterResult } from '../../../core/read/register';
import type { WorkbookActions } from '../../../workbook/port';

export interface RegisterSource {
  /** The sheet the projects were read from. */
  sheet: string;
  /** The 指标清单 read with it, if any. */
  indicatorSheet?: string;
  /** True when no 项目清单 was found and the active sheet was read instead. */
  fromActiveSheet: boolean;
  result: RegisterResult;
}

export async function readRegisterSource(workbook: WorkbookActions, catalog?: Catalog): Promise<RegisterSource> {
  const names = await workbook.sheetNames();
  const indicatorNames = names.includes(INDICATOR_LIST_SHEET) ? [INDICATOR_LIST_SHEET] : [];
  if (names.includes(REGISTER_SHEET)) {
    const [register, indicators] = await workbook.readGrids([REGISTER_SHEET, ...indicatorNames]);
    if (!register) throw new Error(`no sheet named ${REGISTER_SHEET}`);
    return {
      sheet: register.sheet,
      ...(indicators ? { indicatorSheet: indicators.sheet } : {}),
      fromActiveSheet: false,
      result: readRegister(register, { indicators, catalog }),
    };
  }
  // Reading every sheet of a large workbook to find a header would be slow in Excel: the user's sheet is the hint.
  const active = await workbook.readActiveGrid();
  const [indicators] = indicatorNames.length > 0 && active.sheet !== INDICATOR_LIST_SHEET ? await workbook.readGrids(indicatorNames) : [];
  return {
    sheet: active.sheet,
    ...(indicators ? { indicatorSheet: indicators.sheet } : {}),
    fromActiveSheet: true,
    result: readRegister(active, { indicators, catalog }),
  };
}
