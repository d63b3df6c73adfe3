/**
 * Scoring profiles: every number that differs between provinces (DOMAIN.md §5 and §7) as plain,
 * named data. A profile name is one name or several joined by `+` (`linear-reverse+grade-80-70-60`);
 * each part overrides groups of settings of `standard`, and two parts may not set the same group.
 * docs/scoring.md gives each profile's source and reasoning.
 */
import { localizedError } from '../i18n/messages';
import type { Failure, Grade4 } from './types';

/** How a reverse (越低越好) indicator that is not met scores. */
export type ReverseRule =
  /** target / actual × w: the mirror of the positive rule (财预〔2020〕10号 scores by the ratio). */
  | 'standard'
  /** (1 − (actual − target) / target) × w: falls linearly to 0 at twice the target, 0 beyond. */
  | 'linear-reverse';

/** How a missed deadline scores. */
export type DeadlineRule = 'all-or-nothing' | 'bands';

/** Where the qualitative bands start, as fractions of the weight. */
export interface QualitativeBands {
  /** 达成: [met, 1], both ends included. */
  met: number;
  /** 部分达成: [partial, met); 未达成: [0, partial). */
  partial: number;
}

/** The score of each verdict when the unit enters none, as fractions of the weight. */
export interface BandScores {
  met: number;
  partial: number;
  notMet: number;
}

export interface GradeThreshold {
  grade: Exclude<Grade4, '差'>;
  min: number;
  /** `≥ min` when true, `> min` when false (`>90` for 优 in some provinces). */
  inclusive: boolean;
}

export interface Weights {
  /** 预算执行率's weight (分值). */
  execution: number;
  /** The indicators' share: 100 − execution. */
  indicators: number;
  /** The 一级 split, where the source fixes one; null where the unit splits `indicators` itself. */
  level1: Readonly<{ 产出: number; 效益: number; 满意度: number }> | null;
}

/** Lower bounds of v (DOMAIN.md §7) for each colour; below the first one is red. */
export interface IndicatorLightBands {
  yellow: number;
  green: number;
  /** At or above this the indicator has overrun its plan (蓝). */
  blue: number;
}

export interface ExecutionLightBands {
  yellow: number;
  green: number;
}

export interface ScoreSettings {
  weights: Weights;
  reverse: ReverseRule;
  bands: QualitativeBands;
  bandScores: BandScores;
  deadline: DeadlineRule;
  /** Highest grade first; a total that reaches none of them is 差. */
  grades: readonly GradeThreshold[];
  /** Every score and total is rounded half up to this many decimals. */
  decimals: number;
  /** An execution rate below this asks for a 偏差原因 (DOMAIN.md §5: 90%). */
  reasonBelowExecutionRate: number;
  indicatorLight: IndicatorLightBands;
  executionLight: ExecutionLightBands;
  /**
   * 二级 names (normalised, without 指标) whose indicators are banded inside/outside only in
   * monitoring: a quality rate or a deadline is a level to hold, not a quantity that accrues by month.
   */
  insideOutsideLevel2: readonly string[];
}

/** A resolved profile: its settings and the names it was built from. */
export interface ScoreProfile extends ScoreSettings {
  /** The canonical name (`standard`, `linear-reverse+grade-80-70-60`). */
  name: string;
}

export interface ProfileDefinition {
  name: string;
  /** Other names a person may type (Chinese first). */
  aliases: readonly string[];
  summary: { zh: string; en: string };
  settings: Partial<ScoreSettings>;
}

/** The default: 财预〔2020〕10号 for scores and grades, DOMAIN.md §7 for the monitoring colours. */
export const STANDARD_SETTINGS: Readonly<ScoreSettings> = {
  weights: { execution: 10, indicators: 90, level1: { 产出: 50, 效益: 30, 满意度: 10 } },
  reverse: 'standard',
  bands: { met: 0.8, partial: 0.6 },
  // 达成 gets the full weight, as published tables do; the other two the middles of their bands.
  bandScores: { met: 1, partial: 0.7, notMet: 0.3 },
  deadline: 'all-or-nothing',
  grades: [
    { grade: '优', min: 90, inclusive: true },
    { grade: '良', min: 80, inclusive: true },
    { grade: '中', min: 60, inclusive: true },
  ],
  decimals: 2,
  reasonBelowExecutionRate: 0.9,
  indicatorLight: { yellow: 60, green: 80, blue: 120 },
  executionLight: { yellow: 60, green: 80 },
  insideOutsideLevel2: [],
};

