/**
 * A stricter Excel for the Office.js adapter's tests: it fails where Excel fails, as Microsoft's
 * documentation describes (the doc comments of @types/office-js, learn.microsoft.com):
 *
 * - Nothing happens until `context.sync()`: queued operations then run in order; one that fails
 *   fails the sync, and those before it stay done (a batch is not a transaction).
 * - A loaded property read before the sync that fills it throws PropertyNotLoaded.
 * - A proxy used after its `Excel.run` ended throws InvalidObjectPath.
 * - One sync's response has a budget (Excel on the web: 5 MB); over it the sync throws
 *   ResponsePayloadSizeLimitExceeded and no load of that sync is filled.
 * - `getMergedAreasOrNullObject` on a range with more than 512 merged areas fails the sync.
 * - A protected sheet refuses writes of values, formulas and formats (and its copy is protected).
 *
 * It models only what the adapter uses: worksheets, used ranges, cell values/formulas/fills,
 * merged areas, settings, and application calculation.
 */
import { cellAddress, parseRange, rangeAddress } from '../../src/core/layout/a1';
import type { ExcelRun } from '../../src/workbook/office';

export interface StrictSheet {
  name: string;
  /** Values from A1 (rows of cells; '' is empty). */
  values?: unknown[][];
  /** Formulas from A1, as Range.formulas gives them (the value where there is no formula). */
  formulas?: unknown[][];
  /** Merged areas, e.g. ['A1:B1', 'A2:B2']. */
  merges?: string[];
  protected?: boolean;
  /** Fills by cell address (`B3` → `#00FF00`). */
  fills?: Record<string, string>;
  /** Dynamic arrays: anchor cell → the range it spills to (anchor included). */
  spills?: Record<string, string>;
}

export class ExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

interface Op {
  /** Runs at sync time; throws as Excel would. */
  run(): void;
  /** Bytes this op adds to the response (loads only). */
  bytes?(): number;
  /** Fills the loaded properties, once the whole sync succeeded. */
  fill?(): void;
}

export interface StrictOptions {
  /** Response budget per sync, in bytes of JSON (Excel on the web: 5 MB). */
  payloadBytes?: number;
}

const MERGED_AREAS_LIMIT = 512;

interface SheetState {
  name: string;
  values: unknown[][];
  formulas: unknown[][];
  merges: string[];
  protected: boolean;
  fills: Map<string, string>;
  spills: Record<string, string>;
  /** The used range, recomputed only after a cell changed. */
  used?: string;
}

