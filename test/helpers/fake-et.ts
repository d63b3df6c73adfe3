/**
 * A fake of WPS 表格's object model (ET), as strict as what is known of the real one
 * (../shared/WPS.md §1.6, §3.2), backed by an exceljs workbook — the same in-memory workbook the
 * .xlsx adapter writes — so that one layout written through both adapters can be compared cell by
 * cell. It refuses what WPS refuses or what would block it:
 * - `Range.Value` is a method; assigning it throws `Cannot redefine property: Value`;
 * - `Worksheets.Add()` without arguments inserts before the active sheet;
 * - `Merge()` over cells holding more than one value while `DisplayAlerts` is on throws (WPS would
 *   show a modal prompt and block the add-in);
 * - `Value2`/`Formula` matrices must have the range's shape (or be a scalar);
 * - a string written to a cell that is not text-formatted is parsed as Excel parses typing:
 *   `=…` becomes a formula, `100%` and `1,000` numbers — only a `@` cell keeps text as text;
 * - sheet names follow Excel's rules (31 characters, no []:*?/\, unique ignoring case);
 * - enum members (`Et.Xl…`) do not exist: there is no `Et` global.
 * Every property read, write and method call across the "bridge" is counted in `calls`.
 *
 * It does not calculate: a formula cell shows the value the cell held before the formula was
 * written (the adapter writes PerfTable's computed results first), standing in for WPS's engine.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- the object literals of getters below need the fake (or range), not themselves */
import * as ExcelJS from 'exceljs';
import { cellAddress, columnName, columnNumber, parseRange, rangeAddress } from '../../src/core/layout/a1';
import { fromFileFormula, toFileFormula } from '../../src/workbook/xlsx';
import type { EtApplication, EtMatrix, EtRange, EtValue, EtWorksheet } from '../../src/workbook/wps-api';
import { CVERR } from '../../src/workbook/wps-constants';

export interface FakeEtOptions {
  /** Whether `Range.Value(11)` returns XML Spreadsheet text (unverified on a real WPS). Default true. */
  xmlSpreadsheet?: boolean;
}

export interface FakeChart {
  sheet: string;
  left: number;
  top: number;
  type: number;
  title: string;
  series: Array<{ name: string; values: string; categories: string }>;
}

const ERROR_NUMBER = new Map([...CVERR].map(([number, text]) => [text, number]));
const NONE = -4142;

export class FakeEt {
  readonly workbook: ExcelJS.Workbook;
  calls = 0;
  /** Every value DisplayAlerts was set to, in order. */
  readonly alertsLog: boolean[] = [];
  readonly charts: FakeChart[] = [];
  readonly options: Required<FakeEtOptions>;
  /** Sheet order as WPS keeps it (exceljs only appends). */
  order: string[] = [];
  active = '';
  selection: { sheet: string; address: string } = { sheet: '', address: 'A1' };
  private alerts = true;
  private screenUpdating = true;
  private calculation = -4105;

  constructor(workbook = new ExcelJS.Workbook(), options: FakeEtOptions = {}) {
    this.workbook = workbook;
    this.options = { xmlSpreadsheet: options.xmlSpreadsheet ?? true };
    this.order = workbook.worksheets.map((ws) => ws.name);
    if (this.order.length === 0) {
      workbook.addWorksheet('Sheet1');
      this.order = ['Sheet1'];
    }
    this.active = this.order[0]!;
    this.selection = { sheet: this.active, address: 'A1' };
  }

  /** A bridge call. */
  tick(): void {
    this.calls += 1;
  }

  sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`没有工作表「${name}」 / no sheet "${name}"`);
    return ws;
  }

  /** The `Application` global as WPS injects it. */
  application(): EtApplication {
    const fake = this;
    const app = {
      get ActiveWorkbook() {
        fake.tick();
        return fake.book();
      },
      get Selection() {
        fake.tick();
        return new FakeRange(fake, fake.selection.sheet, fake.selection.address) as unknown as EtRange;
      },
      get ActiveWindow() {
        fake.tick();
        return fake.window();
      },
      get DisplayAlerts() {
        fake.tick();
        return fake.alerts;
      },
      set DisplayAlerts(value: boolean) {
        fake.tick();
        fake.alerts = value;
        fake.alertsLog.push(value);
      },
      get ScreenUpdating() {
        fake.tick();
        return fake.screenUpdating;
      },
      set ScreenUpdating(value: boolean) {
        fake.tick();
        fake.screenUpdating = value;
      },
      get Calculation() {
        fake.tick();
        return fake.calculation;
      },
      set Calculation(value: number) {
        fake.tick();
        if (value !== -4105 && value !== -4135 && value !== 2) throw new Error(`bad XlCalculation ${value}`);
        fake.calculation = value;
      },
    };
    return app as unknown as EtApplication;
  }

  /** The active window: its panes belong to the active sheet (exceljs keeps them as the sheet's view). */
  window() {
    const fake = this;
    const split = { rows: 0, columns: 0 };
    const ws = () => fake.sheet(fake.active);
    return {
      set SplitRow(v: number) {
        fake.tick();
        split.rows = v;
      },
      set SplitColumn(v: number) {
        fake.tick();
        split.columns = v;
      },
      get FreezePanes(): boolean {
        fake.tick();
        return ws().views[0]?.state === 'frozen';
      },
      set FreezePanes(v: boolean) {
        fake.tick();
        ws().views = v ? [{ state: 'frozen', xSplit: split.columns, ySplit: split.rows }] : [{}];
      },
    };
  }

  get displayAlerts(): boolean {
    return this.alerts;
  }

  get calculationMode(): number {
    return this.calculation;
  }

  private book() {
    const fake = this;
    const worksheets = {
      get Count() {
        fake.tick();
        return fake.order.length;
      },
      Item(index: number | string) {
        fake.tick();
        const name = typeof index === 'number' ? fake.order[index - 1] : fake.order.find((n) => n.toUpperCase() === String(index).toUpperCase());
        if (name === undefined) throw new Error(`下标越界 / subscript out of range: ${String(index)}`);
        return new FakeSheet(fake, name) as unknown as EtWorksheet;
      },
      Add(before?: EtWorksheet | null, after?: EtWorksheet | null) {
        fake.tick();
        let name = 'Sheet1';
        for (let n = 1; fake.order.some((s) => s.toUpperCase() === name.toUpperCase()); n += 1) name = `Sheet${n}`;
        fake.workbook.addWorksheet(name);
        let at: number;
        if (after) at = fake.order.indexOf(after.Name) + 1;
        else if (before) at = fake.order.indexOf(before.Name);
        else at = fake.order.indexOf(fake.active); // no arguments: before the active sheet
        fake.order.splice(at, 0, name);
        fake.active = name;
        return new FakeSheet(fake, name) as unknown as EtWorksheet;
      },
    };
    return {
      Worksheets: worksheets,
      get ActiveSheet() {
        fake.tick();
        return new FakeSheet(fake, fake.active) as unknown as EtWorksheet;
      },
    };
  }

  /** Renames a sheet as WPS would, refusing what Excel refuses. */
  rename(from: string, to: string): void {
    if (to.length === 0 || to.length > 31 || /[[\]:*?/\\]/.test(to) || /^'|'$/.test(to)) throw new Error(`工作表名称无效 / invalid sheet name: ${to}`);
    if (this.order.some((n) => n !== from && n.toUpperCase() === to.toUpperCase())) throw new Error(`工作表名称已存在 / name taken: ${to}`);
    this.sheet(from).name = to;
    this.order = this.order.map((n) => (n === from ? to : n));
    if (this.active === from) this.active = to;
  }
}

class FakeSheet {
  constructor(
    private readonly fake: FakeEt,
    private name: string,
  ) {}

  get Name(): string {
    this.fake.tick();
    return this.name;
  }

  set Name(value: string) {
    this.fake.tick();
    this.fake.rename(this.name, value);
    this.name = value;
  }

  get Visible(): number {
    this.fake.tick();
    return (this.fake.sheet(this.name).state ?? 'visible') === 'veryHidden' ? 2 : this.fake.sheet(this.name).state === 'hidden' ? 0 : -1;
  }

  set Visible(value: number) {
    this.fake.tick();
    this.fake.sheet(this.name).state = value === 2 ? 'veryHidden' : value === 0 ? 'hidden' : 'visible';
  }

  Range(address: string): FakeRange {
    this.fake.tick();
    return new FakeRange(this.fake, this.name, address);
  }

