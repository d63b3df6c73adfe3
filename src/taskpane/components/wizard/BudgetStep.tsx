import { Field, Input, Switch, Textarea } from '@fluentui/react-components';
import type { DraftBudget } from './draft';
import { fieldValidation } from './field-validation';
import { findingsFor } from './findings';
import { SpendPlanEditor } from './SpendPlanEditor';
import { useStepStyles, type StepProps } from './step-props';
import { useWizardStrings } from './strings';

/** Step 2: 预算规模及资金用途 and 资金支出计划. */
export function BudgetStep({ draft, dispatch, findings }: StepProps) {
  const styles = useStepStyles();
  const { lang, w } = useWizardStrings();
  const amount = (field: keyof DraftBudget, label: string) => (
    <Field label={label} hint={field === 'total' ? w.amountHint(draft.amountUnit) : undefined} {...fieldValidation(findingsFor(findings, `budget.${field}`), lang)}>
      <Input
        value={draft.budget[field] ?? ''}
        inputMode="decimal"
        contentAfter={draft.amountUnit}
        onChange={(_, data) => dispatch({ type: 'budget', field, value: data.value })}
      />
    </Field>
  );

  return (
    <div className={styles.form}>
      {amount('total', w.total)}
      <div className={styles.row}>
        {amount('fiscal', w.fiscal)}
        {amount('other', w.other)}
      </div>
      <Switch
        label={w.withCarryOver}
        checked={draft.budget.carryOver !== null}
        onChange={(_, data) => dispatch({ type: 'carryOver', on: data.checked })}
      />
      {draft.budget.carryOver !== null && amount('carryOver', w.carryOver)}
      <Field label={w.fundUse} {...fieldValidation(findingsFor(findings, 'fundUse'), lang)}>
        <Textarea value={draft.fundUse} resize="vertical" onChange={(_, data) => dispatch({ type: 'text', field: 'fundUse', value: data.value })} />
      </Field>
      <SpendPlanEditor draft={draft} dispatch={dispatch} findings={findings} />
    </div>
  );
}
