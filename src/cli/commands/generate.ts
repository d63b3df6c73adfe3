/**
 * `perftable generate REGISTER.xlsx -o OUT.xlsx`: a register workbook (项目清单 + 指标清单) in, the
 * sheets the task pane would make out (汇总 + one 绩效目标表 per project). Also from a JSON file of
 * projects (`--from-json FILE`, `-` for standard input) or the seed's five (`--seed`).
 *
 * Standard output: one JSON line per finding, then a summary line `{"ok",…}`. Exit code 0, or 1
 * when a finding is an error or no project was read (the file is still written when some
 * project was read: the sheets show what was read, the findings say what to fix), 2 for misuse.
 */
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { message } from '../../core/i18n/messages';
import { projectsToLayouts, type LayoutMode } from '../../core/layout';
import { withFormulaMode } from '../../core/layout/evaluation';
import { FORMULA_MODES, readFormulaMode } from '../../core/portable/mode';
import { defaultIndicators, type TreeId } from '../../core/project/catalog';
import { SEED_PROJECTS } from '../../core/project/seed-projects';
import type { AmountUnit, IndicatorRow, Project, SpendCheckpoint } from '../../core/project/types';
import type { ReadFinding } from '../../core/read/grid';
import { readRegisterWorkbook } from '../../core/read/register';
import { layoutsToXlsxBuffer, readGrids } from '../../workbook/xlsx';
import { writeJson, writeReason, type CommandIO } from '../io';
import { outputRefusal, writeOutput } from '../safe-write';
import { parseCommandArgs } from '../args';

const USAGE = `用法 Usage:
  perftable generate 项目清单.xlsx -o 绩效目标表.xlsx   由项目清单（及指标清单）生成汇总表和各项目绩效目标表
  perftable generate --from-json projects.json -o OUT.xlsx   由 JSON 项目数组生成（- 为标准输入）
  perftable generate --seed -o OUT.xlsx                  生成种子文档的五个项目（演示）
    [--mode target|monitoring|self-evaluation] [--month 1-12] [--tree classic|cost2021] [--no-defaults] [--force]
    [--formulas portable|perf|values]   自评/监控列的公式：通用公式（默认）、PERF函数或只保留数值
  输出文件不能是输入文件；已有的输出文件只在加 --force 时替换 / never writes over an input; --force replaces an existing output.
  Writes a 汇总 sheet and one 绩效目标表 per project; findings and a summary as JSON lines.
`;

/** `perftable generate …` with its own options (main.ts passes the arguments after the command). */
export async function generateMain(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      'from-json': { type: 'string' },
      seed: { type: 'boolean' },
      mode: { type: 'string' },
      month: { type: 'string' },
      tree: { type: 'string' },
      'no-defaults': { type: 'boolean' },
      force: { type: 'boolean' },
      formulas: { type: 'string' },
    },
    USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  return generateCommand(io, positionals, {
    output: values.output,
    fromJson: values['from-json'],
    seed: values.seed,
    mode: values.mode,
    month: values.month,
    tree: values.tree,
    noDefaults: values['no-defaults'],
    force: values.force,
    formulas: values.formulas,
  });
}

export interface GenerateOptions {
  output?: string;
  fromJson?: string;
  seed?: boolean;
  mode?: string;
  month?: string;
  tree?: string;
  noDefaults?: boolean;
  /** Replace an existing output (never an input). */
  force?: boolean;
  /** perf | portable | values; portable by default (whoever opens the file may not have PerfTable). */
  formulas?: string;
}

const MODES: readonly LayoutMode[] = ['target', 'monitoring', 'self-evaluation'];
const TREES: readonly TreeId[] = ['classic', 'cost2021'];

/** A usage error: said on standard error, exit code 2. */
function misuse(io: CommandIO, zh: string, en: string): number {
  io.stderr.write(`perftable generate: ${zh} / ${en}\n\n${USAGE}`);
  return 2;
}

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}

