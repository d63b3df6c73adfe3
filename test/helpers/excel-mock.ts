/**
 * An Excel workbook made of office-addin-mock objects, for the Office.js adapter's tests: sheets
 * whose ranges record what was written, a used range to read back, and a count of context.sync.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { ExcelRun } from '../../src/workbook/office';

/** What a test can see of one range after the adapter wrote to it. */
export interface RecordedRange {
  address: string;
  /** The fill the range was given, or 'cleared'. */
  fill?: string;
  numberFormat?: unknown;
  formulas?: unknown;
  cellProperties?: unknown;
  merged?: boolean;
  format: { columnWidth?: number; rowHeight?: number };
  dataValidation: Record<string, unknown>;
  conditionalFormats: Array<{ type: string; custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: { color?: string } } } }>;
  selected?: boolean;
}

export interface RecordedSheet {
  name: string;
  ranges: RecordedRange[];
  pageLayout: Record<string, unknown>;
  frozen?: { rows?: number; columns?: number; at?: string };
  activated?: boolean;
  /** Charts added with `sheet.charts.add` (see RecordedChart). */
  charts: RecordedChart[];
  /** For a sheet made by `sheet.copy()`: the name of the sheet it copies. */
  copiedFrom?: string;
}

/** What a test can see of a chart after the adapter made it. */
export interface RecordedChart {
  type: string;
  /** Address of the range given to `charts.add`. */
  source: string;
  seriesBy: string;
  title: { text?: string };
  legend: { position?: string };
  series: Array<{ name?: string; values?: string; xAxisValues?: string }>;
  position?: [string, string];
}

export interface SheetData {
  name: string;
  /** Values of the used range, which starts at (rowIndex, columnIndex), 0-based. */
  values?: unknown[][];
  rowIndex?: number;
  columnIndex?: number;
  merges?: string;
  /** Fill colours cells already have, by address (`B3` → `#00FF00`). */
  fills?: Record<string, string>;
  /** Formulas of the used range (as `Range.formulas` gives them); its values when absent. */
  formulas?: unknown[][];
  /** Whether the sheet is protected (`sheet.protection.protected`). */
  protected?: boolean;
}

