import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BatchReport } from './generate-batch';
import { useBatchStrings } from './strings';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface BatchSummaryProps {
  report: BatchReport;
  /** Shows a sheet in the workbook (Excel only). */
  onGoTo?: (sheet: string) => void;
}

/** What the batch made: the count, and the sheets by name (in Excel, each a way to go there). */
export function BatchSummary({ report, onGoTo }: BatchSummaryProps) {
  const styles = useStyles();
  const { b } = useBatchStrings();
  const names = [...(report.summary ? [report.summary.name] : []), ...report.sheets.map((s) => s.name)];

  return (
    <div className={styles.summary}>
      <MessageBar intent={report.cancelled ? 'warning' : 'success'}>
        <MessageBarBody>
          {report.cancelled ? b.summaryCancelled(report.sheets.length, report.skipped) : b.summaryDone(report.sheets.length, report.summary !== undefined)}
        </MessageBarBody>
      </MessageBar>
      {names.length > 0 && (
        <>
          <Text weight="semibold">{b.sheetsTitle}</Text>
          <ul className={styles.list} aria-label={b.sheetsTitle}>
            {names.map((name) => (
              <li key={name}>
                {onGoTo ? (
                  <Button size="small" appearance="transparent" onClick={() => onGoTo(name)}>
                    {name}
                  </Button>
                ) : (
                  <Caption1>{name}</Caption1>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
