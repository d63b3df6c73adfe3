/** How findings are marked, the same in every host: the fill per severity and where undo records live. */
import type { CellMark } from './port';

export const MARK_FILL: Record<CellMark['severity'], string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** The workbook setting that keeps the fills marks replaced, so clearing restores them even after the pane closed. */
export const MARKS_SETTING_KEY = 'perftable.marks.v1';
