/**
 * 检查: checks the active sheet, every sheet or the register with the core's checker, lists the
 * findings by severity (a click goes to the cell), compares a second pass with the first, and
 * annotates the workbook: highlights that one button removes again, and a 检查结果 sheet. Outside
 * Office the workbook is an uploaded .xlsx held in the page, and leaves annotated as a download.
 * Everything goes through `host.workbook`; nothing here knows Office.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FINDINGS_SHEET, findingsSheetLayout } from '../../../core/layout/findings-sheet';
import {
  checkScope,
  comparePasses,
  groupBySeverity,
  marksFor,
  type CheckPass,
  type CheckScope,
  type PassComparison,
} from '../../check-session';
import { fileNameFor, offerDownload as browserDownload } from '../../download';
import type { PaneHost } from '../../host';
import { useLanguage } from '../../i18n';
import { FindingsList, type ListedFinding } from './FindingsList';
import type { RowNote } from './FindingRow';
import { PassComparisonView } from './PassComparisonView';
import { ScopePicker } from './ScopePicker';
import { checkStrings, type CheckStrings } from './strings';
import { useOpenedFile } from '../opened-file';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hidden: { display: 'none' },
});

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Busy = 'check' | 'mark' | 'clear' | 'sheet' | 'upload' | 'download';

/** A message kept as a function of the strings, so that it follows the language switch. */
interface Status {
  intent: 'success' | 'error' | 'warning' | 'info';
  say(s: CheckStrings): string;
}

interface Session {
  /** Counts passes, so that lists opened for one pass start afresh for the next. */
  id: number;
  pass: CheckPass;
  listed: ListedFinding[];
  comparison: PassComparison | null;
  /** The 检查结果 sheet written for this pass (a download reuses it instead of adding another). */
  sheet?: string;
}

export interface CheckPanelProps {
  host: PaneHost;
  /** How bytes leave as a file outside Office (tests replace it). */
  offerDownload?: (bytes: Uint8Array, fileName: string) => void;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `预算表.xlsx` → `预算表`. */
function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, '');
}

