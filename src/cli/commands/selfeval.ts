/**
 * `perftable selfeval IN.xlsx --actuals ACTUALS.json -o OUT.xlsx` and
 * `perftable monitor-sheet IN.xlsx --month 7 [--actuals ACTUALS.json] -o OUT.xlsx`: for every
 * 绩效目标表 of IN (as the checker's reader finds it, whoever made the sheet) a new sheet
 * `<sheet>-自评` or `<sheet>-监控7月` is added to a copy of the workbook, with PERF formulas whose
 * values are computed and cached, so that the file shows numbers even where PerfTable is absent.
 * The sheets of IN are kept as they are. Values the sheet already holds (entered 完成值, 分值,
 * reasons) carry over; ACTUALS.json adds to them.
 *
 * ACTUALS.json: `{"projects":[…]}` or an array, one object per project, matched by `sheet`,
 * `code` (项目编码) or `name` (项目名称):
 *   {"code":"13020925P00066510001J","spent":16.5,"actuals":{"企业开工率、投产率":"65%",…},
 *    "reasons":{"…":"…"},"executionReason":"…","weights":[…],"forecasts":{…},"cumulative":[…12]}
 * Row values are an array in row order or an object keyed by 三级指标.
 *
 * Standard output: one JSON line per sheet written, then a summary line. Exit code 0; 1 when no
 * project was found or an ACTUALS entry matched none; 2 for misuse.
 */
import { readFile } from 'node:fs/promises';
import {
  carriedInputs,
  evaluationLayout,
  evaluationSheetName,
  evaluationSources,
  mergeInputs,
  type EvaluationInputs,
  type EvaluationMode,
  type EvaluationSource,
} from '../../core/layout/evaluation';
import type { CellValue } from '../../core/layout/types';
import type { Project } from '../../core/project/types';
import { FORMULA_MODES, readFormulaMode } from '../../core/portable/mode';
import { knownProfileNames, resolveProfile } from '../../core/score/profiles';
import { worksheetToGrid } from '../../workbook/xlsx';
import { addEvaluationSheets, loadWorkbook, workbookBuffer } from '../../workbook/xlsx-evaluation';
import { parseCommandArgs } from '../args';
import { writeJson, writeReason, type CommandIO } from '../io';
import { outputRefusal, writeOutput } from '../safe-write';

const USAGE_SELF = `用法 Usage:
  perftable selfeval IN.xlsx [--actuals ACTUALS.json] -o OUT.xlsx   为每个绩效目标表添加绩效自评表
    [--profile NAME] [--sheet NAME]… [--force] [--formulas portable|perf|values]
  Adds a <sheet>-自评 sheet per 绩效目标表 (PERF formulas with their values cached); IN's sheets are kept.
`;

const USAGE_MONITOR = `用法 Usage:
  perftable monitor-sheet IN.xlsx --month 7 [--actuals ACTUALS.json] -o OUT.xlsx   为每个绩效目标表添加运行监控表
    [--profile NAME] [--sheet NAME]… [--force] [--formulas portable|perf|values]
  Adds a <sheet>-监控X月 sheet per 绩效目标表, with lights and the spend chart's data; IN's sheets are kept.
`;

export async function selfevalMain(args: string[], io: CommandIO): Promise<number> {
  return evaluationMain('self-evaluation', args, io);
}

export async function monitorSheetMain(args: string[], io: CommandIO): Promise<number> {
  return evaluationMain('monitoring', args, io);
}