  get UsedRange(): FakeRange {
    this.fake.tick();
    const ws = this.fake.sheet(this.name);
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge || cell.value === null) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    // An empty sheet's used range is A1 (WPS and Excel alike).
    return new FakeRange(this.fake, this.name, bottom === 0 ? 'A1' : rangeAddress(top, left, bottom, right));
  }

  Activate(): void {
    this.fake.tick();
    this.fake.active = this.name;
  }

  ChartObjects() {
    this.fake.tick();
    const fake = this.fake;
    const sheet = this.name;
    return {
      get Count() {
        fake.tick();
        return fake.charts.filter((c) => c.sheet === sheet).length;
      },
      Add(left: number, top: number, width: number, height: number) {
        fake.tick();
        if (![left, top, width, height].every((n) => Number.isFinite(n) && n >= 0)) throw new Error('ChartObjects.Add: bad position');
        const chart: FakeChart = { sheet, left, top, type: 0, title: '', series: [] };
        fake.charts.push(chart);
        return { Chart: fakeChart(fake, chart) };
      },
    };
  }

  get PageSetup() {
    this.fake.tick();
    const fake = this.fake;
    const ws = this.fake.sheet(this.name);
    const setup = ws.pageSetup;
    const margins = () => (setup.margins ??= { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 });
    const inches = (points: number) => points / 72;
    return {
      set PaperSize(v: number) {
        fake.tick();
        setup.paperSize = v as ExcelJS.PageSetup['paperSize'];
      },
      set Orientation(v: number) {
        fake.tick();
        setup.orientation = v === 2 ? 'landscape' : 'portrait';
      },
      set Zoom(v: number | boolean) {
        fake.tick();
        setup.fitToPage = v === false;
      },
      set FitToPagesWide(v: number | boolean) {
        fake.tick();
        setup.fitToWidth = v === false ? 0 : Number(v);
      },
      set FitToPagesTall(v: number | boolean) {
        fake.tick();
        setup.fitToHeight = v === false ? 0 : Number(v);
      },
      set CenterHorizontally(v: boolean) {
        fake.tick();
        setup.horizontalCentered = v;
      },
      set PrintArea(v: string) {
        fake.tick();
        setup.printArea = v;
      },
      set PrintTitleRows(v: string) {
        fake.tick();
        setup.printTitlesRow = v.replace(/\$/g, '');
      },
      set CenterFooter(v: string) {
        fake.tick();
        ws.headerFooter.oddFooter = `&C${v}`;
      },
      set TopMargin(v: number) {
        fake.tick();
        margins().top = inches(v);
      },
      set BottomMargin(v: number) {
        fake.tick();
        margins().bottom = inches(v);
      },
      set LeftMargin(v: number) {
        fake.tick();
        margins().left = inches(v);
      },
      set RightMargin(v: number) {
        fake.tick();
        margins().right = inches(v);
      },
      set HeaderMargin(v: number) {
        fake.tick();
        margins().header = inches(v);
      },
      set FooterMargin(v: number) {
        fake.tick();
        margins().footer = inches(v);
      },
    };
  }
}

function fakeChart(fake: FakeEt, chart: FakeChart) {
  return {
    set ChartType(v: number) {
      fake.tick();
      chart.type = v;
    },
    set HasTitle(v: boolean) {
      fake.tick();
      if (!v) chart.title = '';
    },
    get ChartTitle() {
      fake.tick();
      return {
        set Text(v: string) {
          fake.tick();
          chart.title = v;
        },
      };
    },
    SetSourceData() {
      fake.tick();
    },
    SeriesCollection() {
      fake.tick();
      return {
        get Count() {
          fake.tick();
          return chart.series.length;
        },
        NewSeries() {
          fake.tick();
          const series = { name: '', values: '', categories: '' };
          chart.series.push(series);
          return {
            set Name(v: string) {
              fake.tick();
              series.name = v;
            },
            set Values(v: EtRange | string) {
              fake.tick();
              series.values = typeof v === 'string' ? v : (v as unknown as FakeRange).address;
            },
            set XValues(v: EtRange | string) {
              fake.tick();
              series.categories = typeof v === 'string' ? v : (v as unknown as FakeRange).address;
            },
          };
        },
      };
    },
  };
}

/** `A1`, `A1:C3`, `C:C`, `3:3` → corners. */
function corners(address: string) {
  const whole = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (whole) return { top: 1, bottom: 1_048_576, left: columnNumber(whole[1]!), right: columnNumber(whole[2]!) };
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16_384 };
  return parseRange(address);
}

