import { useId } from 'react';
import { Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { fieldValidation } from './field-validation';
import { findingsFor } from './findings';
import type { StepProps } from './step-props';
import { useWizardStrings } from './strings';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  checkpoint: {
    display: 'grid',
    gridTemplateColumns: '7em 1fr auto',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
  },
  // Lines the month picker and the remove button up with the input under the field's label.
  offset: { marginTop: '26px' },
});

/** 资金支出计划（%）: cumulative percent at each checkpoint; checkpoints can be added, moved to another month, removed. */
export function SpendPlanEditor({ draft, dispatch, findings }: StepProps) {
  const styles = useStyles();
  const headingId = useId();
  const { lang, w } = useWizardStrings();
  const planWide = fieldValidation(findingsFor(findings, 'spendPlan'), lang);

  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <Text id={headingId} weight="semibold">
        {w.spendPlan}
      </Text>
      <Caption1>{w.spendPlanHint}</Caption1>
      {draft.spendPlan.map((checkpoint, index) => (
        <div key={`${index}-${checkpoint.month}`} className={styles.checkpoint}>
          <Select
            className={styles.offset}
            aria-label={w.checkpointMonth(index + 1)}
            value={String(checkpoint.month)}
            onChange={(_, data) => dispatch({ type: 'checkpointMonth', index, month: Number(data.value) })}
          >
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {w.month(month)}
              </option>
            ))}
          </Select>
          <Field label={w.checkpoint(checkpoint.month)} {...fieldValidation(findingsFor(findings, `spendPlan.${index}`), lang)}>
            <Input
              value={checkpoint.percent}
              inputMode="decimal"
              contentAfter="%"
              onChange={(_, data) => dispatch({ type: 'checkpointPercent', index, value: data.value })}
            />
          </Field>
          <Button
            className={styles.offset}
            appearance="subtle"
            aria-label={w.removeCheckpoint(checkpoint.month)}
            title={w.removeCheckpoint(checkpoint.month)}
            onClick={() => dispatch({ type: 'removeCheckpoint', index })}
          >
            ✕
          </Button>
        </div>
      ))}
      {planWide.validationMessage !== undefined && (
        <Field validationState={planWide.validationState} validationMessage={planWide.validationMessage} />
      )}
      <div>
        <Button size="small" onClick={() => dispatch({ type: 'addCheckpoint' })} disabled={draft.spendPlan.length >= 12}>
          {w.addCheckpoint}
        </Button>
      </div>
    </div>
  );
}
