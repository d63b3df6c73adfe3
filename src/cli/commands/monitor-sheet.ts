/**
 * `perftable monitor-sheet IN.xlsx --month 7 [--actuals ACTUALS.json] -o OUT.xlsx`: the monitoring
 * counterpart of `perftable selfeval` (same reading, carrying over and ACTUALS.json; see selfeval.ts).
 */
export { monitorSheetMain } from './selfeval';
