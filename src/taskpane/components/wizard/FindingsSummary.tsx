import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { localized } from '../../i18n';
import { STEPS, type StepId } from './draft';
import { countBySeverity, type FieldFinding } from './findings';
import { useWizardStrings } from './strings';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingsSummaryProps {
  findings: readonly FieldFinding[];
  onGoTo(step: StepId): void;
}

/** Every finding of the project, errors first, each with a way back to the step that fixes it. */
export function FindingsSummary({ findings, onGoTo }: FindingsSummaryProps) {
  const styles = useStyles();
  const { lang, w } = useWizardStrings();
  const rank = { error: 0, warning: 1, info: 2 };
  const sorted = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] || STEPS.indexOf(a.step) - STEPS.indexOf(b.step));

  return (
    <section className={styles.summary} aria-label={w.findingsTitle}>
      <Text weight="semibold">{w.findingsTitle}</Text>
      <Caption1>{findings.length === 0 ? w.findingsNone : w.findingsCount(countBySeverity(findings))}</Caption1>
      {sorted.length > 0 && (
        <ul className={styles.list}>
          {sorted.map((f, i) => (
            <li key={`${f.field}-${f.code}-${i}`} className={styles.item}>
              <Badge size="small" appearance="tint" color={BADGE_COLOR[f.severity]}>
                {w.severity[f.severity]}
              </Badge>
              <Text size={200}>{localized(f, lang)}</Text>
              <Button size="small" appearance="transparent" onClick={() => onGoTo(f.step)}>
                {w.fix(w.steps[f.step])}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
