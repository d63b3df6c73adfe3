/**
 * Is this page inside WPS 表格? WPS injects `wps` and `Application`; `Application.Name` says
 * "Microsoft Excel" there, so the test is for ET members, never for a name. WPS is checked before
 * Office: WPS does not run Office.js, and a page that somehow has both is in WPS.
 */
import { message } from '../core/i18n/messages';
import type { EtApplication } from './wps-api';

/** The globals a page may have; `globalThis` in the add-in, fakes in tests. */
export interface HostGlobals {
  wps?: unknown;
  Application?: unknown;
  Office?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

/** An object that looks like ET's Application: it has a workbook to work on. */
function looksLikeEt(value: unknown): value is EtApplication {
  if (!isObject(value)) return false;
  try {
    return 'ActiveWorkbook' in value;
  } catch {
    return false;
  }
}

/** `wps` carries add-in members only WPS has. */
function looksLikeWpsRoot(value: unknown): boolean {
  if (!isObject(value)) return false;
  try {
    return ['EtApplication', 'PluginStorage', 'CreateTaskPane', 'AddCustomFunction', 'ApiEvent'].some((member) => member in value);
  } catch {
    return false;
  }
}

/** True when the page runs inside WPS (表格 or another WPS host). */
export function isWpsHost(globals: HostGlobals = globalThis as HostGlobals): boolean {
  return looksLikeWpsRoot(globals.wps) || looksLikeEt(globals.Application);
}

/**
 * ET's Application, resolved at the moment of the call: `wps.EtApplication()` where it is a
 * function that answers (older builds), else the `Application` global, else `wps` itself (the
 * typings merge the two). Null when none is an ET application (WPS 文字, or not WPS at all).
 */
export function resolveEtApplication(globals: HostGlobals = globalThis as HostGlobals): EtApplication | null {
  const root = globals.wps;
  if (isObject(root) && typeof root.EtApplication === 'function') {
    try {
      const app: unknown = (root.EtApplication as () => unknown).call(root);
      if (looksLikeEt(app)) return app;
    } catch {
      // Deprecated and absent on some builds: fall through to the global.
    }
  }
  if (looksLikeEt(globals.Application)) return globals.Application;
  if (looksLikeEt(root)) return root;
  return null;
}

/** For the adapter: the application at each call, or an error a person can act on. */
export function etApplicationOrThrow(globals: HostGlobals = globalThis as HostGlobals): EtApplication {
  const app = resolveEtApplication(globals);
  if (!app) {
    const text = message('WPS_NO_WORKBOOK');
    throw new Error(`${text.message} / ${text.messageEn}`);
  }
  return app;
}