export async function generateCommand(io: CommandIO, args: string[], options: GenerateOptions): Promise<number> {
  const sources = [args.length > 0, options.fromJson !== undefined, options.seed === true].filter(Boolean).length;
  if (sources !== 1) return misuse(io, '请给出一个来源：项目清单.xlsx、--from-json 文件或 --seed', 'give one source: REGISTER.xlsx, --from-json FILE or --seed');
  if (args.length > 1) return misuse(io, '只能给出一个项目清单文件', 'give one register file');
  if (!options.output) return misuse(io, '缺少输出文件 -o OUT.xlsx', 'the output file -o OUT.xlsx is missing');
  const mode = (options.mode ?? 'target') as LayoutMode;
  if (!MODES.includes(mode)) return misuse(io, `--mode 应为 ${MODES.join('、')}`, `--mode must be one of ${MODES.join(', ')}`);
  const month = options.month === undefined ? undefined : Number(options.month);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) return misuse(io, '--month 应为 1 到 12 的整数', '--month must be an integer from 1 to 12');
  const formulas = options.formulas === undefined ? 'portable' : readFormulaMode(options.formulas);
  if (!formulas) return misuse(io, `--formulas 应为 ${FORMULA_MODES.join('、')}`, `--formulas must be one of ${FORMULA_MODES.join(', ')}`);
  const tree = options.tree as TreeId | undefined;
  if (tree !== undefined && !TREES.includes(tree)) return misuse(io, `--tree 应为 ${TREES.join('、')}`, `--tree must be one of ${TREES.join(', ')}`);

  const inputs = [...args, ...(options.fromJson !== undefined && options.fromJson !== '-' ? [options.fromJson] : [])];
  const target = { output: options.output, inputs, force: options.force };
  const refusal = await outputRefusal(target, io.files);
  if (refusal) {
    writeReason(io, 'generate', refusal);
    return 2;
  }

  let projects: Project[];
  const findings: ReadFinding[] = [];
  try {
    if (options.seed) projects = SEED_PROJECTS.map((p) => structuredClone(p));
    else if (options.fromJson !== undefined) {
      const text = options.fromJson === '-' ? await readAll(io.stdin) : await readFile(options.fromJson, 'utf8');
      const result = projectsFromJson(text, options.fromJson, { defaults: !options.noDefaults, tree });
      projects = result.projects;
      for (const f of result.findings) findings.push(f);
    } else {
      const grids = await readGrids(await readFile(args[0] as string));
      const result = readRegisterWorkbook(grids, { indicatorDefaults: !options.noDefaults, tree });
      projects = result.projects.map((entry) => entry.project);
      for (const f of result.findings) findings.push(f);
    }
  } catch (error) {
    return misuse(io, `无法读取输入（${(error as Error).message}）`, `cannot read the input (${(error as Error).message})`);
  }

  for (const finding of findings) writeJson(io.stdout, finding);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (projects.length === 0) {
    writeJson(io.stdout, { ok: false, output: null, projects: 0, sheets: [], errors, warnings: count(findings, 'warning') });
    return 1;
  }
  const layouts = projectsToLayouts(projects, { mode, month, tree });
  // The project sheets come last (after 汇总), one per project, in order.
  const projectLayouts = layouts.slice(layouts.length - projects.length);
  if (mode !== 'target') projectLayouts.forEach((layout, i) => withFormulaMode(layout, projects[i]!, { mode, ...(month !== undefined ? { month } : {}), formulas }));
  const fallbacks = projectLayouts.flatMap((layout) => (layout.portableFallbacks ?? []).map((f) => ({ sheet: layout.name, ...f })));
  // Texts and links shortened to fit Excel's limits are findings too (warnings: the file is still valid).
  for (const layout of layouts) {
    for (const limit of layout.limitFindings ?? []) {
      writeJson(io.stdout, limit);
      findings.push(limit);
    }
  }
  const failure = await writeOutput(target, () => layoutsToXlsxBuffer(layouts), io.files);
  if (failure) {
    writeReason(io, 'generate', failure);
    return 2;
  }
  writeJson(io.stdout, {
    ok: errors === 0,
    output: options.output,
    projects: projects.length,
    sheets: layouts.map((l) => l.name),
    errors,
    warnings: count(findings, 'warning'),
    // 自评/监控 columns only: which formulas they hold, and the rows that kept PERF (issue 11).
    ...(mode === 'target' ? {} : { formulas, portableFallbacks: { count: fallbacks.length, rows: fallbacks } }),
  });
  return errors === 0 ? 0 : 1;
}