export function CheckPanel({ host, offerDownload = browserDownload }: CheckPanelProps) {
  const styles = useStyles();
  const { lang } = useLanguage();
  const s = checkStrings[lang];
  const uploadId = useId();
  const workbook = host.workbook;
  const standalone = host.kind === 'standalone';

  const [scope, setScope] = useState<CheckScope>(standalone ? 'all' : 'active');
  const [session, setSession] = useState<Session | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [note, setNote] = useState<RowNote | null>(null);
  const { file: openedFile, opened } = useOpenedFile();
  const fileName = openedFile.name;
  /** The file version this panel's findings belong to. */
  const checkedVersion = useRef(openedFile.version);
  /** The pass a new one is compared with; a ref, because it is read right after an await. */
  const previous = useRef<CheckPass | null>(null);
  const passes = useRef(0);
  /** Set at once (state only after a render), so a double click does not start two actions. */
  const running = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Another panel opened another file: what was found here belongs to the old one.
  useEffect(() => {
    if (openedFile.version === checkedVersion.current) return;
    checkedVersion.current = openedFile.version;
    previous.current = null;
    setSession(null);
    setStatus(null);
    setNote(null);
  }, [openedFile.version]);

  async function runCheck(which: CheckScope): Promise<void> {
    setNote(null);
    const pass = await checkScope(workbook, which);
    if (pass.sheets.length === 0) {
      setSession(null);
      setStatus({ intent: 'warning', say: (t) => (which === 'register' ? t.noRegister : t.noSheets) });
      return;
    }
    const comparison = comparePasses(previous.current, pass);
    previous.current = pass;
    passes.current += 1;
    const listed = pass.findings.map((f, index): ListedFinding => ({ ...f, index, ...(comparison ? { status: comparison.statuses[index] } : {}) }));
    setSession({ id: passes.current, pass, listed, comparison });
    setStatus(pass.findings.length === 0 ? { intent: 'success', say: (t) => t.noFindings } : null);
  }

  /** Runs one action at a time; its outcome (or failure) becomes the status line. */
  async function act(kind: Busy, action: () => Promise<Status | null>, failed: (reason: string) => Status): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setStatus(null);
    try {
      const outcome = await action();
      if (outcome) setStatus(outcome);
    } catch (error) {
      const reason = reasonOf(error);
      setStatus(failed(reason));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  const actionFailed = (reason: string): Status => ({ intent: 'error', say: (t) => t.actionFailed(reason) });

  function check(): void {
    void act(
      'check',
      async () => {
        await runCheck(scope);
        return null;
      },
      (reason) => ({ intent: 'error', say: (t) => t.checkFailed(reason) }),
    );
  }

  /** Highlights the cells of the current pass; earlier highlights are removed first, so they match it. */
  async function markCurrent(current: Session): Promise<number> {
    const marks = marksFor(current.pass.findings);
    await workbook.clearMarks();
    await workbook.markCells(marks);
    return marks.length;
  }

  async function writeSheet(current: Session): Promise<string> {
    const report = await workbook.writeLayouts([findingsSheetLayout(current.pass.findings)]);
    const name = report.written[0]?.name ?? FINDINGS_SHEET;
    setSession((now) => (now && now.id === current.id ? { ...now, sheet: name } : now));
    return name;
  }

  function mark(): void {
    if (!session) return;
    const current = session;
    void act('mark', async () => {
      const count = await markCurrent(current);
      return { intent: 'success', say: (t) => t.marked(count) };
    }, actionFailed);
  }

  function clear(): void {
    void act('clear', async () => {
      await workbook.clearMarks();
      return { intent: 'success', say: (t) => t.cleared };
    }, actionFailed);
  }

  function addSheet(): void {
    if (!session) return;
    const current = session;
    void act('sheet', async () => {
      const name = await writeSheet(current);
      // Inside Excel, show the new sheet; outside there is nothing on screen to move.
      if (!standalone) await workbook.selectCell(name, 'A1').catch(() => undefined);
      return { intent: 'success', say: (t) => t.sheetWritten(name) };
    }, actionFailed);
  }

  function download(): void {
    if (host.kind !== 'standalone' || !session) return;
    const current = session;
    const fileWorkbook = host.workbook;
    void act('download', async () => {
      await markCurrent(current);
      if (!current.sheet) await writeSheet(current);
      const bytes = await fileWorkbook.save();
      const name = fileNameFor(`${baseName(fileName ?? s.defaultFileName)}${s.annotatedSuffix}`);
      offerDownload(bytes, name);
      return { intent: 'success', say: (t) => t.downloaded(name) };
    }, actionFailed);
  }

  function upload(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (!file || host.kind !== 'standalone') return;
    const fileWorkbook = host.workbook;
    void act(
      'upload',
      async () => {
        try {
          await fileWorkbook.open(await file.arrayBuffer());
        } catch (error) {
          const reason = reasonOf(error);
          return { intent: 'error', say: (t) => t.openFailed(file.name, reason) };
        }
        // Opened here: this panel's next pass is for it (the reset above is for other panels' files).
        checkedVersion.current = openedFile.version + 1;
        opened(file.name);
        // Another workbook: nothing to compare with.
        previous.current = null;
        setSession(null);
        await runCheck(scope);
        return null;
      },
      (reason) => ({ intent: 'error', say: (t) => t.checkFailed(reason) }),
    );
  }

  function select(finding: ListedFinding): void {
    const where = { index: finding.index };
    setNote(null);
    workbook.selectCell(finding.sheet, finding.cell === '' ? 'A1' : finding.cell).then(
      () => setNote({ ...where, kind: standalone ? 'standalone' : 'selected' }),
      (error: unknown) => setNote({ ...where, kind: 'failed', reason: reasonOf(error) }),
    );
  }

  const counts = session ? groupBySeverity(session.pass.findings) : null;
  const hasFindings = (session?.pass.findings.length ?? 0) > 0;
  // The form families the tables were read as (core/read/families), as the findings name them.
  const families = [...new Set((session?.pass.findings ?? []).flatMap((f) => (f.family ? [f.family] : [])))];

  return (
    <section className={styles.panel} aria-label={s.title}>
      {standalone && (
        <div className={styles.section}>
          <Caption1>{s.fileNotice}</Caption1>
          <div className={styles.row}>
            <input
              id={uploadId}
              ref={fileInput}
              className={styles.hidden}
              type="file"
              accept={XLSX_ACCEPT}
              aria-label={s.upload}
              onChange={upload}
            />
            <Button disabled={busy !== null} onClick={() => fileInput.current?.click()}>
              {busy === 'upload' ? s.uploading : s.upload}
            </Button>
            {fileName && <Caption1>{s.opened(fileName)}</Caption1>}
          </div>
        </div>
      )}

      <ScopePicker scope={scope} onChange={setScope} disabled={busy !== null} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy !== null} onClick={check}>
          {s.check}
        </Button>
        {(busy === 'check' || busy === 'upload') && <Spinner size="tiny" label={s.checking} />}
      </div>

      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.say(s)}</MessageBarBody>
        </MessageBar>
      )}

      {session && counts && (
        <div className={styles.section}>
          <div className={styles.summary}>
            <Caption1>{s.checkedSheets(session.pass.sheets)}</Caption1>
            {families.length > 0 && <Caption1>{s.readAs(families)}</Caption1>}
            {hasFindings && (
              <Text weight="semibold">
                {s.total(session.pass.findings.length, { error: counts.error.length, warning: counts.warning.length, info: counts.info.length })}
              </Text>
            )}
          </div>
          {session.comparison && <PassComparisonView key={`comparison-${session.id}`} comparison={session.comparison} />}
          {hasFindings && <FindingsList key={`findings-${session.id}`} findings={session.listed} onSelect={select} note={note} />}
        </div>
      )}

      <div className={styles.section}>
        <Caption1 as="h3">{s.marksTitle}</Caption1>
        <div className={styles.row}>
          <Button disabled={busy !== null || !hasFindings} title={hasFindings ? undefined : s.needFindings} onClick={mark}>
            {busy === 'mark' ? s.working : s.markCells}
          </Button>
          <Button disabled={busy !== null} onClick={clear}>
            {busy === 'clear' ? s.working : s.clearMarks}
          </Button>
          <Button disabled={busy !== null || !session} onClick={addSheet}>
            {busy === 'sheet' ? s.working : s.writeSheet}
          </Button>
        </div>
        {standalone && (
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy !== null || !session} onClick={download}>
              {busy === 'download' ? s.working : s.download}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
