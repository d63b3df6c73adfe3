import { Caption1, Field, Input, Select } from '@fluentui/react-components';
import type { AmountUnit } from '../../../core/project/types';
import { fieldValidation } from './field-validation';
import { findingsFor } from './findings';
import type { TextField } from './reducer';
import { useStepStyles, type StepProps } from './step-props';
import { useWizardStrings } from './strings';

const AMOUNT_UNITS: readonly AmountUnit[] = ['万元', '元'];

/** Step 1: who (单位) and what (项目编码, 项目名称), and the year and unit of the amounts. */
export function BasicInfoStep({ draft, dispatch, findings }: StepProps) {
  const styles = useStepStyles();
  const { lang, w } = useWizardStrings();
  const text = (field: TextField) => ({
    value: draft[field],
    onChange: (_: unknown, data: { value: string }) => dispatch({ type: 'text', field, value: data.value }),
  });
  const validation = (field: string) => fieldValidation(findingsFor(findings, field), lang);

  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <Field label={w.unitCode} {...validation('unitCode')}>
          <Input {...text('unitCode')} placeholder={w.unitCodePlaceholder} />
        </Field>
        <Field label={w.year} {...validation('year')}>
          <Input {...text('year')} inputMode="numeric" />
        </Field>
      </div>
      <Field label={w.unitName} {...validation('unitName')}>
        <Input {...text('unitName')} placeholder={w.unitNamePlaceholder} />
      </Field>
      <Caption1>{w.unitRemembered}</Caption1>
      <Field label={w.code} {...validation('code')}>
        <Input {...text('code')} placeholder={w.codePlaceholder} />
      </Field>
      <Field label={w.name} {...validation('name')}>
        <Input {...text('name')} />
      </Field>
      <Field label={w.amountUnit}>
        <Select value={draft.amountUnit} onChange={(_, data) => dispatch({ type: 'amountUnit', value: data.value as AmountUnit })}>
          {AMOUNT_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
