/**
 * Excel stores a call of an add-in's custom function in the file as `_xldudf_<NAMESPACE>_<ID>(…)`
 * and shows it as `PERF.EVAL(…)` once the add-in has registered its functions; a file that wrote
 * `PERF.EVAL(` would show #NAME? and never bind. Layouts speak Office.js's syntax; this adapter
 * translates on the way in and out.
 */
export const CUSTOM_FUNCTION_NAMESPACE = 'PERF';
const FILE_PREFIX = `_xldudf_${CUSTOM_FUNCTION_NAMESPACE}_`;
/** `PERF.EVAL(`, not `MYPERF.EVAL(` nor `X.PERF.EVAL(`. */
const CALL = new RegExp(`(^|[^A-Za-z0-9_.])${CUSTOM_FUNCTION_NAMESPACE}\\.([A-Za-z][A-Za-z0-9_]*)(?=\\s*\\()`, 'gi');
const FILE_CALL = new RegExp(FILE_PREFIX, 'gi');

/** Applies `fn` to the parts of a formula outside its "text constants". */
function outsideStrings(formula: string, fn: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/** `=IF(G12="","",PERF.EVAL(G12,E12))` → `IF(G12="","",_xldudf_PERF_EVAL(G12,E12))`: what the file's `<f>` holds. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  // Excel names are case-insensitive; the file spells the namespace and the id in capitals, as functions.json does.
  return outsideStrings(body, (part) =>
    part.replace(CALL, (_, before: string, id: string) => `${before}${FILE_PREFIX}${id.toUpperCase()}`),
  );
}

/** The file's formula text → Office.js syntax, with `=`. */
export function fromFileFormula(formula: string): string {
  const body = outsideStrings(formula, (part) => part.replace(FILE_CALL, `${CUSTOM_FUNCTION_NAMESPACE}.`));
  return `=${body}`;
}
