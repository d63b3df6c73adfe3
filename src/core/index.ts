/**
 * PerfTable's core: pure TypeScript, no Office, React, DOM or Node APIs. Every surface (custom
 * functions, task pane, command line) calls these.
 */
export { parseTarget } from './target/parse';
export { parseTargetCached } from './target/cache';
export { formatTarget, type FormatOptions } from './target/format';
export { describeTarget, type Language } from './target/describe';
export { lintTarget, lintParsed, type TargetFinding, type TargetFindingCode, type Severity, type LintContext } from './target/lint';
export { evaluate, completionRate, meets } from './evaluate/evaluate';
export { actualFromInput } from './evaluate/actual';
export { isPercentMode, readPercentMode, PERCENT_MODES } from './evaluate/percent';
export { compare, roundHalfUp } from './evaluate/compare';
export { message, localizedError, type MessageCode } from './i18n/messages';
export * from './score';
export { checkWorkbook } from './check';
export type { Finding } from './check/types';
export * from './target/types';
export * from './evaluate/types';
