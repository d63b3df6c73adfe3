/**
 * The 指标库: the indicator trees of DOMAIN.md §2 and common 三级 templates as data. The built-in
 * part is here; a unit's own additions (a `UserCatalog`) travel with the workbook in its document
 * settings under `CATALOG_SETTING_KEY`, so a colleague who opens the file sees them.
 */
import { normalizeName } from '../target/normalize';
import type { IndicatorRow, Project } from './types';

/** Which tree: the classic one of the seed, or the 2021 one with 成本指标 as a 一级 (财预〔2021〕101号). */
export type TreeId = 'classic' | 'cost2021';

export interface Level1Node {
  /** The 一级 name as the tree writes it (`产出指标`). */
  name: string;
  level2s: string[];
}

export interface IndicatorTree {
  id: TreeId;
  /** What the pane shows when offering a choice. */
  label: string;
  level1s: Level1Node[];
}

export interface IndicatorTemplate {
  /** Stable id; a user template with a built-in's id replaces it. */
  id: string;
  level1: string;
  level2: string;
  level3: string;
  description: string;
  /**
   * The suggested 指标值. `{budget}` becomes the project's 预算数 with its unit (`≤17.00万元`) and
   * `{year}` the budget year, so a suggestion is concrete and passes the checks as written.
   */
  target: string;
  /** The suggested 指标值确定依据. */
  basis: string;
  /** In the default set a batch uses for a project that lists no indicators. */
  isDefault?: boolean;
}

export interface Catalog {
  trees: IndicatorTree[];
  templates: IndicatorTemplate[];
}

/** What a unit adds: 二级 names under a 一级, and templates. Stored as JSON in the workbook. */
export interface UserCatalog {
  version: 1;
  level2s: Array<{ level1: string; level2: string }>;
  templates: IndicatorTemplate[];
}

/** The document-settings key (`Office.context.document.settings`) that holds the user catalog's JSON. */
export const CATALOG_SETTING_KEY = 'perftable.catalog.v1';

