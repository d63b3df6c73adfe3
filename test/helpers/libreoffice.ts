/**
 * LibreOffice headless as a second, real spreadsheet application for tests: it opens the files we
 * write and tells what a person would see, with or without recalculating them.
 *
 * One soffice run converts any number of files to flat ODS XML (.fods), which holds, per cell, the
 * value type, the raw value, the displayed text and the formula: one conversion answers every
 * question a test has. Each run gets its own user profile, so parallel jest workers (and several
 * checkouts on one machine) never share LibreOffice's profile lock.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SaxesParser } from 'saxes';

/** A cell as LibreOffice holds it after loading the file. */
export interface LibreCell {
  /** The text LibreOffice displays (number formats applied; `#NAME?`, `Err:502` for errors). */
  text: string;
  /** The raw value: a number's digits, a boolean's `true`/`false`, a string's text, '' when empty. */
  value: string;
  /** float, percentage, currency, date, time, boolean, string, error, or '' for an empty cell. */
  type: string;
  /** The formula in LibreOffice's syntax (`of:=[.A1]*2`), or '' for a constant. */
  formula: string;
}

export interface LibreOfficeOptions {
  /**
   * 'never' (default) keeps the results cached in the file, as a user's LibreOffice set to "never
   * recalculate" shows them; 'always' recalculates every formula on load (OOXMLRecalcMode = 0), so
   * results are LibreOffice's own. LibreOffice computes formula cells without a cached value either way.
   */
  recalc?: 'never' | 'always';
}

const EMPTY: LibreCell = { text: '', value: '', type: '', formula: '' };
/** Repeated empty rows and columns (LibreOffice writes 1,048,576 of them) are cut to this. */
const MAX_REPEAT = 200;

let available: boolean | undefined;

/** True when `soffice` runs here. Tests skip without it locally; under CI=true they must fail instead. */
export function libreOfficeAvailable(): boolean {
  if (available === undefined) {
    available = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
  }
  return available;
}

/** For a describe block: runs it when LibreOffice is here, fails under CI when it is not, else skips. */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (libreOfficeAvailable() || process.env.CI === 'true') {
    describe(name, body);
  } else {
    describe.skip(`${name} (LibreOffice not installed: apt-get install libreoffice-calc)`, body);
  }
}

/** Opens one .xlsx (or any file LibreOffice reads) and returns its sheets by name, rows × columns. */
export async function openWithLibreOffice(path: string, options: LibreOfficeOptions = {}): Promise<Map<string, LibreCell[][]>> {
  const [sheets] = await openManyWithLibreOffice([path], options);
  return sheets!;
}

/** Opens several files in one LibreOffice run (a start costs seconds), in the order given. */
export async function openManyWithLibreOffice(paths: string[], options: LibreOfficeOptions = {}): Promise<Array<Map<string, LibreCell[][]>>> {
  const work = mkdtempSync(join(tmpdir(), 'perftable-lo-'));
  try {
    const profile = join(work, 'profile');
    writeProfile(profile, options.recalc ?? 'never');
    const outdir = join(work, 'out');
    // Names must be unique in outdir: copy each input under an index.
    const inputs = paths.map((path, index) => {
      const copy = join(work, `${index}-${basename(path)}`);
      writeFileSync(copy, readFileSync(path));
      return copy;
    });
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'fods', '--outdir', outdir, ...inputs],
      { stdio: 'pipe', timeout: 180_000 },
    );
    return inputs.map((input) => {
      const fods = join(outdir, basename(input).replace(/\.[^.]+$/, '.fods'));
      return parseFlatOds(readFileSync(fods, 'utf8'));
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The cell at an A1 address of one sheet, or an empty cell. */
export function cellAt(sheet: LibreCell[][] | undefined, address: string): LibreCell {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!sheet || !match) return EMPTY;
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + (letter.charCodeAt(0) - 64);
  return sheet[Number(match[2]) - 1]?.[column - 1] ?? EMPTY;
}

function writeProfile(profile: string, recalc: 'never' | 'always'): void {
  const user = join(profile, 'user');
  mkdirSync(user, { recursive: true });
  // 0 = always recalculate, 1 = never (Tools › Options › Calc › Formula › Recalculation on file load).
  const mode = recalc === 'always' ? 0 : 1;
  const item = (format: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${format}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item('OOXMLRecalcMode')}${item('ODFRecalcMode')}</oor:items>\n`,
  );
}

/** Reads the sheets of a flat ODS document: cells with their type, value, text and formula. */
export function parseFlatOds(xml: string): Map<string, LibreCell[][]> {
  const sheets = new Map<string, LibreCell[][]>();
  const parser = new SaxesParser();
  let rows: LibreCell[][] | null = null;
  let row: LibreCell[] | null = null;
  let rowRepeat = 1;
  let cell: LibreCell | null = null;
  let cellRepeat = 1;
  let paragraphs: string[] = [];
  let textDepth = 0;

  parser.on('opentag', (tag) => {
    const attr = (name: string): string => {
      const value = tag.attributes[name];
      return typeof value === 'string' ? value : '';
    };
    switch (tag.name) {
      case 'table:table':
        rows = [];
        sheets.set(attr('table:name'), rows);
        break;
      case 'table:table-row':
        row = [];
        rowRepeat = Math.min(Number(attr('table:number-rows-repeated') || 1), MAX_REPEAT);
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        const type = attr('calcext:value-type') || attr('office:value-type');
        const raw = attr('office:value') || attr('office:boolean-value') || attr('office:date-value') || attr('office:time-value') || attr('office:string-value');
        cell = { text: '', value: raw, type, formula: attr('table:formula') };
        cellRepeat = Math.min(Number(attr('table:number-columns-repeated') || 1), MAX_REPEAT);
        paragraphs = [];
        break;
      }
      case 'text:p':
        if (cell) {
          paragraphs.push('');
          textDepth++;
        }
        break;
      case 'text:s':
        if (cell && textDepth > 0) paragraphs[paragraphs.length - 1] += ' '.repeat(Number(attr('text:c') || 1));
        break;
    }
  });
  parser.on('text', (text) => {
    if (cell && textDepth > 0) paragraphs[paragraphs.length - 1] += text;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'text:p':
        if (cell) textDepth--;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (cell && row) {
          cell.text = paragraphs.join('\n');
          if (cell.type === 'string' && cell.value === '') cell.value = cell.text;
          for (let i = 0; i < cellRepeat; i++) row.push(cell);
        }
        cell = null;
        break;
      case 'table:table-row':
        if (row && rows) {
          while (row.length > 0 && isEmpty(row[row.length - 1]!)) row.pop();
          for (let i = 0; i < rowRepeat; i++) rows.push(row);
        }
        row = null;
        break;
      case 'table:table':
        if (rows) while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
        rows = null;
        break;
    }
  });
  parser.write(xml).close();
  return sheets;
}

function isEmpty(cell: LibreCell): boolean {
  return cell.text === '' && cell.value === '' && cell.formula === '' && cell.type === '';
}
