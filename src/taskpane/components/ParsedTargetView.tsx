import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { describeTarget, formatTarget, type ParseResult } from '../../core';
import { labelColon, useLanguage } from '../i18n';

const useStyles = makeStyles({
  parsed: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
});

/** What the core read the 指标值 as; nothing while it is empty or does not parse (the error shows under the box). */
export function ParsedTargetView({ parse }: { parse: ParseResult | null }) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  if (!parse?.ok) return null;
  return (
    <div className={styles.parsed} aria-live="polite">
      <Text>
        <Text weight="semibold">{t.parsedTargetLabel}
          {labelColon[lang]}
        </Text>
        <span>{describeTarget(parse.target, lang)}</span>
      </Text>
      <Caption1>
        {t.canonicalLabel}
        {labelColon[lang]}
        <span>{formatTarget(parse.target)}</span>
      </Caption1>
    </div>
  );
}
