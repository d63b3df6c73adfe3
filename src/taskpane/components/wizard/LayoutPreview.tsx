import { useMemo, type CSSProperties } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellStyle, SheetLayout } from '../../../core/layout/types';
import { previewModel } from './layout-preview-model';
import { useWizardStrings } from './strings';

/** Pixels per character of column width, at the preview's reduced size (Excel draws 7 at 100%). */
const CHAR_PX = 6;
/** Points → pixels at the preview's reduced size. */
const PT_PX = 1;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: '#FFFFFF',
  },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    color: '#000000',
  },
  cell: {
    padding: '2px 3px',
    overflow: 'hidden',
    lineHeight: 1.35,
  },
  formula: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

const VERTICAL: Record<CellStyle['vertical'], CSSProperties['verticalAlign']> = { top: 'top', center: 'middle', bottom: 'bottom' };

/** The look of a layout cell, as CSS: what is needed to recognise the printed table. */
function cellCss(style: CellStyle | undefined): CSSProperties {
  if (!style) return {};
  const css: CSSProperties = {
    fontSize: `${style.fontSize * PT_PX}px`,
    fontWeight: style.bold ? 600 : 400,
    textAlign: style.horizontal === 'general' ? undefined : style.horizontal,
    verticalAlign: VERTICAL[style.vertical],
    whiteSpace: style.wrap ? 'pre-wrap' : 'nowrap',
  };
  if (style.border) css.border = '1px solid #7F7F7F';
  if (style.fill) css.backgroundColor = style.fill;
  if (style.fontColor) css.color = style.fontColor;
  return css;
}

export interface LayoutPreviewProps {
  layout: SheetLayout;
  /** The accessible name of the preview region. */
  label: string;
  /** Rows shown at most (a register has hundreds of blank rows). */
  maxRows?: number;
}

/** A sheet layout drawn as an HTML table: merged cells merged, formats applied, colours as in Excel. */
export function LayoutPreview({ layout, label, maxRows }: LayoutPreviewProps) {
  const styles = useStyles();
  const { w } = useWizardStrings();
  const model = useMemo(() => previewModel(layout, maxRows), [layout, maxRows]);
  const width = model.widths.reduce((sum, chars) => sum + chars * CHAR_PX, 0);

  return (
    <div className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table} style={{ width: `${width}px` }} data-sheet={layout.name}>
        <colgroup>
          {model.widths.map((chars, i) => (
            <col key={i} style={{ width: `${chars * CHAR_PX}px` }} />
          ))}
        </colgroup>
        <tbody>
          {model.rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell) => (
                <td
                  key={cell.address}
                  className={mergeClasses(styles.cell, cell.formulaText && styles.formula)}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  style={cellCss(cell.style)}
                  data-address={cell.address}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {model.hiddenRows > 0 && <Caption1>{w.moreRows(model.hiddenRows)}</Caption1>}
    </div>
  );
}
