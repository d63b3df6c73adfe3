import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../../../core/check/types';
import { SEVERITIES, groupBySeverity, type FindingStatus } from '../../check-session';
import { useLanguage } from '../../i18n';
import { FindingRow, type RowNote } from './FindingRow';
import { checkStrings } from './strings';

/** Rows shown at first and added per click: a register can give thousands, and the pane stays quick. */
export const PAGE_SIZE = 100;

const BADGE_COLOR: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  more: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
});

/** A finding of the current pass, with its place in the pass (for keys) and what the last pass says of it. */
export interface ListedFinding extends Finding {
  index: number;
  status?: FindingStatus;
}

export interface FindingsListProps {
  findings: readonly ListedFinding[];
  onSelect(finding: ListedFinding): void;
  /** What the last click on a row gave, shown under that row. */
  note: RowNote | null;
}

/** The findings in three groups, 错误 / 警告 / 提示, each with its count. */
export function FindingsList({ findings, onSelect, note }: FindingsListProps) {
  const styles = useStyles();
  const { lang } = useLanguage();
  const s = checkStrings[lang];
  const groups = groupBySeverity(findings);

  return (
    <Accordion multiple collapsible defaultOpenItems={[...SEVERITIES]} aria-label={s.findingsLabel}>
      {SEVERITIES.map((severity) => (
        <AccordionItem key={severity} value={severity}>
          <AccordionHeader>
            <span className={styles.header}>
              {s.severities[severity]}
              <Badge appearance={groups[severity].length > 0 ? 'filled' : 'outline'} color={BADGE_COLOR[severity]} size="small">
                {groups[severity].length}
              </Badge>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <SeverityGroup findings={groups[severity]} onSelect={onSelect} note={note} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function SeverityGroup({ findings, onSelect, note }: FindingsListProps) {
  const styles = useStyles();
  const { lang } = useLanguage();
  const s = checkStrings[lang];
  const [limit, setLimit] = useState(PAGE_SIZE);
  if (findings.length === 0) return <Caption1>—</Caption1>;
  const rest = findings.length - limit;
  return (
    <>
      <ul className={styles.list}>
        {findings.slice(0, limit).map((f) => (
          <FindingRow key={f.index} finding={f} onSelect={() => onSelect(f)} note={note?.index === f.index ? note : null} />
        ))}
      </ul>
      {rest > 0 && (
        <Button className={styles.more} size="small" appearance="subtle" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {s.showMore(Math.min(rest, PAGE_SIZE))}
        </Button>
      )}
    </>
  );
}