export const PROFILE_DEFINITIONS: readonly ProfileDefinition[] = [
  {
    name: 'standard',
    aliases: ['标准', '默认', 'default'],
    summary: { zh: '标准方案（财预〔2020〕10号）', en: 'The standard profile (财预〔2020〕10号)' },
    settings: {},
  },
  {
    name: 'linear-reverse',
    aliases: ['线性反向'],
    summary: {
      zh: '反向指标未达标时线性扣分，超过指标值一倍得0分',
      en: 'A missed reverse indicator loses score linearly, reaching 0 at twice the target',
    },
    settings: { reverse: 'linear-reverse' },
  },
  {
    name: 'bands-80-50',
    aliases: ['定性80-50', '档次80-50'],
    summary: {
      zh: '定性指标分档 100–80%、80–50%、50–0%',
      en: 'Qualitative bands 100–80%, 80–50%, 50–0%',
    },
    // Entered scores default to the middles of the wider bands, as the standard profile does.
    settings: { bands: { met: 0.8, partial: 0.5 }, bandScores: { met: 1, partial: 0.65, notMet: 0.25 } },
  },
  {
    name: 'grade-strict-90',
    aliases: ['优大于90', '优>90'],
    summary: { zh: '90分以上（不含90）为优', en: '优 above 90 (90 itself is 良)' },
    settings: {
      grades: [
        { grade: '优', min: 90, inclusive: false },
        { grade: '良', min: 80, inclusive: true },
        { grade: '中', min: 60, inclusive: true },
      ],
    },
  },
  {
    name: 'grade-80-70-60',
    aliases: ['等级80-70-60'],
    summary: { zh: '优≥80、良≥70、中≥60', en: '优 ≥ 80, 良 ≥ 70, 中 ≥ 60' },
    settings: {
      grades: [
        { grade: '优', min: 80, inclusive: true },
        { grade: '良', min: 70, inclusive: true },
        { grade: '中', min: 60, inclusive: true },
      ],
    },
  },
  {
    name: 'execution-20',
    aliases: ['执行率20'],
    summary: { zh: '预算执行率20分、绩效指标80分', en: 'Budget execution 20 points, indicators 80' },
    settings: { weights: { execution: 20, indicators: 80, level1: null } },
  },
  {
    name: 'deadline-bands',
    aliases: ['时限分档'],
    summary: {
      zh: '时效（时限）指标按定性分档计分',
      en: 'Deadline indicators score in the qualitative bands',
    },
    settings: { deadline: 'bands' },
  },
  {
    name: 'monitor-inside-outside',
    aliases: ['质量时效成本达标制'],
    summary: {
      zh: '监控时质量、时效、成本指标只分达标（绿）与未达标（红）',
      en: 'In monitoring, quality, timeliness and cost indicators are only inside (green) or outside (red)',
    },
    settings: { insideOutsideLevel2: ['质量', '时效', '成本', '经济成本', '社会成本', '生态环境成本'] },
  },
];

export const DEFAULT_PROFILE_NAME = 'standard';

export type ProfileResult = { ok: true; profile: ScoreProfile } | Failure;

/** Profiles are shared by every call: freeze them all the way down so that none can be changed in place. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const BY_NAME = new Map<string, ProfileDefinition>();
deepFreeze(STANDARD_SETTINGS);
for (const definition of PROFILE_DEFINITIONS) {
  deepFreeze(definition);
  for (const name of [definition.name, ...definition.aliases]) BY_NAME.set(profileKey(name), definition);
}

function profileKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const resolved = new Map<string, ProfileResult>();

/** The names a person can type, for error messages and documentation. */
export function knownProfileNames(): string {
  return PROFILE_DEFINITIONS.map((d) => `${d.name}（${d.aliases[0] ?? d.name}）`).join('、');
}

/**
 * The profile a name stands for: empty means `standard`; `a+b` applies `a` then `b` over
 * `standard`. Unknown names and two parts that set the same group are errors.
 */
export function resolveProfile(name?: string | null): ProfileResult {
  const key = name === undefined || name === null ? '' : profileKey(name);
  const hit = resolved.get(key);
  if (hit) return hit;
  const result = build(key, name ?? '');
  if (resolved.size < 1000) resolved.set(key, result);
  return result;
}

function build(key: string, written: string): ProfileResult {
  const parts = key === '' ? [DEFAULT_PROFILE_NAME] : key.split('+');
  const settings: ScoreSettings = { ...STANDARD_SETTINGS };
  const setBy = new Map<keyof ScoreSettings, string>();
  const names: string[] = [];
  for (const part of parts) {
    const definition = BY_NAME.get(part);
    if (!definition) {
      return { ok: false, error: localizedError('PROFILE_UNKNOWN', -1, { found: part === '' ? written : part, known: knownProfileNames() }) };
    }
    for (const group of Object.keys(definition.settings) as Array<keyof ScoreSettings>) {
      const earlier = setBy.get(group);
      if (earlier !== undefined && earlier !== definition.name) {
        return { ok: false, error: localizedError('PROFILE_CONFLICT', -1, { first: earlier, second: definition.name }) };
      }
      setBy.set(group, definition.name);
    }
    Object.assign(settings, definition.settings);
    if (!names.includes(definition.name)) names.push(definition.name);
  }
  const meaningful = names.filter((n) => n !== DEFAULT_PROFILE_NAME);
  return { ok: true, profile: Object.freeze({ ...settings, name: meaningful.length ? meaningful.join('+') : DEFAULT_PROFILE_NAME }) };
}

