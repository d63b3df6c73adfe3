import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadFinding } from '../../../core/read/grid';
import { localized } from '../../i18n';
import { useBatchStrings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const RANK = { error: 0, warning: 1, info: 2 } as const;

export interface ReadFindingListProps {
  findings: readonly ReadFinding[];
  /** Shows the cell in the workbook (Excel only: outside it there is no grid to show). */
  onGoTo?: (sheet: string, cell: string) => void;
  /** Findings listed at most; the rest are counted. */
  limit?: number;
}

/** What reading the register found, errors first, each with its cell. */
export function ReadFindingList({ findings, onGoTo, limit = 30 }: ReadFindingListProps) {
  const styles = useStyles();
  const { lang, b } = useBatchStrings();
  const count = (severity: ReadFinding['severity']) => findings.filter((f) => f.severity === severity).length;
  const sorted = [...findings].sort((x, y) => RANK[x.severity] - RANK[y.severity]);
  const shown = sorted.slice(0, limit);

  return (
    <section className={styles.section} aria-label={b.findingsTitle}>
      <Text weight="semibold">{b.findingsTitle}</Text>
      <Caption1>{findings.length === 0 ? b.findingsNone : b.findingsCount(count('error'), count('warning'), count('info'))}</Caption1>
      {shown.length > 0 && (
        <ul className={styles.list}>
          {shown.map((f, i) => {
            const ref = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
            return (
              <li key={`${f.code}-${ref}-${i}`} className={styles.item}>
                <Badge size="small" appearance="tint" color={BADGE_COLOR[f.severity]}>
                  {b.severity[f.severity]}
                </Badge>
                <Text size={200}>{localized(f, lang)}</Text>
                {onGoTo && f.cell && /^[A-Z]+\d+$/.test(f.cell) ? (
                  <Button size="small" appearance="transparent" onClick={() => onGoTo(f.sheet, f.cell)}>
                    {b.goToCell(ref)}
                  </Button>
                ) : (
                  <Caption1>{ref}</Caption1>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {sorted.length > shown.length && <Caption1>{b.moreFindings(sorted.length - shown.length)}</Caption1>}
    </section>
  );
}