async function evaluationMain(mode: EvaluationMode, args: string[], io: CommandIO): Promise<number> {
  const usage = mode === 'self-evaluation' ? USAGE_SELF : USAGE_MONITOR;
  const command = mode === 'self-evaluation' ? 'selfeval' : 'monitor-sheet';
  const parsed = parseCommandArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      actuals: { type: 'string' },
      month: { type: 'string' },
      profile: { type: 'string' },
      sheet: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      formulas: { type: 'string' },
    },
    usage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const misuse = (zh: string, en: string): number => {
    io.stderr.write(`perftable ${command}: ${zh} / ${en}\n\n${usage}`);
    return 2;
  };
  if (positionals.length !== 1) return misuse('请给出一个输入文件 IN.xlsx', 'give one input file IN.xlsx');
  if (!values.output) return misuse('缺少输出文件 -o OUT.xlsx', 'the output file -o OUT.xlsx is missing');
  const month = values.month === undefined ? 7 : Number(values.month);
  if (!(Number.isInteger(month) && month >= 1 && month <= 12)) return misuse('--month 应为 1 到 12 的整数', '--month must be an integer from 1 to 12');
  // Portable by default: whoever opens the file may not have PerfTable (issue 11).
  const formulas = values.formulas === undefined ? 'portable' : readFormulaMode(values.formulas);
  if (!formulas) return misuse(`--formulas 应为 ${FORMULA_MODES.join('、')}`, `--formulas must be one of ${FORMULA_MODES.join(', ')}`);
  if (values.profile !== undefined && !resolveProfile(values.profile).ok) return misuse(`未知的评分方案，可用：${knownProfileNames()}`, `unknown profile; known: ${knownProfileNames()}`);

  const target = { output: values.output, inputs: [positionals[0] as string, ...(values.actuals !== undefined ? [values.actuals] : [])], force: values.force };
  const refusal = await outputRefusal(target, io.files);
  if (refusal) {
    writeReason(io, command, refusal);
    return 2;
  }

  let given: ActualsEntry[] = [];
  if (values.actuals !== undefined) {
    try {
      given = readActuals(await readFile(values.actuals, 'utf8'));
    } catch (error) {
      return misuse(`无法读取 ${values.actuals}（${(error as Error).message}）`, `cannot read ${values.actuals} (${(error as Error).message})`);
    }
  }
  let workbook;
  try {
    workbook = await loadWorkbook(await readFile(positionals[0] as string));
  } catch (error) {
    return misuse(`无法读取输入（${(error as Error).message}）`, `cannot read the input (${(error as Error).message})`);
  }
  const grids = workbook.worksheets.map(worksheetToGrid);
  const wanted = values.sheet;
  // Sheets made from a 目标表 are the sources; an evaluation sheet is one only when asked for by name.
  const sources = evaluationSources(grids).filter((s) => (wanted ? wanted.includes(s.sheet) : s.kind === 'target'));
  const used = new Set<ActualsEntry>();
  const layouts = sources.map((source) => {
    const entry = given.find((g) => matches(g, source));
    if (entry) used.add(entry);
    const inputs = mergeInputs(carriedInputs(source, mode, month), entry ? inputsFor(entry, source.project) : {});
    return evaluationLayout(source.project, {
      mode,
      month,
      inputs,
      sheetName: evaluationSheetName(source.sheet, mode, month),
      formulas,
      ...(values.profile !== undefined ? { profile: values.profile } : {}),
    });
  });
  const written = addEvaluationSheets(workbook, layouts);
  const failure = await writeOutput(target, () => workbookBuffer(workbook), io.files);
  if (failure) {
    writeReason(io, command, failure);
    return 2;
  }
  written.forEach((w, i) => {
    const layout = layouts[i];
    const source = sources[i];
    if (!layout || !source) return;
    // A guarded formula with nothing to show caches "" in the file; the JSON says null, as it always has.
    const cached = (field: string): CellValue => {
      const value = valueOf(layout, layout.fields[field]);
      return value === '' ? null : value;
    };
    const fallbacks = layout.portableFallbacks ?? [];
    const line: Record<string, unknown> = {
      sheet: w.name,
      from: source.sheet,
      code: source.project.code,
      rate: cached('execution.rate'),
      formulas,
      portableFallbacks: { count: fallbacks.length, rows: fallbacks },
    };
    if (mode === 'self-evaluation') Object.assign(line, { total: cached('total.score'), grade: cached('total.grade') });
    else Object.assign(line, { month, light: cached('execution.light'), timeLight: cached('execution.timeLight'), planLight: cached('execution.planLight') });
    writeJson(io.stdout, line);
  });
  const unmatched = given.filter((g) => !used.has(g)).map((g) => g.sheet ?? g.code ?? g.name ?? '?');
  for (const name of unmatched) {
    writeJson(io.stdout, { ok: false, error: { code: 'ACTUALS_UNMATCHED', message: `完成值中的项目「${name}」在工作簿中找不到`, messageEn: `The project "${name}" of the actuals is not in the workbook` } });
  }
  const ok = written.length > 0 && unmatched.length === 0;
  const fallbackCount = layouts.reduce((n, layout) => n + (layout.portableFallbacks?.length ?? 0), 0);
  writeJson(io.stdout, {
    ok,
    output: values.output,
    sheets: written.map((w) => w.name),
    charts: mode === 'monitoring' ? 'data-only' : 'none',
    formulas,
    portableFallbacks: { count: fallbackCount },
  });
  return ok ? 0 : 1;
}

