/**
 * Scoring (绩效自评, DOMAIN.md §5) and monitoring (绩效运行监控, §7): profiles as data, indicator and
 * execution scores, totals and grades, the spend plan, and the monitoring lights.
 */
export {
  resolveProfile,
  knownProfileNames,
  PROFILE_DEFINITIONS,
  STANDARD_SETTINGS,
  DEFAULT_PROFILE_NAME,
  type ScoreProfile,
  type ScoreSettings,
  type ProfileDefinition,
  type ProfileResult,
  type ReverseRule,
  type DeadlineRule,
  type QualitativeBands,
  type BandScores,
  type GradeThreshold,
  type Weights,
  type IndicatorLightBands,
  type ExecutionLightBands,
} from './profiles';
export { scoreIndicator, scoreEvaluation, scoreValue, bandOf, profileOf, VERDICT_ZH, type ScoreOptions } from './indicator';
export { checkScore, type ScoreCheck, type ScoreCheckResult } from './check';
export { executionRate, executionScore, type ExecutionScore, type ExecutionScoreResult } from './execution';
export { totalScore, gradeOf, readApplicable, type Total, type TotalResult, type GradeResult } from './total';
export { readMonth } from './month';
export {
  readSpendPlan,
  checkSpendPlan,
  plannedPercent,
  DEFAULT_PLAN_MONTHS,
  type SpendCheckpoint,
  type SpendPlan,
  type SpendPlanIssue,
  type SpendPlanIssueCode,
  type SpendPlanResult,
} from './spend-plan';
export {
  indicatorLight,
  lightOfEvaluation,
  lightValue,
  executionLight,
  worstLight,
  readLight,
  progressLight,
  LIGHT_ZH,
  type IndicatorLight,
  type IndicatorLightResult,
  type ExecutionLight,
  type ExecutionLightResult,
  type LightBasis,
} from './monitor';
export { readWeight, type Input as ScoreInput, type Read } from './values';
export * from './types';
