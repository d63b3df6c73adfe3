import { Button, Field, Textarea } from '@fluentui/react-components';
import { fieldValidation } from './field-validation';
import { findingsFor } from './findings';
import { useStepStyles, type StepProps } from './step-props';
import { useWizardStrings } from './strings';

/** Step 3: 绩效目标, numbered free text; the use of funds is a common first goal (the seed's tables all start so). */
export function GoalsStep({ draft, dispatch, findings }: StepProps) {
  const styles = useStepStyles();
  const { lang, w } = useWizardStrings();
  const fundUse = draft.fundUse.trim();

  return (
    <div className={styles.form}>
      <Field label={w.goals} {...fieldValidation(findingsFor(findings, 'goals'), lang)}>
        <Textarea
          value={draft.goals}
          placeholder={w.goalsPlaceholder}
          resize="vertical"
          rows={6}
          onChange={(_, data) => dispatch({ type: 'text', field: 'goals', value: data.value })}
        />
      </Field>
      <div className={styles.actions}>
        <Button size="small" disabled={fundUse === ''} onClick={() => dispatch({ type: 'text', field: 'goals', value: `1.${fundUse}` })}>
          {w.goalsFromFundUse}
        </Button>
      </div>
    </div>
  );
}
