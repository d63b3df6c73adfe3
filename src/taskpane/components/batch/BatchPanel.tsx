/**
 * 批量生成: a register (项目清单, or the sheet the user is on) → one 绩效目标表 per project and a 汇总
 * sheet, with progress, Cancel and a summary. Outside Office the register is an uploaded .xlsx,
 * the sheets are made in the page's workbook, previewed here and downloaded.
 */
import { useOpenedFile } from '../opened-file';
import { useId, useRef, useState } from 'react';
import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { registerLayouts } from '../../../core/layout/register-sheet';
import { REGISTER_SHEET } from '../../../core/read/register';
import { fileNameFor, offerDownload } from '../../download';
import type { PaneHost } from '../../host';
import { useCatalog } from '../wizard/use-catalog';
import { BatchPreview } from './BatchPreview';
import { BatchProgress } from './BatchProgress';
import { BatchSummary } from './BatchSummary';
import { generateBatch, type BatchReport } from './generate-batch';
import { ReadFindingList } from './ReadFindingList';
import { readRegisterSource, type RegisterSource } from './register-source';
import { RegisterUpload } from './RegisterUpload';
import { useBatchStrings } from './strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface BatchPanelProps {
  host: PaneHost;
}

type Busy = 'reading' | 'template' | 'generating' | null;

interface Notice {
  intent: 'success' | 'warning' | 'info';
  text: string;
  /** Outside Office, a template just inserted can be downloaded to fill in. */
  offerTemplateDownload?: boolean;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function BatchPanel({ host }: BatchPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const { b } = useBatchStrings();
  const catalog = useCatalog(host.workbook);
  const [busy, setBusy] = useState<Busy>(null);
  const [source, setSource] = useState<RegisterSource | null>(null);
  const { file: openedFile, opened } = useOpenedFile();
  const fileName = openedFile.name;
  const [withSummary, setWithSummary] = useState(true);
  const [progress, setProgress] = useState<{ done: number; total: number; sheet?: string }>({ done: 0, total: 0 });
  const [cancelling, setCancelling] = useState(false);
  const cancelled = useRef(false);
  const [report, setReport] = useState<BatchReport | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inExcel = host.kind === 'excel';

  /** Runs one user action: one at a time, its failure shown, never thrown into React. */
  async function run(kind: Exclude<Busy, null>, action: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(reasonOf(caught));
    } finally {
      setBusy(null);
    }
  }

  const readSource = () =>
    run('reading', async () => {
      setReport(null);
      setNotice(null);
      setSource(await readRegisterSource(host.workbook, catalog));
    });

  const upload = (name: string, data: ArrayBuffer) =>
    run('reading', async () => {
      if (host.kind !== 'standalone') return;
      setReport(null);
      setNotice(null);
      setSource(null);
      await host.workbook.open(data);
      opened(name);
      setNotice({ intent: 'info', text: b.uploaded(name) });
      setSource(await readRegisterSource(host.workbook, catalog));
    });

  const insertTemplate = () =>
    run('template', async () => {
      setNotice(null);
      if ((await host.workbook.sheetNames()).includes(REGISTER_SHEET)) {
        setNotice({ intent: 'warning', text: b.templateExists(REGISTER_SHEET) });
        return;
      }
      const written = await host.workbook.writeLayouts(registerLayouts([], { catalog }));
      const names = written.written.map((w) => `「${w.name}」`).join('');
      if (inExcel) {
        setNotice({ intent: 'success', text: b.templateInserted(names) });
        const register = written.written[0]?.name;
        if (register) await host.workbook.selectCell(register, 'A2');
      } else {
        setNotice({ intent: 'success', text: b.templateInsertedStandalone(names), offerTemplateDownload: true });
      }
    });

