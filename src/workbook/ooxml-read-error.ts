/**
 * Why a file could not be read, as a value: a code of core/i18n/messages-file.ts with its Chinese
 * and English reasons, each saying what to do. `ReadFailure` carries it through the reader's
 * steps; callers get `UnreadableWorkbook` (or, from `readGrids`, an `UnreadableWorkbookError`
 * whose message is those two reasons), never a library's text or a stack.
 */
import type { FileMessageCode } from '../core/i18n/messages-file';
import { message } from '../core/i18n/messages';

export interface UnreadableWorkbook {
  code: FileMessageCode;
  message: string;
  messageEn: string;
}

type Params = Record<string, string | number>;

export function unreadable(code: FileMessageCode, params: Params = {}): UnreadableWorkbook {
  return { code, ...message(code, params) };
}

/** Thrown inside the reader only; `readWorkbookFile` turns it into its result. */
export class ReadFailure extends Error {
  readonly reason: UnreadableWorkbook;
  constructor(code: FileMessageCode | UnreadableWorkbook, params: Params = {}) {
    const reason = typeof code === 'string' ? unreadable(code, params) : code;
    super(reason.message);
    this.reason = reason;
  }
}

/** What `readGrids` throws: Chinese first, English second, in `message`; the value in `reason`. */
export class UnreadableWorkbookError extends Error {
  readonly reason: UnreadableWorkbook;
  constructor(reason: UnreadableWorkbook) {
    super(`${reason.message}\n${reason.messageEn}`);
    this.name = 'UnreadableWorkbookError';
    this.reason = reason;
  }
}
