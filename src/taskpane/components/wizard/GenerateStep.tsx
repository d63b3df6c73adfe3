import { useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { SheetLayout } from '../../../core/layout/types';
import { fileNameFor, offerDownload } from '../../download';
import type { PaneHost } from '../../host';
import { useStepStyles } from './step-props';
import { useWizardStrings } from './strings';

type Outcome = { kind: 'idle' } | { kind: 'working' } | { kind: 'written'; sheet: string; layout: SheetLayout } | { kind: 'failed'; reason: string };

export interface GenerateStepProps {
  host: PaneHost;
  layout: SheetLayout;
  /** Errors the checks still report: generating is allowed, the user is told. */
  errors: number;
  /** Called once the sheet is written (the wizard then remembers the unit). */
  onGenerated(sheet: string): void;
  onNextProject(): void;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Step 6: write the sheet; in Excel go to it, outside Office download the workbook. */
export function GenerateStep({ host, layout, errors, onGenerated, onNextProject }: GenerateStepProps) {
  const styles = useStepStyles();
  const { w } = useWizardStrings();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [actionError, setActionError] = useState<string | null>(null);
  const done = outcome.kind === 'written' && outcome.layout === layout;

  async function generate() {
    setOutcome({ kind: 'working' });
    setActionError(null);
    try {
      const report = await host.workbook.writeLayouts([layout]);
      const sheet = report.written[0]?.name ?? layout.name;
      setOutcome({ kind: 'written', sheet, layout });
      onGenerated(sheet);
    } catch (error) {
      setOutcome({ kind: 'failed', reason: reasonOf(error) });
    }
  }

  async function download() {
    if (host.kind !== 'standalone') return;
    setActionError(null);
    try {
      offerDownload(await host.workbook.save(), fileNameFor(outcome.kind === 'written' ? outcome.sheet : layout.name));
    } catch (error) {
      setActionError(reasonOf(error));
    }
  }

  async function goToSheet(sheet: string) {
    setActionError(null);
    try {
      await host.workbook.selectCell(sheet, 'A1');
    } catch (error) {
      setActionError(reasonOf(error));
    }
  }

  return (
    <div className={styles.form}>
      {host.kind === 'standalone' && <Caption1>{w.generateStandaloneHint}</Caption1>}
      {errors > 0 && !done && (
        <MessageBar intent="warning">
          <MessageBarBody>{w.errorsLeft(errors)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={outcome.kind === 'working' || done} onClick={() => void generate()}>
          {outcome.kind === 'working' ? w.generating : w.generate}
        </Button>
        {outcome.kind === 'working' && <Spinner size="tiny" />}
      </div>
      {outcome.kind === 'written' && (
        <MessageBar intent="success">
          <MessageBarBody>{host.kind === 'excel' ? w.generatedInExcel(outcome.sheet) : w.generatedStandalone(outcome.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{w.failed(outcome.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === 'written' && (
        <div className={styles.actions}>
          {host.kind === 'excel' ? (
            <Button onClick={() => void goToSheet(outcome.sheet)}>
              {w.goToSheet}
            </Button>
          ) : (
            <Button appearance="primary" onClick={() => void download()}>
              {w.download}
            </Button>
          )}
          <Button onClick={onNextProject}>{w.nextProject}</Button>
        </div>
      )}
      {actionError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{w.failed(actionError)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
