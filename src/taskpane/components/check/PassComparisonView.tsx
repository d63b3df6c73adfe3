import { useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { PassComparison } from '../../check-session';
import { useLanguage } from '../../i18n';
import { PAGE_SIZE } from './FindingsList';
import { FixedRow } from './FindingRow';
import { checkStrings } from './strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  more: { alignSelf: 'flex-start' },
});

/** A second pass against the one before: 已修正 N / 仍存在 M / 新发现 K, and the fixed ones struck through. */
export function PassComparisonView({ comparison }: { comparison: PassComparison }) {
  const styles = useStyles();
  const { lang } = useLanguage();
  const s = checkStrings[lang];
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { counts, fixed } = comparison;
  return (
    <div className={styles.box}>
      <MessageBar intent={counts.new > 0 ? 'warning' : counts.fixed > 0 ? 'success' : 'info'}>
        <MessageBarBody>{s.comparison(counts.fixed, counts.still, counts.new)}</MessageBarBody>
      </MessageBar>
      {fixed.length > 0 && (
        <section aria-label={s.fixedTitle(fixed.length)}>
          <Caption1 as="h3">{s.fixedTitle(fixed.length)}</Caption1>
          <ul className={styles.list}>
            {fixed.slice(0, limit).map((f, i) => (
              <FixedRow key={i} finding={f} />
            ))}
          </ul>
          {fixed.length > limit && (
            <Button className={styles.more} size="small" appearance="subtle" onClick={() => setLimit(limit + PAGE_SIZE)}>
              {s.showMore(Math.min(fixed.length - limit, PAGE_SIZE))}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
