import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { CHECK_SCOPES, type CheckScope } from '../../check-session';
import { useLanguage } from '../../i18n';
import { checkStrings } from './strings';

export interface ScopePickerProps {
  scope: CheckScope;
  onChange(scope: CheckScope): void;
  disabled?: boolean;
}

/** 当前工作表 / 全部工作表 / 项目清单, with a line saying what the chosen one covers. */
export function ScopePicker({ scope, onChange, disabled }: ScopePickerProps) {
  const { lang } = useLanguage();
  const s = checkStrings[lang];
  return (
    <Field label={s.scopeLabel} hint={s.scopeHints[scope]}>
      <RadioGroup layout="horizontal" value={scope} disabled={disabled} onChange={(_, data) => onChange(data.value as CheckScope)}>
        {CHECK_SCOPES.map((value) => (
          <Radio key={value} value={value} label={s.scopes[value]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
