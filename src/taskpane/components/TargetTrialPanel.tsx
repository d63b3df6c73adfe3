import { useId, useMemo, useState, type ReactNode } from 'react';
import { Field, Input, Select, Subtitle2, makeStyles, tokens, type FieldProps } from '@fluentui/react-components';
import { PERCENT_MODES, type PercentMode } from '../../core';
import type { WorkbookActions } from '../../workbook/port';
import { localized, useLanguage, type Lang } from '../i18n';
import { runTrial, type Trial } from '../trial';
import { FormulaInsert } from './FormulaInsert';
import { ParsedTargetView } from './ParsedTargetView';
import { TrialVerdict } from './TrialVerdict';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  options: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '& > *': { flex: '1 1 10em' },
  },
});

/** Suggestions only: any 二级指标 name may be typed, the core decides what it means. */
const LEVEL2_SUGGESTIONS = ['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '满意度指标'];

export interface TargetTrialPanelProps {
  /** Absent outside Excel: the panel still evaluates, it just cannot write. */
  workbook?: WorkbookActions;
}

/** 指标值试算: type a target and an actual, see what the core makes of them as you type. */
export function TargetTrialPanel({ workbook }: TargetTrialPanelProps) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  const headingId = useId();
  const level2ListId = useId();
  const [targetText, setTargetText] = useState('');
  const [actualText, setActualText] = useState('');
  const [level2, setLevel2] = useState('');
  const [percentMode, setPercentMode] = useState<PercentMode>('auto');

  const trial = useMemo(
    () => runTrial({ targetText, actualText, level2, percentMode }),
    [targetText, actualText, level2, percentMode],
  );

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.trialTitle}
      </Subtitle2>

      <Field label={t.targetLabel} {...targetValidation(trial, lang)}>
        <Input
          value={targetText}
          placeholder={t.targetPlaceholder}
          onChange={(_, data) => setTargetText(data.value)}
        />
      </Field>

      <Field label={t.actualLabel}>
        <Input
          value={actualText}
          placeholder={t.actualPlaceholder}
          onChange={(_, data) => setActualText(data.value)}
        />
      </Field>

      <div className={styles.options}>
        <Field label={t.level2Label}>
          <Input
            value={level2}
            placeholder={t.level2Placeholder}
            list={level2ListId}
            onChange={(_, data) => setLevel2(data.value)}
          />
        </Field>
        <datalist id={level2ListId}>
          {LEVEL2_SUGGESTIONS.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Field label={t.percentModeLabel}>
          <Select value={percentMode} onChange={(_, data) => setPercentMode(data.value as PercentMode)}>
            {PERCENT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t.percentModes[mode]}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <ParsedTargetView parse={trial.parse} />
      <TrialVerdict trial={trial} />
      <FormulaInsert formula={trial.formula} workbook={workbook} />
    </section>
  );
}

/** The parse error and the CHECK findings, shown under the 指标值 box at the level of the worst. */
function targetValidation(trial: Trial, lang: Lang): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  const lines: ReactNode[] = [];
  if (trial.parse && !trial.parse.ok) {
    lines.push(<div key="parse">{localized(trial.parse.error, lang)}</div>);
  }
  for (const [index, finding] of trial.findings.entries()) {
    lines.push(<div key={`${finding.code}-${index}`}>{localized(finding, lang)}</div>);
  }
  if (lines.length === 0) return { validationState: 'none' };

  const failed = (trial.parse && !trial.parse.ok) || trial.findings.some((finding) => finding.severity === 'error');
  const warned = trial.findings.some((finding) => finding.severity === 'warning');
  return {
    validationState: failed ? 'error' : warned ? 'warning' : 'none',
    validationMessage: <>{lines}</>,
  };
}