  const generate = () =>
    run('generating', async () => {
      if (!source) return;
      const projects = source.result.projects.map((entry) => entry.project);
      cancelled.current = false;
      setCancelling(false);
      setReport(null);
      setProgress({ done: 0, total: projects.length + (withSummary ? 1 : 0) });
      setReport(
        await generateBatch(host.workbook, projects, {
          summary: withSummary,
          catalog,
          onProgress: (done, total, sheet) => setProgress({ done, total, sheet }),
          isCancelled: () => cancelled.current,
        }),
      );
    });

  const cancel = () => {
    cancelled.current = true;
    setCancelling(true);
  };

  async function download(base: string) {
    if (host.kind !== 'standalone') return;
    setError(null);
    try {
      offerDownload(await host.workbook.save(), fileNameFor(base));
    } catch (caught) {
      setError(reasonOf(caught));
    }
  }

  async function goTo(sheet: string, cell: string) {
    setError(null);
    try {
      await host.workbook.selectCell(sheet, cell);
    } catch (caught) {
      setError(reasonOf(caught));
    }
  }

  const projectCount = source?.result.projects.length ?? 0;
  const generatedBase = fileName ? `${fileName.replace(/\.xlsx$/i, '')}-绩效目标表` : '绩效目标表';

  return (
    <section className={styles.panel} aria-labelledby={headingId} aria-busy={busy !== null}>
      <Subtitle2 as="h2" id={headingId}>
        {b.title}
      </Subtitle2>
      <Caption1>{b.intro}</Caption1>
      {!inExcel && <Caption1>{b.standaloneHint}</Caption1>}

      <div className={styles.actions}>
        {host.kind === 'standalone' ? (
          <RegisterUpload disabled={busy !== null} onFile={(name, data) => void upload(name, data)} onError={setError} />
        ) : (
          <Button appearance="primary" disabled={busy !== null} onClick={() => void readSource()}>
            {b.readRegister}
          </Button>
        )}
        <Button disabled={busy !== null} onClick={() => void insertTemplate()}>
          {b.insertTemplate}
        </Button>
        {(busy === 'reading' || busy === 'template') && <Spinner size="tiny" label={busy === 'reading' ? b.reading : undefined} />}
      </div>

      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {notice?.offerTemplateDownload && (
        <div className={styles.actions}>
          <Button onClick={() => void download('项目清单模板')}>{b.downloadTemplate}</Button>
        </div>
      )}
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{b.failed(error)}</MessageBarBody>
        </MessageBar>
      )}

      {source && (
        <>
          <Caption1>
            {source.fromActiveSheet ? b.sourceActive(source.sheet, projectCount) : b.sourceSheet(source.sheet, projectCount)}
            {source.indicatorSheet ? `；${b.indicatorSheet(source.indicatorSheet)}` : ''}
          </Caption1>
          <ReadFindingList findings={source.result.findings} onGoTo={inExcel ? (sheet, cell) => void goTo(sheet, cell) : undefined} />
          {projectCount === 0 ? (
            <Caption1>{b.noProjects}</Caption1>
          ) : (
            <div className={styles.actions}>
              <Checkbox label={b.withSummary} checked={withSummary} disabled={busy !== null} onChange={(_, data) => setWithSummary(data.checked === true)} />
              <Button appearance="primary" disabled={busy !== null} onClick={() => void generate()}>
                {b.generate(projectCount + (withSummary ? 1 : 0))}
              </Button>
            </div>
          )}
        </>
      )}

      {busy === 'generating' && <BatchProgress done={progress.done} total={progress.total} sheet={progress.sheet} cancelling={cancelling} onCancel={cancel} />}

      {report && (
        <>
          <BatchSummary report={report} onGoTo={inExcel ? (sheet) => void goTo(sheet, 'A1') : undefined} />
          {host.kind === 'standalone' && (
            <>
              <div className={styles.actions}>
                <Button appearance="primary" onClick={() => void download(generatedBase)}>
                  {b.download}
                </Button>
              </div>
              <BatchPreview key={report.sheets.map((s) => s.name).join('\u0000')} layouts={[...(report.summary ? [report.summary] : []), ...report.sheets]} />
            </>
          )}
        </>
      )}
    </section>
  );
}
