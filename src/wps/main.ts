/**
 * The hidden page WPS opens when it loads the add-in (index.html → main.js): registers the PERF
 * functions and defines the ribbon's callbacks. Callbacks are synchronous global functions, as
 * WPS requires (async ones stopped the ribbon from showing on some builds, ../shared/WPS.md §1.1).
 */
import { registerPerfFunctions } from './functions';
import { wpsMetadata, type OfficeFunctionMetadata } from './metadata';
import { FUNCTIONS_REPORT_KEY, openTaskPane, wpsRoot, type RibbonControl } from './shell';

/** Put in by the build from src/functions/functions.ts's doc comments (webpack.wps.config.js). */
declare const PERF_FUNCTION_METADATA: OfficeFunctionMetadata[];

const root = wpsRoot();
const report = registerPerfFunctions(root, PERF_FUNCTION_METADATA.map(wpsMetadata));
// Pages are separate realms; PluginStorage is what they share (not kept across restarts).
root?.PluginStorage?.setItem(FUNCTIONS_REPORT_KEY, JSON.stringify(report));

const callbacks = {
  OnAddinLoad: (): boolean => true,
  OnAddInLoad: (): boolean => true,
  OnAction: (control: RibbonControl): boolean => {
    if (control?.Id === 'perftableOpenPane') openTaskPane(root, window.location.href);
    return true;
  },
  GetImage: (): string => 'assets/icon-32.png',
};
Object.assign(window, callbacks);
