import { Badge, Caption1, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Finding } from '../../../core/check/types';
import { whereText, type FindingStatus } from '../../check-session';
import { localized, useLanguage } from '../../i18n';
import { checkStrings } from './strings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    width: '100%',
    textAlign: 'start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: { borderLeftColor: tokens.colorBrandStroke1, borderLeftWidth: tokens.strokeWidthThickest },
  top: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  where: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  code: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, wordBreak: 'break-all' },
  message: { wordBreak: 'break-word' },
  fixed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  note: { display: 'block', paddingLeft: tokens.spacingHorizontalS },
  noteError: { color: tokens.colorPaletteRedForeground1 },
});

/** What clicking a row gave: the cell shown (inside Excel, where the selection says it), told (outside), or why not. */
export interface RowNote {
  index: number;
  kind: 'selected' | 'standalone' | 'failed';
  reason?: string;
}

export interface FindingRowProps {
  finding: Finding & { status?: FindingStatus };
  onSelect(): void;
  note: RowNote | null;
}

/** One finding: 工作表!单元格, its message, its code small; a click goes to its cell. */
export function FindingRow({ finding, onSelect, note }: FindingRowProps) {
  const styles = useStyles();
  const { lang } = useLanguage();
  const s = checkStrings[lang];
  const where = whereText(finding);
  const current = note !== null && note.kind !== 'failed';
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.row, current && styles.current)}
        title={s.selectHint}
        aria-current={current ? 'true' : undefined}
        onClick={onSelect}
        data-code={finding.code}
      >
        <span className={styles.top}>
          <span className={styles.where}>{where}</span>
          {finding.status === 'new' && (
            <Badge appearance="tint" color="brand" size="small">
              {s.newBadge}
            </Badge>
          )}
        </span>
        <span className={styles.message}>{localized(finding, lang)}</span>
        <span className={styles.code}>{finding.code}</span>
      </button>
      {note && note.kind !== 'selected' && (
        <Caption1 role="status" className={mergeClasses(styles.note, note.kind === 'failed' && styles.noteError)}>
          {note.kind === 'standalone' ? s.selectedStandalone(where) : s.selectFailed(where, note.reason ?? '')}
        </Caption1>
      )}
    </li>
  );
}

/** A finding the last pass had and this one has not: struck through. */
export function FixedRow({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const { lang } = useLanguage();
  return (
    <li className={styles.fixed}>
      <Caption1 className={styles.fixed}>
        {whereText(finding)} {localized(finding, lang)} <span className={styles.code}>{finding.code}</span>
      </Caption1>
    </li>
  );
}
