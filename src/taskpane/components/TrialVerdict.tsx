import { Badge, MessageBar, MessageBarBody, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { Verdict } from '../../core';
import { langTag, localized, useLanguage } from '../i18n';
import type { Trial } from '../trial';

const useStyles = makeStyles({
  verdict: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  note: { flexBasis: '100%', color: tokens.colorNeutralForeground3 },
});

const VERDICT_COLOR: Record<Verdict, BadgeProps['color']> = {
  met: 'success',
  partial: 'warning',
  'not-met': 'danger',
};

/** The verdict, completion rate and notes, or why there is none; announced politely as it changes. */
export function TrialVerdict({ trial }: { trial: Trial }) {
  return (
    <div aria-live="polite">
      <VerdictBody trial={trial} />
    </div>
  );
}

function VerdictBody({ trial }: { trial: Trial }) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  // A target that does not parse already shows its error under the 指标值 box.
  if (trial.parse && !trial.parse.ok) return null;
  if (!trial.result) return <Text className={styles.note}>{t.waitingForInput}</Text>;
  if (!trial.result.ok) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{localized(trial.result.error, lang)}</MessageBarBody>
      </MessageBar>
    );
  }

  const { verdict, rate, percentReading, deviation } = trial.result.evaluation;
  return (
    <div className={styles.verdict}>
      <Text weight="semibold">{t.verdictLabel}</Text>
      <Badge appearance="filled" size="large" color={VERDICT_COLOR[verdict]}>
        {t.verdicts[verdict]}
      </Badge>
      {rate !== undefined && Number.isFinite(rate) && (
        <Text>
          {t.rateLabel} {formatRate(rate, langTag[lang])}
        </Text>
      )}
      {percentReading && <Text className={styles.note}>{t.percentReadings[percentReading]}</Text>}
      {deviation === 'above' && <Text className={styles.note}>{t.deviationAbove}</Text>}
    </div>
  );
}

function formatRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}
