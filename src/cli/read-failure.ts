/**
 * Any failure to read an input file, as the user reads it: Chinese first, then English, never a
 * library's English or a stack. A reader may throw or return its reason in any of the shapes
 * PerfTable uses ({zh, en}, {message, messageEn}, or either under `reason`/`error`); system errors
 * are named by their code; anything else gets a plain "cannot be read" with what to do.
 */
import type { Reason } from './io';

type Shape = Record<string, unknown>;

function isShape(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null;
}

/** A reason carried by the value itself, if it carries one. */
export function carriedReason(value: unknown): Reason | undefined {
  if (!isShape(value)) return undefined;
  if (typeof value.zh === 'string' && typeof value.en === 'string') return { zh: value.zh, en: value.en };
  if (typeof value.messageEn === 'string' && typeof value.message === 'string') {
    return { zh: value.message, en: value.messageEn };
  }
  for (const key of ['reason', 'error']) {
    const inner = carriedReason(value[key]);
    if (inner) return inner;
  }
  return undefined;
}

const SYSTEM: Record<string, (file: string) => Reason> = {
  ENOENT: (file) => ({ zh: `无法读取 ${file}：文件不存在`, en: `cannot read ${file}: no such file` }),
  EACCES: (file) => ({ zh: `无法读取 ${file}：没有读取权限`, en: `cannot read ${file}: permission denied` }),
  EPERM: (file) => ({ zh: `无法读取 ${file}：没有读取权限`, en: `cannot read ${file}: permission denied` }),
  EISDIR: (file) => ({ zh: `无法读取 ${file}：这是一个文件夹`, en: `cannot read ${file}: it is a folder` }),
};

/** Why `file` could not be read, from whatever the reader threw or returned. */
export function readFailure(file: string, error: unknown, kind: 'workbook' | 'text' = 'text'): Reason {
  const carried = carriedReason(error);
  if (carried) return { zh: `${file}：${carried.zh}`, en: `${file}: ${carried.en}` };
  const code = isShape(error) && typeof error.code === 'string' ? error.code : undefined;
  const system = code ? SYSTEM[code] : undefined;
  if (system) return system(file);
  if (kind === 'workbook') {
    return {
      zh: `${file} 不是可读取的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开后“另存为” .xlsx；从 Word 复制的表格请保存为 .txt`,
      en: `${file} is not a readable Excel workbook (.xlsx). Open it in Excel or WPS and save it as .xlsx; for tables copied from Word, save the text as .txt`,
    };
  }
  return { zh: `无法读取 ${file}${code ? `（${code}）` : ''}`, en: `cannot read ${file}${code ? ` (${code})` : ''}` };
}