function valueOf(layout: ReturnType<typeof evaluationLayout>, address: string | undefined): CellValue {
  if (!address) return null;
  for (const block of layout.blocks) {
    const [from = '', to = from] = block.range.split(':');
    const a = /^([A-Z]+)(\d+)$/.exec(from);
    const b = /^([A-Z]+)(\d+)$/.exec(to);
    const x = /^([A-Z]+)(\d+)$/.exec(address);
    if (!a || !b || !x) continue;
    const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const r = Number(x[2]);
    const c = col(x[1] ?? '');
    if (r < Number(a[2]) || r > Number(b[2]) || c < col(a[1] ?? '') || c > col(b[1] ?? '')) continue;
    return block.values[r - Number(a[2])]?.[c - col(a[1] ?? '')] ?? null;
  }
  return null;
}

type RowValues = CellValue[] | Record<string, CellValue>;

/** One project's entry of ACTUALS.json. */
export interface ActualsEntry {
  sheet?: string;
  code?: string;
  name?: string;
  spent?: CellValue;
  executionWeight?: CellValue;
  executionReason?: string;
  actuals?: RowValues;
  forecasts?: RowValues;
  weights?: RowValues;
  reasons?: RowValues;
  likelihood?: RowValues;
  causes?: RowValues;
  cumulative?: Array<number | null>;
}

/** ACTUALS.json: `{"projects":[…]}`, an array, or one project object. */
export function readActuals(text: string): ActualsEntry[] {
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { projects?: unknown }).projects) ? (value as { projects: unknown[] }).projects : [value];
  return list.filter((v): v is ActualsEntry => typeof v === 'object' && v !== null && !Array.isArray(v));
}

function matches(entry: ActualsEntry, source: EvaluationSource): boolean {
  if (entry.sheet !== undefined) return entry.sheet === source.sheet;
  if (entry.code !== undefined && entry.code.trim() !== '') return entry.code.trim().toUpperCase() === source.project.code.trim().toUpperCase();
  return entry.name !== undefined && entry.name.trim() === source.project.name.trim();
}

/** Row values in the project's row order: an array as it is, an object by 三级指标 name. */
function rows(values: RowValues | undefined, project: Project): CellValue[] | undefined {
  if (values === undefined) return undefined;
  if (Array.isArray(values)) return values.map((v) => (v === undefined ? null : v));
  return project.indicators.map((row) => values[row.level3.trim()] ?? null);
}

function textRows(values: RowValues | undefined, project: Project): Array<string | null> | undefined {
  return rows(values, project)?.map((v) => (v === null ? null : String(v)));
}

export function inputsFor(entry: ActualsEntry, project: Project): EvaluationInputs {
  const out: EvaluationInputs = {};
  if (entry.spent !== undefined) out.spent = entry.spent;
  if (entry.executionWeight !== undefined) out.executionWeight = entry.executionWeight;
  if (entry.executionReason !== undefined) out.executionReason = entry.executionReason;
  const actuals = rows(entry.actuals, project);
  if (actuals) out.actuals = actuals;
  const forecasts = rows(entry.forecasts, project);
  if (forecasts) out.forecasts = forecasts;
  const weights = rows(entry.weights, project);
  if (weights) out.weights = weights;
  const reasons = textRows(entry.reasons, project);
  if (reasons) out.reasons = reasons;
  const likelihood = textRows(entry.likelihood, project);
  if (likelihood) out.likelihood = likelihood;
  const causes = textRows(entry.causes, project);
  if (causes) out.causes = causes;
  if (entry.cumulative) out.cumulative = entry.cumulative.map((v) => (typeof v === 'number' ? v : null));
  return out;
}