/** What typing `text` into a cell of format `numFmt` stores: text only in a `@` cell. */
function typed(text: string, numFmt: string | undefined): { formula?: string; value: ExcelJS.CellValue } {
  if (numFmt === '@') return { value: text };
  if (text.startsWith('=') && text.length > 1) return { formula: text, value: null };
  const number = /^([+-]?)(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(%?)$/.exec(text.trim());
  if (number) {
    const n = Number(`${number[1]}${number[2]!.replace(/,/g, '')}${number[4] ?? ''}`);
    return { value: number[5] ? n / 100 : n };
  }
  return { value: text };
}

class FakeRange {
  readonly address: string;
  private readonly top: number;
  private readonly left: number;
  private readonly bottom: number;
  private readonly right: number;

  constructor(
    private readonly fake: FakeEt,
    private readonly sheetName: string,
    address: string,
  ) {
    const c = corners(address);
    this.top = c.top;
    this.left = c.left;
    this.bottom = c.bottom;
    this.right = c.right;
    this.address = rangeAddress(c.top, c.left, c.bottom, c.right);
  }

  private get ws(): ExcelJS.Worksheet {
    return this.fake.sheet(this.sheetName);
  }

  private get height(): number {
    return this.bottom - this.top + 1;
  }

  private get width(): number {
    return this.right - this.left + 1;
  }

  private each(fn: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
    if (this.height * this.width > 5_000_000) throw new Error('the fake refuses to touch more than 5 million cells at once');
    for (let r = this.top; r <= this.bottom; r += 1) for (let c = this.left; c <= this.right; c += 1) fn(this.ws.getCell(r, c), r, c);
  }

  /** A matrix or scalar of the range's shape, or an error. */
  private shaped(value: EtMatrix): EtValue[][] {
    if (!Array.isArray(value)) return Array.from({ length: this.height }, () => Array.from({ length: this.width }, () => value));
    const rows = value as EtValue[][];
    if (!Array.isArray(rows[0]) || rows.length !== this.height || rows.some((row) => !Array.isArray(row) || row.length !== this.width)) {
      throw new Error(`数组大小与区域 ${this.address} 不符 / the array does not have the shape of ${this.address}`);
    }
    return rows;
  }

  private read(pick: (cell: ExcelJS.Cell) => EtValue): EtMatrix {
    const rows: EtValue[][] = [];
    for (let r = this.top; r <= this.bottom; r += 1) {
      const row: EtValue[] = [];
      for (let c = this.left; c <= this.right; c += 1) row.push(pick(this.ws.getCell(r, c)));
      rows.push(row);
    }
    return rows.length === 1 && rows[0]!.length === 1 ? rows[0]![0] : rows;
  }

  private put(cell: ExcelJS.Cell, value: EtValue): void {
    if (value === null || value === undefined || value === '') {
      cell.value = null;
      return;
    }
    if (typeof value === 'string') {
      const entry = typed(value, cell.numFmt);
      // The fake does not calculate: a formula shows what the cell held before (see the header).
      const before = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      cell.value = entry.formula ? ({ formula: toFileFormula(entry.formula), result: before ?? undefined } as ExcelJS.CellFormulaValue) : entry.value;
      return;
    }
    cell.value = value;
  }

  get Value2(): EtMatrix {
    this.fake.tick();
    return this.read((cell) => {
      // Only the top-left cell of a merged area holds a value (exceljs answers the master's for every cell).
      if (cell.type === ExcelJS.ValueType.Merge) return undefined;
      const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      if (v === null || v === undefined) return undefined;
      if (typeof v === 'object' && 'error' in (v as object)) return ERROR_NUMBER.get(String((v as ExcelJS.CellErrorValue).error)) ?? -2146826273;
      if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
      return v as EtValue;
    });
  }

  set Value2(value: EtMatrix) {
    this.fake.tick();
    const rows = this.shaped(value);
    this.each((cell, r, c) => {
      const v = rows[r - this.top]![c - this.left];
      if (typeof v === 'string' || v === null || v === undefined) this.put(cell, v);
      else cell.value = v;
    });
  }

  get Formula(): EtMatrix {
    this.fake.tick();
    return this.read((cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return '';
      if (cell.type === ExcelJS.ValueType.Formula) return fromFileFormula(cell.formula);
      const v = cell.value;
      return v === null || v === undefined ? '' : (v as EtValue);
    });
  }

  set Formula(value: EtMatrix) {
    this.fake.tick();
    const rows = this.shaped(value);
    this.each((cell, r, c) => this.put(cell, rows[r - this.top]![c - this.left]));
  }

  /** A method in WPS. */
  get Value(): (type?: number) => EtMatrix {
    this.fake.tick();
    return (type?: number) => {
      if (type === 11) {
        if (!this.fake.options.xmlSpreadsheet) throw new Error('Value(xlRangeValueXMLSpreadsheet) is not supported');
        return this.xmlSpreadsheet();
      }
      return this.read((cell) => (cell.type === ExcelJS.ValueType.Formula ? (cell.result as EtValue) : (cell.value as EtValue)));
    };
  }

  set Value(_: unknown) {
    throw new TypeError('Cannot redefine property: Value');
  }

  private xmlSpreadsheet(): string {
    const merges = this.merges();
    let xml = '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table>';
    for (let r = this.top; r <= this.bottom; r += 1) {
      xml += `<Row ss:Index="${r - this.top + 1}">`;
      for (const m of merges.filter((m) => m.top === r)) {
        xml += `<Cell ss:Index="${m.left - this.left + 1}" ss:MergeAcross="${m.right - m.left}" ss:MergeDown="${m.bottom - m.top}"/>`;
      }
      xml += '</Row>';
    }
    return `${xml}</Table></Worksheet></Workbook>`;
  }

  private merges() {
    return (this.ws.model.merges ?? [])
      .map((m) => parseRange(m))
      .filter((m) => m.top >= this.top && m.bottom <= this.bottom && m.left >= this.left && m.right <= this.right)
      .sort((a, b) => a.top - b.top || a.left - b.left);
  }

  get NumberFormat(): string | null {
    this.fake.tick();
    const formats = new Set<string>();
    this.each((cell) => formats.add(cell.numFmt ?? 'General'));
    return formats.size === 1 ? [...formats][0]! : null;
  }

  set NumberFormat(value: string | null) {
    this.fake.tick();
    if (typeof value !== 'string') throw new Error('NumberFormat takes one string');
    this.each((cell) => {
      if (value === 'General') delete (cell.style as { numFmt?: string }).numFmt;
      else cell.numFmt = value;
    });
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.fake.tick();
    const one = (r: number, c: number) => `${columnAbsolute ? '$' : ''}${columnName(c)}${rowAbsolute ? '$' : ''}${r}`;
    return this.height === 1 && this.width === 1 ? one(this.top, this.left) : `${one(this.top, this.left)}:${one(this.bottom, this.right)}`;
  }

  Resize(rows: number, columns: number): FakeRange {
    this.fake.tick();
    if (!(rows >= 1 && columns >= 1)) throw new Error('Resize: bad size');
    return new FakeRange(this.fake, this.sheetName, rangeAddress(this.top, this.left, this.top + rows - 1, this.left + columns - 1));
  }

  get Cells() {
    this.fake.tick();
    return {
      Item: (row: number, column: number) => {
        this.fake.tick();
        return new FakeRange(this.fake, this.sheetName, cellAddress(this.top + row - 1, this.left + column - 1));
      },
    };
  }

  get Row(): number {
    this.fake.tick();
    return this.top;
  }

  get Column(): number {
    this.fake.tick();
    return this.left;
  }

  get Left(): number {
    this.fake.tick();
    let points = 0;
    for (let c = 1; c < this.left; c += 1) points += (this.ws.getColumn(c).width ?? 8.43) * 7 * 0.75;
    return points;
  }

  get Top(): number {
    this.fake.tick();
    let points = 0;
    for (let r = 1; r < this.top; r += 1) points += this.ws.getRow(r).height ?? 15;
    return points;
  }

  get Width(): number {
    this.fake.tick();
    let points = 0;
    for (let c = this.left; c <= this.right; c += 1) points += (this.ws.getColumn(c).width ?? 8.43) * 7 * 0.75;
    return points;
  }

  get Height(): number {
    this.fake.tick();
    let points = 0;
    for (let r = this.top; r <= this.bottom; r += 1) points += this.ws.getRow(r).height ?? 15;
    return points;
  }

  get Rows() {
    this.fake.tick();
    return { Count: this.height };
  }

  get Columns() {
    this.fake.tick();
    return { Count: this.width };
  }

  get MergeCells(): boolean | null {
    this.fake.tick();
    const merges = (this.ws.model.merges ?? []).map((m) => parseRange(m));
    let merged = 0;
    let total = 0;
    this.each((_, r, c) => {
      total += 1;
      if (merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right)) merged += 1;
    });
    return merged === 0 ? false : merged === total ? true : null;
  }

  Merge(): void {
    this.fake.tick();
    let filled = 0;
    this.each((cell) => {
      if (cell.value !== null && cell.value !== undefined) filled += 1;
    });
    if (filled > 1 && this.fake.displayAlerts) {
      throw new Error('合并单元格时只保留左上角的值：WPS 弹出确认框，加载项被阻塞 / Merge would show a modal prompt (DisplayAlerts is on)');
    }
    this.ws.mergeCells(this.address);
  }

  Select(): void {
    this.fake.tick();
    if (this.fake.active !== this.sheetName) throw new Error('选择其他工作表的单元格前须先 Activate / Select on a sheet that is not active');
    this.fake.selection = { sheet: this.sheetName, address: this.address };
  }

  get Worksheet(): EtWorksheet {
    this.fake.tick();
    return new FakeSheet(this.fake, this.sheetName) as unknown as EtWorksheet;
  }

  private styleSetter(apply: (cell: ExcelJS.Cell) => void): void {
    this.fake.tick();
    this.each(apply);
  }

  get Font() {
    this.fake.tick();
    const range = this;
    const font = (cell: ExcelJS.Cell, patch: Partial<ExcelJS.Font>) => (cell.font = { ...cell.font, ...patch });
    return {
      set Name(v: string) {
        range.styleSetter((cell) => font(cell, { name: v }));
      },
      set Size(v: number) {
        range.styleSetter((cell) => font(cell, { size: v }));
      },
      set Bold(v: boolean) {
        range.styleSetter((cell) => font(cell, v ? { bold: true } : { bold: undefined }));
      },
      set Color(v: number) {
        range.styleSetter((cell) => font(cell, { color: { argb: argbFromBgr(v) } }));
      },
    };
  }

  get Interior() {
    this.fake.tick();
    const range = this;
    const fillOf = (cell: ExcelJS.Cell) => (cell.fill && cell.fill.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill : null);
    const uniform = (pick: (cell: ExcelJS.Cell) => number | null): number | null => {
      const seen = new Set<number | null>();
      range.each((cell) => seen.add(pick(cell)));
      return seen.size === 1 ? [...seen][0]! : null;
    };
    return {
      get Color(): number | null {
        range.fake.tick();
        // A cell without fill reads white (16777215), as in Excel.
        return uniform((cell) => {
          const fill = fillOf(cell);
          return fill ? bgrFromArgb(String(fill.fgColor?.argb ?? 'FFFFFFFF')) : 16_777_215;
        });
      },
      set Color(v: number | null) {
        range.styleSetter((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbFromBgr(Number(v)) } }));
      },
      get ColorIndex(): number | null {
        range.fake.tick();
        return uniform((cell) => (fillOf(cell) ? 1 : NONE));
      },
      set ColorIndex(v: number | null) {
        if (v !== NONE) throw new Error('the fake only clears fills through ColorIndex');
        range.styleSetter((cell) => (cell.fill = { type: 'pattern', pattern: 'none' }));
      },
      get Pattern(): number | null {
        range.fake.tick();
        return uniform((cell) => (fillOf(cell) ? 1 : NONE));
      },
    };
  }

  get Borders() {
    this.fake.tick();
    const range = this;
    const side = { 7: 'left', 8: 'top', 9: 'bottom', 10: 'right' } as const;
    return {
      Item(index: number) {
        range.fake.tick();
        const edge = side[index as keyof typeof side];
        if (!edge) throw new Error(`Borders.Item(${index}): unsupported edge`);
        let lineStyle = 1;
        let color = 0;
        const apply = () =>
          range.styleSetter((cell) => {
            cell.border = { ...cell.border, [edge]: lineStyle === -4142 ? undefined : { style: 'thin', color: { argb: argbFromBgr(color) } } };
          });
        return {
          set LineStyle(v: number) {
            lineStyle = v;
            apply();
          },
          set Weight(v: number) {
            if (v !== 2) throw new Error('the fake draws thin borders only');
            range.fake.tick();
          },
          set Color(v: number) {
            color = v;
            apply();
          },
        };
      },
    };
  }

  private alignment(patch: Partial<ExcelJS.Alignment>): void {
    this.styleSetter((cell) => (cell.alignment = { ...cell.alignment, ...patch }));
  }

  set HorizontalAlignment(v: number) {
    const map: Record<number, ExcelJS.Alignment['horizontal'] | undefined> = { 1: undefined, [-4131]: 'left', [-4108]: 'center', [-4152]: 'right' };
    if (!(v in map)) throw new Error(`bad XlHAlign ${v}`);
    this.alignment({ horizontal: map[v] });
  }

  set VerticalAlignment(v: number) {
    const map: Record<number, ExcelJS.Alignment['vertical']> = { [-4160]: 'top', [-4108]: 'middle', [-4107]: 'bottom' };
    if (!(v in map)) throw new Error(`bad XlVAlign ${v}`);
    this.alignment({ vertical: map[v] });
  }

  set WrapText(v: boolean) {
    this.alignment({ wrapText: v });
  }

  set Locked(v: boolean) {
    this.styleSetter((cell) => (cell.protection = { ...cell.protection, locked: v }));
  }

  set ColumnWidth(v: number) {
    this.fake.tick();
    for (let c = this.left; c <= this.right; c += 1) this.ws.getColumn(c).width = v;
  }

  set RowHeight(v: number) {
    this.fake.tick();
    for (let r = this.top; r <= this.bottom; r += 1) this.ws.getRow(r).height = v;
  }

  get Validation() {
    this.fake.tick();
    const range = this;
    const model = (range.ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations;
    let rule: ExcelJS.DataValidation | null = null;
    const commit = () => {
      if (rule) model.add(range.address, { ...rule });
    };
    return {
      Delete() {
        range.fake.tick();
        delete model.model[range.address];
      },
      Add(type: number, alertStyle = 1, operator = 1, formula1 = '') {
        range.fake.tick();
        if (type !== 3) throw new Error('the fake takes list validations only');
        if (operator !== 1) throw new Error('bad operator');
        if (formula1.length > 255) throw new Error('validation list longer than 255 characters');
        rule = { type: 'list', allowBlank: true, formulae: [`"${formula1}"`], showErrorMessage: true, errorStyle: alertStyle === 1 ? 'stop' : 'warning' };
        commit();
      },
      set IgnoreBlank(v: boolean) {
        range.fake.tick();
        if (rule) rule.allowBlank = v;
        commit();
      },
      set InCellDropdown(v: boolean) {
        range.fake.tick();
        void v;
      },
      set ShowError(v: boolean) {
        range.fake.tick();
        if (rule) rule.showErrorMessage = v;
        commit();
      },
      set ErrorMessage(v: string) {
        range.fake.tick();
        if (rule) rule.error = v;
        commit();
      },
      set ShowInput(v: boolean) {
        range.fake.tick();
        if (rule) rule.showInputMessage = v;
        commit();
      },
      set InputMessage(v: string) {
        range.fake.tick();
        if (rule) rule.prompt = v;
        commit();
      },
    };
  }

  get FormatConditions() {
    this.fake.tick();
    const range = this;
    return {
      get Count() {
        range.fake.tick();
        return (range.ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings?.length ?? 0;
      },
      Add(type: number, operator?: number, formula1?: string) {
        range.fake.tick();
        if (type !== 2 || operator !== undefined || typeof formula1 !== 'string' || !formula1.startsWith('=')) {
          throw new Error('the fake takes expression conditions (type 2, a formula with =) only');
        }
        const style: { fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font> } = {};
        range.ws.addConditionalFormatting({
          ref: range.address,
          rules: [{ type: 'expression', priority: 1, formulae: [toFileFormula(formula1)], style }],
        });
        return {
          get Interior() {
            range.fake.tick();
            return {
              set Color(v: number) {
                range.fake.tick();
                style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argbFromBgr(v) } };
              },
            };
          },
          get Font() {
            range.fake.tick();
            return {
              set Color(v: number) {
                range.fake.tick();
                style.font = { color: { argb: argbFromBgr(v) } };
              },
            };
          },
        };
      },
    };
  }
}

function argbFromBgr(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `FF${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function bgrFromArgb(argb: string): number {
  const hex = argb.slice(-6);
  return parseInt(hex.slice(0, 2), 16) + parseInt(hex.slice(2, 4), 16) * 256 + parseInt(hex.slice(4, 6), 16) * 65_536;
}