export function strictExcel(sheets: StrictSheet[], options: StrictOptions = {}) {
  const budget = options.payloadBytes ?? Number.POSITIVE_INFINITY;
  const state: SheetState[] = sheets.map((s) => ({
    name: s.name,
    values: (s.values ?? []).map((row) => [...row]),
    formulas: (s.formulas ?? s.values ?? []).map((row) => [...row]),
    merges: [...(s.merges ?? [])],
    protected: s.protected ?? false,
    fills: new Map(Object.entries(s.fills ?? {})),
    spills: { ...(s.spills ?? {}) },
  }));
  const settings = new Map<string, string>();
  const log: string[] = [];
  let syncs = 0;
  let failedSyncs = 0;

  function makeContext(): { context: Excel.RequestContext; end(): void } {
    let alive = true;
    let queue: Op[] = [];
    let syncCount = 0;
    const live = (): void => {
      if (!alive) throw new ExcelError('InvalidObjectPath', 'The object path is not valid: the Excel.run that made this object has ended.');
    };
    const queueOp = (op: Op): void => {
      live();
      queue.push(op);
    };

    /** A loadable proxy: properties read before their sync throw. */
    class Proxy {
      protected loaded = new Set<string>();
      private pending = new Set<string>();
      private createdAt = syncCount;
      protected read<T>(property: string, value: () => T): T {
        live();
        if (!this.loaded.has(property)) {
          throw new ExcelError('PropertyNotLoaded', `The property '${property}' is not available. Call load and context.sync() first.`);
        }
        return value();
      }
      get isNullObject(): boolean {
        live();
        if (syncCount === this.createdAt) throw new ExcelError('PropertyNotLoaded', "The property 'isNullObject' is not available before a sync.");
        return this.isNull();
      }
      protected isNull(): boolean {
        return false;
      }
      /** Bytes of the loaded properties' values, as they would travel. */
      protected sizeOf(property: string): number {
        return JSON.stringify(this.valueOf(property) ?? null).length;
      }
      protected valueOf(_property: string): unknown {
        return undefined;
      }
      load(properties: string | string[]): this {
        const list = (Array.isArray(properties) ? properties : properties.split(',')).map((p) => p.trim()).filter(Boolean);
        for (const p of list) this.pending.add(p);
        const wanted = [...list];
        queueOp({
          run: () => undefined,
          bytes: () => (this.isNull() ? 0 : wanted.reduce((sum, p) => sum + this.sizeOf(p), 0)),
          fill: () => {
            for (const p of wanted) this.loaded.add(p);
          },
        });
        return this;
      }
    }

    const sheetState = (name: string): SheetState => {
      const found = state.find((s) => s.name === name);
      if (!found) throw new ExcelError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return found;
    };

    const refuseIfProtected = (sheet: SheetState, what: string): void => {
      if (sheet.protected) throw new ExcelError('AccessDenied', `The sheet ${sheet.name} is protected: cannot ${what}.`);
    };

    class Fill {
      constructor(private readonly range: Range) {}
      set color(color: string) {
        const range = this.range;
        queueOp({
          run: () => {
            const sheet = range.sheet();
            refuseIfProtected(sheet, 'change a fill');
            for (const address of range.cells()) sheet.fills.set(address, color);
            log.push(`fill ${sheet.name}!${range.address0} ${color}`);
          },
        });
      }
      clear(): void {
        const range = this.range;
        queueOp({
          run: () => {
            const sheet = range.sheet();
            refuseIfProtected(sheet, 'clear a fill');
            for (const address of range.cells()) sheet.fills.delete(address);
            log.push(`clear ${sheet.name}!${range.address0}`);
          },
        });
      }
    }

    class RangeAreas extends Proxy {
      constructor(
        private readonly range: Range,
        private readonly areas: () => string[],
      ) {
        super();
        queueOp({
          run: () => {
            if (this.areas().length > MERGED_AREAS_LIMIT) {
              throw new ExcelError('GeneralException', `More than ${MERGED_AREAS_LIMIT} merged areas: getMergedAreasOrNullObject cannot return them.`);
            }
          },
        });
      }
      protected override isNull(): boolean {
        return this.areas().length === 0;
      }
      protected override valueOf(property: string): unknown {
        return property === 'address' ? this.areas().map((a) => `${this.range.sheet().name}!${a}`).join(',') : undefined;
      }
      get address(): string {
        return this.read('address', () => this.valueOf('address') as string);
      }
    }

    class Range extends Proxy {
      constructor(
        readonly sheet: () => SheetState,
        /** Without the sheet, no $: `B2:C3`; empty for a null used range. Resolved when the sync runs. */
        private readonly where: () => string,
      ) {
        super();
      }
      get address0(): string {
        return this.where();
      }
      protected override isNull(): boolean {
        return this.address0 === '';
      }
      private parsed?: { at: string; box: { top: number; left: number; bottom: number; right: number } };
      private box(): { top: number; left: number; bottom: number; right: number } {
        const at = this.address0;
        if (this.parsed?.at !== at) this.parsed = { at, box: parseRange(at) };
        return this.parsed.box;
      }
      cells(): string[] {
        const { top, left, bottom, right } = this.box();
        const out: string[] = [];
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(cellAddress(r, c));
        return out;
      }
      private matrix(source: unknown[][]): unknown[][] {
        const { top, left, bottom, right } = this.box();
        const rows: unknown[][] = [];
        for (let r = top; r <= bottom; r++) {
          const row: unknown[] = [];
          for (let c = left; c <= right; c++) row.push(source[r - 1]?.[c - 1] ?? '');
          rows.push(row);
        }
        return rows;
      }
      protected override valueOf(property: string): unknown {
        if (this.isNull()) return undefined;
        const { top, left, bottom, right } = this.box();
        switch (property) {
          case 'values':
            return this.matrix(this.sheet().values);
          case 'formulas':
            return this.matrix(this.sheet().formulas);
          case 'rowIndex':
            return top - 1;
          case 'columnIndex':
            return left - 1;
          case 'rowCount':
            return bottom - top + 1;
          case 'columnCount':
            return right - left + 1;
          case 'address':
            return `${this.sheet().name}!${this.address0}`;
          default:
            return undefined;
        }
      }
      get values(): unknown[][] {
        return this.read('values', () => this.valueOf('values') as unknown[][]);
      }
      set values(values: unknown[][]) {
        this.write(values, 'values');
      }
      get formulas(): unknown[][] {
        return this.read('formulas', () => this.valueOf('formulas') as unknown[][]);
      }
      set formulas(formulas: unknown[][]) {
        this.write(formulas, 'formulas');
      }
      get rowIndex(): number {
        return this.read('rowIndex', () => this.valueOf('rowIndex') as number);
      }
      get columnIndex(): number {
        return this.read('columnIndex', () => this.valueOf('columnIndex') as number);
      }
      get rowCount(): number {
        return this.read('rowCount', () => this.valueOf('rowCount') as number);
      }
      get columnCount(): number {
        return this.read('columnCount', () => this.valueOf('columnCount') as number);
      }
      get address(): string {
        return this.read('address', () => this.valueOf('address') as string);
      }
      /**
       * Writing `values` or `formulas` parses text as Excel's input line does: `=…` is a formula, a
       * leading apostrophe makes text, `0012` becomes the number 12 (so reading `formulas` of a text
       * cell `'0012` and writing it back loses the text). A constant written into another formula's
       * spill area makes that formula #SPILL!.
       */
      private write(matrix: unknown[][], kind: 'values' | 'formulas'): void {
        queueOp({
          run: () => {
            const sheet = this.sheet();
            refuseIfProtected(sheet, `write ${kind}`);
            const { top, left } = this.box();
            matrix.forEach((row, r) =>
              row.forEach((input, c) => {
                const at = cellAddress(top + r, left + c);
                const { value, formula } = enteredAs(input);
                // A constant over a dynamic array's anchor removes its spill; over another anchor's spill it blocks it.
                const own = sheet.spills[at];
                if (own !== undefined && !(typeof formula === 'string' && formula.startsWith('='))) {
                  for (const cell of cellsOf(own)) if (cell !== at) setCell(sheet, cell, '', '');
                  delete sheet.spills[at];
                }
                setCell(sheet, at, value, formula);
                if (value === '' || value === null) return;
                for (const [anchor, spill] of Object.entries(sheet.spills)) {
                  if (anchor !== at && overlaps(at, spill)) setCell(sheet, anchor, '#SPILL!', formulaAt(sheet, anchor));
                }
              }),
            );
            log.push(`${kind} ${sheet.name}!${this.address0}`);
          },
        });
      }
      get format(): { fill: Fill } {
        live();
        return { fill: new Fill(this) };
      }
      getCell(row: number, column: number): Range {
        live();
        return new Range(this.sheet, () => {
          const { top, left } = this.box();
          return cellAddress(top + row, left + column);
        });
      }
      getResizedRange(rows: number, columns: number): Range {
        live();
        return new Range(this.sheet, () => {
          const { top, left, bottom, right } = this.box();
          return rangeAddress(top, left, bottom + rows, right + columns, true);
        });
      }
      getMergedAreasOrNullObject(): RangeAreas {
        live();
        return new RangeAreas(this, () => this.sheet().merges.filter((m) => overlaps(m, this.address0)));
      }
      getSpillingToRangeOrNullObject(): Range {
        live();
        return new Range(this.sheet, () => this.sheet().spills[this.address0] ?? '');
      }
      getCellProperties(_what: unknown): { value: Array<Array<{ format: { fill: { color: string; pattern: string } } }>> } {
        live();
        const result: { loaded: boolean; data: Array<Array<{ format: { fill: { color: string; pattern: string } } }>> } = { loaded: false, data: [] };
        queueOp({
          run: () => undefined,
          bytes: () => 60 * this.cells().length,
          fill: () => {
            const { top, left, bottom, right } = this.box();
            const sheet = this.sheet();
            result.data = [];
            for (let r = top; r <= bottom; r++) {
              const row: Array<{ format: { fill: { color: string; pattern: string } } }> = [];
              for (let c = left; c <= right; c++) {
                const color = sheet.fills.get(cellAddress(r, c));
                row.push({ format: { fill: color ? { color, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' } } });
              }
              result.data.push(row);
            }
            result.loaded = true;
          },
        });
        return {
          get value() {
            live();
            if (!result.loaded) throw new ExcelError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Call context.sync() first.');
            return result.data;
          },
        };
      }
    }

    class Protection extends Proxy {
      constructor(private readonly sheet: () => SheetState) {
        super();
      }
      protected override valueOf(property: string): unknown {
        return property === 'protected' ? this.sheet().protected : undefined;
      }
      get protected(): boolean {
        return this.read('protected', () => this.sheet().protected);
      }
    }

    class Worksheet extends Proxy {
      /** The state this proxy stands for, followed through renames. */
      constructor(private readonly resolve: () => SheetState) {
        super();
      }
      protected override valueOf(property: string): unknown {
        return property === 'name' ? this.resolve().name : undefined;
      }
      get name(): string {
        return this.read('name', () => this.resolve().name);
      }
      set name(name: string) {
        queueOp({
          run: () => {
            const sheet = this.resolve();
            if (state.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
              throw new ExcelError('InvalidArgument', `A sheet named ${name} exists already.`);
            }
            log.push(`rename ${sheet.name} → ${name}`);
            sheet.name = name;
          },
        });
      }
      get protection(): Protection {
        live();
        return new Protection(this.resolve);
      }
      getRange(address: string): Range {
        live();
        const plain = address.replace(/\$/g, '');
        return new Range(this.resolve, () => plain);
      }
      getUsedRangeOrNullObject(_valuesOnly?: boolean): Range {
        live();
        return new Range(this.resolve, () => usedAddress(this.resolve()));
      }
      copy(_position?: string): Worksheet {
        live();
        let made: SheetState | undefined;
        queueOp({
          run: () => {
            const source = this.resolve();
            let n = 2;
            while (state.some((s) => s.name === `${source.name} (${n})`)) n++;
            made = {
              name: `${source.name} (${n})`,
              values: source.values.map((row) => [...row]),
              formulas: source.formulas.map((row) => [...row]),
              merges: [...source.merges],
              protected: source.protected,
              fills: new Map(source.fills),
              spills: { ...source.spills },
            };
            state.push(made);
            log.push(`copy ${source.name} → ${made.name}`);
          },
        });
        return new Worksheet(() => {
          if (!made) throw new ExcelError('InvalidObjectPath', 'The copy does not exist yet.');
          return made;
        });
      }
      activate(): void {
        queueOp({ run: () => log.push(`activate ${this.resolve().name}`) });
      }
    }

    class WorksheetCollection extends Proxy {
      private listed: Worksheet[] = [];
      protected override valueOf(property: string): unknown {
        return property.startsWith('items') ? state.map((s) => ({ name: s.name })) : undefined;
      }
      override load(properties: string | string[]): this {
        super.load(properties);
        queueOp({
          run: () => undefined,
          fill: () => {
            this.listed = state.map((s) => new Worksheet(() => s));
            for (const sheet of this.listed) (sheet as unknown as { loaded: Set<string> }).loaded.add('name');
          },
        });
        return this;
      }
      get items(): Worksheet[] {
        return this.read('items/name', () => this.listed);
      }
      getItem(name: string): Worksheet {
        live();
        return new Worksheet(() => sheetState(name));
      }
      getActiveWorksheet(): Worksheet {
        live();
        return new Worksheet(() => state[0]!);
      }
    }

    class Setting extends Proxy {
      constructor(private readonly key: string) {
        super();
      }
      protected override isNull(): boolean {
        return !settings.has(this.key);
      }
      protected override valueOf(property: string): unknown {
        return property === 'value' ? settings.get(this.key) : undefined;
      }
      get value(): unknown {
        return this.read('value', () => settings.get(this.key));
      }
      delete(): void {
        queueOp({ run: () => settings.delete(this.key) });
      }
    }

    const worksheets = new WorksheetCollection();
    const context = {
      workbook: {
        worksheets,
        settings: {
          add: (key: string, value: string) => queueOp({ run: () => (settings.set(key, value), log.push(`setting ${key}`)) }),
          getItemOrNullObject: (key: string) => {
            live();
            return new Setting(key);
          },
        },
        application: undefined as unknown,
      },
      application: {
        suspendApiCalculationUntilNextSync: () => queueOp({ run: () => log.push('suspend calculation') }),
        calculate: (type: string) => queueOp({ run: () => log.push(`calculate ${type}`) }),
      },
      sync: async (): Promise<void> => {
        live();
        const ops = queue;
        queue = [];
        syncs += 1;
        syncCount += 1;
        try {
          for (const op of ops) op.run();
          let bytes = 0;
          for (const op of ops) bytes += op.bytes?.() ?? 0;
          if (bytes > budget) {
            throw new ExcelError('ResponsePayloadSizeLimitExceeded', `The response payload (${bytes} bytes) is larger than the limit (${budget}).`);
          }
          for (const op of ops) op.fill?.();
        } catch (error) {
          failedSyncs += 1;
          throw error;
        }
      },
    };
    context.workbook.application = context.application;
    return {
      context: context as unknown as Excel.RequestContext,
      end: () => {
        alive = false;
      },
    };
  }

  const run: ExcelRun = async (batch) => {
    const { context, end } = makeContext();
    try {
      return await batch(context);
    } finally {
      end();
    }
  };

  return {
    run,
    syncs: () => syncs,
    failedSyncs: () => failedSyncs,
    /** What happened, in order: writes, renames, copies, calculation. */
    log,
    sheetNames: () => state.map((s) => s.name),
    sheet: (name: string) => {
      const s = state.find((x) => x.name === name);
      if (!s) return undefined;
      return { values: s.values, formulas: s.formulas, fills: Object.fromEntries(s.fills), protected: s.protected };
    },
    settings,
    /** Protects a sheet from outside, as the user would between two actions. */
    protect: (name: string) => {
      const s = state.find((x) => x.name === name);
      if (s) s.protected = true;
    },
  };
}

function cellsOf(range: string): string[] {
  const { top, left, bottom, right } = parseRange(range);
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(cellAddress(r, c));
  return out;
}

function formulaAt(sheet: SheetState, cell: string): unknown {
  const { top, left } = parseRange(cell);
  return sheet.formulas[top - 1]?.[left - 1];
}

function setCell(sheet: SheetState, cell: string, value: unknown, formula: unknown): void {
  const { top: row, left: column } = parseRange(cell);
  sheet.used = undefined;
  while (sheet.values.length < row) sheet.values.push([]);
  while (sheet.formulas.length < row) sheet.formulas.push([]);
  const values = sheet.values[row - 1]!;
  const formulas = sheet.formulas[row - 1]!;
  while (values.length < column) values.push('');
  while (formulas.length < column) formulas.push('');
  values[column - 1] = value;
  formulas[column - 1] = formula;
}

/** A value typed into Excel's formula bar: `=…` is a formula, `'x` is the text x, digits are a number. */
function enteredAs(input: unknown): { value: unknown; formula: unknown } {
  if (typeof input !== 'string') return { value: input, formula: input };
  if (input.startsWith('=')) return { value: '(calculated)', formula: input };
  if (input.startsWith("'")) return { value: input.slice(1), formula: input.slice(1) };
  if (/^-?\d+(\.\d+)?$/.test(input.trim())) return { value: Number(input), formula: Number(input) };
  return { value: input, formula: input };
}

function usedAddress(sheet: SheetState): string {
  if (sheet.used === undefined) sheet.used = computeUsedAddress(sheet);
  return sheet.used;
}

function computeUsedAddress(sheet: SheetState): string {
  let bottom = 0;
  let right = 0;
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      top = Math.min(top, r + 1);
      left = Math.min(left, c + 1);
      bottom = Math.max(bottom, r + 1);
      right = Math.max(right, c + 1);
    }),
  );
  return bottom === 0 ? '' : rangeAddress(top, left, bottom, right, true);
}

function overlaps(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const x = parseRange(a);
  const y = parseRange(b);
  return x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right;
}
