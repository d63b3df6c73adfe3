/**
 * Findings as a Fluent Field's validation: every message under the field, the state set by the
 * worst of them (an info is shown without colour, as TargetTrialPanel does).
 */
import type { FieldProps } from '@fluentui/react-components';
import { localized, type Lang } from '../../i18n';
import type { FieldFinding } from './findings';

export type FieldValidation = Pick<FieldProps, 'validationState' | 'validationMessage'>;

export function fieldValidation(findings: readonly FieldFinding[], lang: Lang): FieldValidation {
  if (findings.length === 0) return { validationState: 'none' };
  const state = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'none';
  return {
    validationState: state,
    validationMessage: (
      <>
        {findings.map((f, i) => (
          <div key={`${f.code}-${i}`}>{localized(f, lang)}</div>
        ))}
      </>
    ),
  };
}