export const CLASSIC_TREE: IndicatorTree = {
  id: 'classic',
  label: '产出—效益—满意度（常用）',
  level1s: [
    { name: '产出指标', level2s: ['数量指标', '质量指标', '时效指标', '成本指标'] },
    { name: '效益指标', level2s: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
    { name: '满意度指标', level2s: ['服务对象满意度指标'] },
  ],
};

export const COST_2021_TREE: IndicatorTree = {
  id: 'cost2021',
  label: '成本—产出—效益—满意度（财预〔2021〕101号）',
  level1s: [
    { name: '成本指标', level2s: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
    { name: '产出指标', level2s: ['数量指标', '质量指标', '时效指标'] },
    { name: '效益指标', level2s: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
    { name: '满意度指标', level2s: ['服务对象满意度指标'] },
  ],
};

/**
 * Names that vary between provinces, normalised (no ★, spaces or trailing 指标) → the tree's name,
 * normalised the same way. Matching uses these; what the user wrote is kept.
 */
const ALIASES: Record<string, string> = {
  环境效益: '生态效益',
  生态环境效益: '生态效益',
  社会公众或服务对象满意度: '服务对象满意度',
  社会公众满意度: '服务对象满意度',
  项目完成: '产出',
  项目效益: '效益',
  时效性: '时效',
};

/**
 * The form names are compared in: NFKC, no spaces or ★, no trailing 指标, and the alias table
 * (环境效益 → 生态效益, 项目完成指标 → 产出). Two names match when their keys are equal.
 */
export function indicatorNameKey(name: string): string {
  const key = normalizeName(name);
  return ALIASES[key] ?? key;
}

/** True when two indicator names mean the same node (`★产出指标` and `产出`). */
export function sameIndicatorName(a: string, b: string): boolean {
  return indicatorNameKey(a) === indicatorNameKey(b);
}

const TREES_BY_ID: Record<TreeId, IndicatorTree> = { classic: CLASSIC_TREE, cost2021: COST_2021_TREE };

/** The tree with this id in `catalog` (built-in trees when absent). */
export function treeOf(id: TreeId, catalog: Catalog = BUILTIN_CATALOG): IndicatorTree {
  return catalog.trees.find((tree) => tree.id === id) ?? TREES_BY_ID[id];
}

/**
 * The 二级 names under a 一级, in tree order. With `tree`, that tree only; without, every tree's,
 * without repeats (产出指标 has 成本指标 in the classic tree, not in the 2021 one). Unknown 一级: [].
 */
export function level2sOf(level1: string, options: { tree?: TreeId; catalog?: Catalog } = {}): string[] {
  const catalog = options.catalog ?? BUILTIN_CATALOG;
  const trees = options.tree ? [treeOf(options.tree, catalog)] : catalog.trees;
  const key = indicatorNameKey(level1);
  const names: string[] = [];
  for (const tree of trees) {
    for (const node of tree.level1s) {
      if (indicatorNameKey(node.name) !== key) continue;
      for (const name of node.level2s) if (!names.some((n) => sameIndicatorName(n, name))) names.push(name);
    }
  }
  return names;
}

/**
 * The 一级 a 二级 belongs to, as the tree writes it; undefined when no tree has the 二级. The
 * classic tree answers first (成本指标 → 产出指标) unless `tree` says otherwise.
 */
export function level1Of(level2: string, options: { tree?: TreeId; catalog?: Catalog } = {}): string | undefined {
  const catalog = options.catalog ?? BUILTIN_CATALOG;
  const trees = options.tree ? [treeOf(options.tree, catalog)] : catalog.trees;
  const key = indicatorNameKey(level2);
  for (const tree of trees) {
    for (const node of tree.level1s) if (node.level2s.some((name) => indicatorNameKey(name) === key)) return node.name;
  }
  return undefined;
}

/** The 一级 names of a tree, in order. */
export function level1sOf(tree: TreeId = 'classic', catalog: Catalog = BUILTIN_CATALOG): string[] {
  return treeOf(tree, catalog).level1s.map((node) => node.name);
}

/** The tree's own spelling of a name the user wrote (`环境效益` → `生态效益指标`), or undefined. */
export function canonicalName(name: string, tree: TreeId = 'classic', catalog: Catalog = BUILTIN_CATALOG): string | undefined {
  const key = indicatorNameKey(name);
  for (const node of treeOf(tree, catalog).level1s) {
    if (indicatorNameKey(node.name) === key) return node.name;
    const found = node.level2s.find((n) => indicatorNameKey(n) === key);
    if (found) return found;
  }
  return undefined;
}

/** Plan, industry and history standards are the 依据 kinds of 财预〔2020〕10号; the seed writes its own. */
const PLAN = '计划标准（年度工作计划）';
const BUDGET = '计划标准（预算批复）';
const INDUSTRY = '行业标准';
const HISTORY = '历史标准（上年实际）';

/** Common 三级 templates, each with a suggested 指标值 and 依据 that pass the grammar and the lint. */
export const BUILTIN_TEMPLATES: IndicatorTemplate[] = [
  // 产出 — 数量
  // 数量 holds counts: a rate (完成率, 覆盖率) there is IND_RATE_UNDER_QUANTITY, so rates sit under 质量.
  { id: 'task-completion', level1: '产出指标', level2: '数量指标', level3: '完成年度计划任务数', description: '全年实际完成的计划任务项数', target: '≥1项', basis: PLAN, isDefault: true },
  { id: 'events', level1: '产出指标', level2: '数量指标', level3: '开展活动场次', description: '全年组织开展的活动场次', target: '≥2场', basis: PLAN },
  { id: 'people-served', level1: '产出指标', level2: '数量指标', level3: '服务人次', description: '全年服务对象人次', target: '≥100人次', basis: PLAN },
  // 产出 — 质量
  { id: 'coverage', level1: '产出指标', level2: '质量指标', level3: '覆盖率', description: '实际覆盖对象数/应覆盖对象数', target: '≥90%', basis: PLAN },
  { id: 'acceptance', level1: '产出指标', level2: '质量指标', level3: '验收合格率', description: '验收合格的项目（工程）数/完成的项目（工程）数', target: '=100%', basis: INDUSTRY, isDefault: true },
  { id: 'compliance', level1: '产出指标', level2: '质量指标', level3: '资金使用合规率', description: '合规使用的资金/使用的资金', target: '=100%', basis: '《预算法》及财务管理制度' },
  { id: 'inspection', level1: '产出指标', level2: '质量指标', level3: '督导检查覆盖率', description: '已开展督导检查的区域/应开展督导检查的区域', target: '≥90%', basis: PLAN },
  // 产出 — 时效
  { id: 'on-time', level1: '产出指标', level2: '时效指标', level3: '任务按时完成率', description: '按时完成的任务数/计划任务数', target: '≥95%', basis: PLAN, isDefault: true },
  { id: 'deadline', level1: '产出指标', level2: '时效指标', level3: '项目完成时间', description: '项目全部完成的时间', target: '{year}年12月底前', basis: PLAN },
  { id: 'payment-timeliness', level1: '产出指标', level2: '时效指标', level3: '资金支付及时率', description: '按计划支付的资金/计划支付的资金', target: '≥90%', basis: BUDGET },
  // 产出 — 成本 (classic tree)
  { id: 'total-cost', level1: '产出指标', level2: '成本指标', level3: '项目总成本', description: '项目实际支出总额', target: '≤{budget}', basis: BUDGET, isDefault: true },
  { id: 'cost-saving', level1: '产出指标', level2: '成本指标', level3: '成本节约率', description: '（预算数-实际支出）/预算数', target: '≥0%', basis: HISTORY },
  // 效益
  { id: 'economic', level1: '效益指标', level2: '经济效益指标', level3: '带动区域经济发展', description: '项目实施对区域经济发展的带动作用', target: '效果明显', basis: PLAN },
  { id: 'social', level1: '效益指标', level2: '社会效益指标', level3: '保障工作正常开展', description: '项目实施对相关工作正常开展的保障作用', target: '有效保障', basis: PLAN, isDefault: true },
  { id: 'awareness', level1: '效益指标', level2: '社会效益指标', level3: '政策知晓率', description: '知晓政策的对象数/调查对象数', target: '≥90%', basis: HISTORY },
  { id: 'ecological', level1: '效益指标', level2: '生态效益指标', level3: '生态环境改善情况', description: '项目实施对生态环境的影响', target: '明显改善', basis: PLAN },
  { id: 'sustainable', level1: '效益指标', level2: '可持续影响指标', level3: '长效管理机制', description: '建立并执行长效管理机制', target: '健全', basis: PLAN },
  { id: 'lasting-years', level1: '效益指标', level2: '可持续影响指标', level3: '项目持续发挥作用年限', description: '项目效益持续的年限', target: '≥3年', basis: INDUSTRY },
  // 满意度
  { id: 'satisfaction', level1: '满意度指标', level2: '服务对象满意度指标', level3: '服务对象满意度', description: '满意的服务对象数/调查的服务对象数', target: '≥90%', basis: HISTORY, isDefault: true },
  { id: 'public-satisfaction', level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', description: '满意的群众数/调查的群众数', target: '≥90%', basis: HISTORY },
  { id: 'business-satisfaction', level1: '满意度指标', level2: '服务对象满意度指标', level3: '企业满意度', description: '满意的企业数/调查的企业数', target: '≥90%', basis: HISTORY },
  // 成本 as a 一级 (2021 tree)
  { id: 'economic-cost', level1: '成本指标', level2: '经济成本指标', level3: '项目总成本', description: '项目实际支出总额', target: '≤{budget}', basis: BUDGET },
  { id: 'social-cost', level1: '成本指标', level2: '社会成本指标', level3: '对社会发展的负面影响', description: '项目实施对社会发展造成的负面影响', target: '无', basis: PLAN },
  { id: 'eco-cost', level1: '成本指标', level2: '生态环境成本指标', level3: '对生态环境的负面影响', description: '项目实施对生态环境造成的负面影响', target: '无', basis: PLAN },
];

export const BUILTIN_CATALOG: Catalog = { trees: [CLASSIC_TREE, COST_2021_TREE], templates: BUILTIN_TEMPLATES };

/** An empty user catalog. */
export function emptyUserCatalog(): UserCatalog {
  return { version: 1, level2s: [], templates: [] };
}

/**
 * The built-in catalog with a unit's additions: each added 二级 goes under every tree's matching
 * 一级 (a 一级 no tree has becomes a new node of the classic tree); a user template replaces a
 * built-in one with the same id and is otherwise appended. Neither argument is changed.
 */
export function mergeCatalog(builtin: Catalog, user: UserCatalog): Catalog {
  const trees: IndicatorTree[] = builtin.trees.map((tree) => ({
    ...tree,
    level1s: tree.level1s.map((node) => ({ ...node, level2s: [...node.level2s] })),
  }));
  for (const { level1, level2 } of user.level2s) {
    let placed = false;
    for (const tree of trees) {
      const node = tree.level1s.find((n) => sameIndicatorName(n.name, level1));
      if (!node) continue;
      placed = true;
      if (!node.level2s.some((n) => sameIndicatorName(n, level2))) node.level2s.push(level2);
    }
    const first = trees[0];
    if (!placed && first) first.level1s.push({ name: level1, level2s: [level2] });
  }
  const templates = builtin.templates.map((t) => user.templates.find((u) => u.id === t.id) ?? t);
  for (const t of user.templates) if (!builtin.templates.some((b) => b.id === t.id)) templates.push(t);
  return { trees, templates };
}

/** The user catalog as the JSON text stored in document settings. */
export function serializeUserCatalog(user: UserCatalog): string {
  return JSON.stringify({ version: 1, level2s: user.level2s, templates: user.templates });
}

export type UserCatalogResult = { ok: true; catalog: UserCatalog; skipped: number } | { ok: false; reason: 'json' | 'shape' };

/**
 * Reads the stored JSON. Entries that are not well formed are skipped and counted (a colleague's
 * newer version may store more), so one bad entry never loses the rest; text that is not a
 * catalog at all is refused.
 */
export function deserializeUserCatalog(text: string): UserCatalogResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (!isRecord(value) || value.version !== 1) return { ok: false, reason: 'shape' };
  let skipped = 0;
  const level2s: UserCatalog['level2s'] = [];
  for (const entry of Array.isArray(value.level2s) ? value.level2s : []) {
    if (isRecord(entry) && nonEmpty(entry.level1) && nonEmpty(entry.level2)) level2s.push({ level1: entry.level1, level2: entry.level2 });
    else skipped += 1;
  }
  const templates: IndicatorTemplate[] = [];
  for (const entry of Array.isArray(value.templates) ? value.templates : []) {
    const template = readTemplate(entry);
    if (template) templates.push(template);
    else skipped += 1;
  }
  return { ok: true, catalog: { version: 1, level2s, templates }, skipped };
}

function readTemplate(entry: unknown): IndicatorTemplate | undefined {
  if (!isRecord(entry)) return undefined;
  const { id, level1, level2, level3, description, target, basis, isDefault } = entry;
  if (!nonEmpty(id) || !nonEmpty(level1) || !nonEmpty(level2) || !nonEmpty(level3)) return undefined;
  if (typeof target !== 'string' || (description !== undefined && typeof description !== 'string') || (basis !== undefined && typeof basis !== 'string')) {
    return undefined;
  }
  const template: IndicatorTemplate = { id, level1, level2, level3, description: description ?? '', target, basis: basis ?? '' };
  if (isDefault === true) template.isDefault = true;
  return template;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Amounts are written with 2 decimals, as the tables do (`17.00`). */
function amountText(value: number): string {
  return value.toFixed(2);
}

/**
 * A template as an indicator row of `project`: `{budget}` becomes `17.00万元` (the 预算数 in the
 * project's unit), `{year}` the budget year. A `{budget}` with no 预算数 is left for the user to
 * fill (`≤` followed by nothing reads as an error, so it cannot pass unnoticed).
 */
export function applyTemplate(template: IndicatorTemplate, project: Pick<Project, 'budget' | 'year' | 'amountUnit'>): IndicatorRow {
  const total = project.budget.total;
  const target = template.target
    .replace(/\{budget\}/g, total === null ? '' : `${amountText(total)}${project.amountUnit}`)
    .replace(/\{year\}/g, String(project.year));
  return {
    level1: template.level1,
    level2: template.level2,
    level3: template.level3,
    description: template.description,
    target,
    basis: template.basis,
  };
}

/**
 * The indicators a batch gives a project that lists none: the catalog's default templates whose
 * 一级 and 二级 are in `tree`, in tree order (数量, 质量, 时效, 成本, 社会效益, 满意度 for the
 * classic tree). They are suggestions for the user to edit; the batch says it used them.
 */
export function defaultIndicators(
  project: Pick<Project, 'budget' | 'year' | 'amountUnit'>,
  options: { tree?: TreeId; catalog?: Catalog } = {},
): IndicatorRow[] {
  const catalog = options.catalog ?? BUILTIN_CATALOG;
  const tree = treeOf(options.tree ?? 'classic', catalog);
  const rows: IndicatorRow[] = [];
  for (const node of tree.level1s) {
    for (const level2 of node.level2s) {
      const template =
        catalog.templates.find((t) => t.isDefault && sameIndicatorName(t.level1, node.name) && sameIndicatorName(t.level2, level2)) ??
        // The 2021 tree moves 成本 up: its default 项目总成本 is the classic one under a new 一级.
        (tree.id === 'cost2021' && sameIndicatorName(level2, '经济成本指标')
          ? catalog.templates.find((t) => t.id === 'economic-cost')
          : undefined);
      if (template) rows.push(applyTemplate(template, project));
    }
  }
  return rows;
}

/** Templates under a 二级 (or a 一级 when `level2` is omitted), for the pane's picker. */
export function templatesFor(level1: string, level2?: string, catalog: Catalog = BUILTIN_CATALOG): IndicatorTemplate[] {
  return catalog.templates.filter(
    (t) => sameIndicatorName(t.level1, level1) && (level2 === undefined || sameIndicatorName(t.level2, level2)),
  );
}

/**
 * Where a new indicator goes among `rows` so that the table stays in tree order: after the last
 * row of its 二级 group, else after the last row of an earlier group (一级 by the tree's order,
 * then 二级), else first. Rows with names the tree does not know count as part of the group above
 * them, so a user's own rows stay where they were put. Returns the index to insert at.
 */
export function treeInsertIndex(
  rows: ReadonlyArray<Pick<IndicatorRow, 'level1' | 'level2'>>,
  row: Pick<IndicatorRow, 'level1' | 'level2'>,
  tree: TreeId = 'classic',
  catalog: Catalog = BUILTIN_CATALOG,
): number {
  const nodes = treeOf(tree, catalog).level1s;
  const rank = (r: Pick<IndicatorRow, 'level1' | 'level2'>): number | undefined => {
    const i = nodes.findIndex((node) => sameIndicatorName(node.name, r.level1));
    if (i < 0) return undefined;
    const j = nodes[i]!.level2s.findIndex((name) => sameIndicatorName(name, r.level2));
    return i * 1000 + (j < 0 ? 999 : j);
  };
  const own = rank(row);
  if (own === undefined) return rows.length;
  let at = 0;
  let current: number | undefined;
  rows.forEach((r, i) => {
    current = rank(r) ?? current;
    if (current !== undefined && current <= own) at = i + 1;
  });
  return at;
}