export function mockExcel(existing: SheetData[] = [{ name: 'Sheet1' }]) {
  let syncs = 0;
  /** The workbook's settings (`context.workbook.settings`), as stored. */
  const settings = new Map<string, string>();
  /** Every mock made on the way: Excel's sync answers all of a batch's loads, so ours syncs them all. */
  const created: OfficeMockObject[] = [];
  const track = <T extends OfficeMockObject>(mock: T): T => {
    created.push(mock);
    return mock;
  };
  /** `isNullObject` is Excel's answer, not a loadable property: kept as plain data. */
  const nullable = <T extends OfficeMockObject>(mock: T, isNull: boolean): T => {
    (mock as unknown as { isNullObject: boolean }).isNullObject = isNull;
    return mock;
  };
  let calculationSuspended = 0;
  /** Calculation requests in order: `suspend` (until the next sync), `calculate Recalculate`. */
  const calculation: string[] = [];
  const recorded: RecordedSheet[] = [];

  const sheetMock = (data: SheetData): OfficeMockObject => {
    const record: RecordedSheet = { name: data.name, ranges: [], pageLayout: {}, charts: [] };
    // The listed name follows a rename (`sheet.name = …`), as Excel's collection does.
    listed.push({
      get name() {
        return record.name;
      },
    });
    recorded.push(record);
    const rangeMock = (address: string): RecordedRange & OfficeMockObject => {
      const fillOf = (): Record<string, unknown> => ({
        set color(color: string) {
          range.fill = color;
        },
        clear() {
          range.fill = 'cleared';
        },
      });
      const range = {
        address,
        format: { fill: fillOf() },
        getCellProperties() {
          const color = data.fills?.[address];
          return { value: [[{ format: { fill: color ? { color, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' } } }]] };
        },
        getCell(row: number, column: number) {
          if (row !== 0 || column !== 0) throw new Error('the mock marks single cells only');
          return range;
        },
        dataValidation: {},
        conditionalFormats: [] as RecordedRange['conditionalFormats'],
        merge() {
          range.merged = true;
        },
        select() {
          range.selected = true;
        },
        setCellProperties(properties: unknown) {
          range.cellProperties = properties;
        },
      } as unknown as RecordedRange & { merge(): void; select(): void; setCellProperties(p: unknown): void };
      (range.conditionalFormats as unknown as { add: (type: string) => unknown }).add = (type: string) => {
        const format = { type, custom: { rule: {}, format: { fill: {}, font: {} } } };
        range.conditionalFormats.push(format);
        return format;
      };
      record.ranges.push(range);
      return range as unknown as RecordedRange & OfficeMockObject;
    };
    const values = data.values ?? [];
    const used = track(new OfficeMockObject({
      values,
      formulas: data.formulas ?? values,
      rowIndex: data.rowIndex ?? 0,
      columnIndex: data.columnIndex ?? 0,
      rowCount: values.length,
      columnCount: values[0]?.length ?? 0,
      getMergedAreasOrNullObject() {
        return nullable(track(new OfficeMockObject({ address: data.merges ?? '' })), !data.merges);
      },
    }));
    nullable(used, values.length === 0);
    // Page settings are plain assignments: a plain object records them as they are made.
    const page = record.pageLayout;
    page.setPrintArea = (area: string) => (page.printArea = area);
    page.setPrintTitleRows = (rows: string) => (page.titleRows = rows);
    page.headersFooters = { defaultForAllPages: {} };
    const sheet = track(new OfficeMockObject({
      name: data.name,
      protection: { protected: data.protected ?? false },
      freezePanes: {
        freezeRows: (rows: number) => (record.frozen = { rows, columns: 0 }),
        freezeColumns: (columns: number) => (record.frozen = { rows: 0, columns }),
        freezeAt: (range: { address: string }) => (record.frozen = { at: range.address }),
      },
      getRange: (address: string) => rangeMock(address),
      getUsedRangeOrNullObject: () => used,
      activate: () => (record.activated = true),
      charts: {
        add: (type: string, source: { address: string }, seriesBy: string) => {
          const chart: RecordedChart = { type, source: source.address, seriesBy, title: {}, legend: {}, series: [{ values: source.address }] };
          record.charts.push(chart);
          const seriesMock = (entry: RecordedChart['series'][number]) => ({
            set name(name: string) {
              entry.name = name;
            },
            setValues: (range: { address: string }) => (entry.values = range.address),
            setXAxisValues: (range: { address: string }) => (entry.xAxisValues = range.address),
          });
          return {
            title: chart.title,
            legend: chart.legend,
            series: {
              getItemAt: (index: number) => seriesMock(chart.series[index]!),
              add: (name: string) => {
                const entry = { name };
                chart.series.push(entry);
                return seriesMock(entry);
              },
            },
            setPosition: (start: string, end: string) => (chart.position = [start, end]),
          };
        },
      },
      copy: () => {
        const copied = sheetMock({ ...data, name: `${record.name} (2)` });
        items.push(copied);
        const copyRecord = recorded[recorded.length - 1]!;
        copyRecord.copiedFrom = record.name;
        // Renaming the copy (`copy.name = …`) renames its record, so tests find it by its new name.
        Object.defineProperty(copied, 'name', {
          get: () => copyRecord.name,
          set: (name: string) => (copyRecord.name = name),
          configurable: true,
        });
        return copied;
      },
    }));
    // Assigned after construction so that the mock keeps this very object, not a copy.
    (sheet as unknown as { pageLayout: unknown }).pageLayout = page;
    return sheet;
  };

  /** The collection's items as loaded: office-addin-mock cannot load `items/name`, so names are kept plain. */
  const listed: Array<{ name: string }> = [];
  const items: OfficeMockObject[] = [];
  for (const data of existing) items.push(sheetMock(data));
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: listed,
        add: (name: string) => {
          const sheet = sheetMock({ name });
          items.push(sheet);
          return sheet;
        },
        getItem: (name: string) => {
          const found = items[listed.findIndex((sheet) => sheet.name === name)];
          if (!found) throw new Error(`ItemNotFound: ${name}`);
          return found;
        },
        getActiveWorksheet: () => items[0],
        getItemOrNullObject: (name: string) => items[listed.findIndex((sheet) => sheet.name === name)],
      },
      settings: {
        add: (key: string, value: string) => settings.set(key, value),
        getItemOrNullObject: (key: string) =>
          nullable(
            track(new OfficeMockObject({ value: settings.get(key) ?? '', delete: () => settings.delete(key) })),
            !settings.has(key),
          ),
      },
    },
    application: {
      suspendApiCalculationUntilNextSync: () => {
        calculationSuspended += 1;
        calculation.push('suspend');
      },
      calculate: (type: string) => {
        calculation.push(`calculate ${type}`);
      },
    },
  });
  // office-addin-mock cannot load a property of a collection's items (`items/name`); the names
  // are plain data here, so loading `items` gives the same answer Excel would.
  const worksheets = (context as unknown as { workbook: { worksheets: OfficeMockObject } }).workbook.worksheets;
  const load = worksheets.load.bind(worksheets);
  worksheets.load = ((what: string) => load(what === 'items/name' ? 'items' : what)) as typeof worksheets.load;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs += 1;
    await sync();
    for (const mock of created) await mock.sync();
  };
  const run = (async (batch) => batch(context as unknown as Excel.RequestContext)) as ExcelRun;
  return {
    run,
    syncs: () => syncs,
    calculationSuspended: () => calculationSuspended,
    calculation,
    sheet: (name: string) => recorded.find((sheet) => sheet.name === name),
    sheetNames: () => listed.map((sheet) => sheet.name),
    settings,
  };
}