function count(findings: readonly ReadFinding[], severity: ReadFinding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class ShapeError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function str(record: JsonRecord, key: string, fallback?: string): string {
  const value = record[key];
  if (value === undefined || value === null) {
    if (fallback !== undefined) return fallback;
    throw new ShapeError(`缺少 ${key}`, `"${key}" is missing`);
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new ShapeError(`${key} 应为文本`, `"${key}" must be text`);
  return value;
}

function amountOrNull(record: JsonRecord, key: string): number | null {
  const value = record[key];
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'string' ? Number(value.replace(/,/g, '')) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new ShapeError(`budget.${key} 应为数值`, `"budget.${key}" must be a number`);
  return number;
}

function projectFromJson(value: unknown): Project {
  if (!isRecord(value)) throw new ShapeError('不是 JSON 对象', 'not a JSON object');
  const code = str(value, 'code');
  const name = str(value, 'name');
  const yearValue = value.year ?? (/^\d{6}(\d{2})/.exec(code) ? 2000 + Number(code.slice(6, 8)) : undefined);
  if (typeof yearValue !== 'number' || !Number.isInteger(yearValue)) throw new ShapeError('year 应为四位年份', '"year" must be a four-digit year');
  const amountUnit = str(value, 'amountUnit', '万元');
  if (amountUnit !== '万元' && amountUnit !== '元') throw new ShapeError('amountUnit 应为 万元 或 元', '"amountUnit" must be 万元 or 元');
  const budget = isRecord(value.budget) ? value.budget : {};
  const spendPlan: SpendCheckpoint[] = (Array.isArray(value.spendPlan) ? value.spendPlan : []).map((c: unknown) => {
    if (!isRecord(c) || typeof c.month !== 'number' || typeof c.percent !== 'number') {
      throw new ShapeError('spendPlan 的每项应为 {month, percent}', 'each spendPlan entry must be {month, percent}');
    }
    return { month: c.month, percent: c.percent };
  });
  const indicators: IndicatorRow[] = (Array.isArray(value.indicators) ? value.indicators : []).map((row: unknown) => {
    if (!isRecord(row)) throw new ShapeError('indicators 的每项应为对象', 'each indicators entry must be an object');
    return {
      level1: str(row, 'level1', ''),
      level2: str(row, 'level2', ''),
      level3: str(row, 'level3', ''),
      description: str(row, 'description', ''),
      target: str(row, 'target', ''),
      basis: str(row, 'basis', ''),
    };
  });
  const project: Project = {
    unitCode: str(value, 'unitCode', ''),
    unitName: str(value, 'unitName', ''),
    year: yearValue,
    amountUnit: amountUnit as AmountUnit,
    code,
    name,
    budget: { total: amountOrNull(budget, 'total'), fiscal: amountOrNull(budget, 'fiscal'), other: amountOrNull(budget, 'other') },
    fundUse: str(value, 'fundUse', ''),
    spendPlan,
    goals: str(value, 'goals', ''),
    indicators,
  };
  if (budget.carryOver !== undefined) project.budget.carryOver = amountOrNull(budget, 'carryOver');
  return project;
}

/**
 * Projects from JSON text: an array of Project objects (or `{ "projects": [...] }`), fields as
 * in src/core/project/types.ts; missing texts are empty, a missing year comes from the code. A
 * malformed project is reported and left out; the others are kept.
 */
export function projectsFromJson(
  text: string,
  source: string,
  options: { defaults?: boolean; tree?: TreeId } = {},
): { projects: Project[]; findings: ReadFinding[] } {
  const findings: ReadFinding[] = [];
  const fail = (index: number, zh: string, en: string): void => {
    findings.push({ sheet: source, cell: '', severity: 'error', code: 'PROJECT_JSON_INVALID', ...message('PROJECT_JSON_INVALID', { index, reason: zh, reasonEn: en }) });
  };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(0, `JSON 格式错误（${(error as Error).message}）`, `invalid JSON (${(error as Error).message})`);
    return { projects: [], findings };
  }
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.projects) ? value.projects : undefined;
  if (!list) {
    fail(0, '应为项目数组或 {"projects": [...]}', 'expected an array of projects or {"projects": [...]}');
    return { projects: [], findings };
  }
  const projects: Project[] = [];
  list.forEach((item: unknown, i: number) => {
    try {
      const project = projectFromJson(item);
      if (project.indicators.length === 0 && options.defaults !== false) {
        project.indicators = defaultIndicators(project, { tree: options.tree });
        findings.push({
          sheet: source,
          cell: '',
          severity: 'info',
          code: 'REGISTER_INDICATORS_DEFAULTED',
          ...message('REGISTER_INDICATORS_DEFAULTED', { code: project.code || project.name, count: project.indicators.length }),
        });
      }
      projects.push(project);
    } catch (error) {
      if (error instanceof ShapeError) fail(i + 1, error.zh, error.en);
      else throw error;
    }
  });
  return { projects, findings };
}
