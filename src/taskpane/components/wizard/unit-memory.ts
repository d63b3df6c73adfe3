/**
 * The unit's name, code and year, remembered for the next project: in the workbook's settings
 * (a colleague who opens the file gets them) and in the browser's localStorage (the in-page
 * workbook outside Office starts empty on every visit).
 */
import type { AmountUnit } from '../../../core/project/types';
import type { WorkbookActions } from '../../../workbook/port';

export const UNIT_SETTING_KEY = 'perftable.unit.v1';

export interface RememberedUnit {
  unitCode: string;
  unitName: string;
  year: number;
  amountUnit?: AmountUnit;
}

/** The stored JSON, or null when it is absent or not a remembered unit. */
export function parseRememberedUnit(text: string | null): RememberedUnit | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { unitCode, unitName, year, amountUnit } = value as Record<string, unknown>;
  if (typeof unitCode !== 'string' || typeof unitName !== 'string' || typeof year !== 'number') return null;
  const unit: RememberedUnit = { unitCode, unitName, year };
  if (amountUnit === '万元' || amountUnit === '元') unit.amountUnit = amountUnit;
  return unit;
}

/** localStorage when the page may use it (a sandboxed frame or private mode may refuse). */
function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The workbook's remembered unit, else the browser's; null when neither has one. */
export async function loadRememberedUnit(workbook: WorkbookActions, storage: Storage | undefined = browserStorage()): Promise<RememberedUnit | null> {
  let fromWorkbook: string | null = null;
  try {
    fromWorkbook = await workbook.loadSetting(UNIT_SETTING_KEY);
  } catch {
    // An unreadable setting only means the boxes start blank; the browser's copy may still help.
  }
  const unit = parseRememberedUnit(fromWorkbook);
  if (unit) return unit;
  try {
    return parseRememberedUnit(storage?.getItem(UNIT_SETTING_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Remembers the unit in both places; a place that refuses is skipped (remembering is a convenience). */
export async function rememberUnit(workbook: WorkbookActions, unit: RememberedUnit, storage: Storage | undefined = browserStorage()): Promise<void> {
  const text = JSON.stringify(unit);
  try {
    storage?.setItem(UNIT_SETTING_KEY, text);
  } catch {
    // Quota or privacy settings: the workbook's copy is still written below.
  }
  await workbook.saveSetting(UNIT_SETTING_KEY, text).catch(() => undefined);
}
