/**
 * 自评/监控: picks a project sheet (any 绩效目标表 the reader can read, or an evaluation sheet made
 * before), lets the user type what is known (执行数, 完成值, reasons) and writes a NEW sheet laid out
 * by the core (`<sheet>-自评` or `<sheet>-监控7月`), with the chart where Excel can draw it. Also
 * 一键汇总 (a sortable summary sheet) and 固化结果 (a copy with PERF formulas as values). The sheet
 * the user picked is never written to. Everything goes through `host.workbook`.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { actualFromInput } from '../../../core/evaluate/actual';
import {
  carriedInputs,
  evaluationLayout,
  evaluationSheetName,
  evaluationSources,
  type EvaluationInputs,
  type EvaluationMode,
  type EvaluationSource,
} from '../../../core/layout/evaluation';
import { evaluationSummaryLayout, findEvaluationSheets, EVALUATION_SUMMARY_SHEET } from '../../../core/layout/evaluation-summary';
import type { CellValue, SheetLayout } from '../../../core/layout/types';
import { parseAddress, parseRange } from '../../../core/layout/a1';
import { DEFAULT_PROFILE_NAME, PROFILE_DEFINITIONS } from '../../../core/score/profiles';
import { fileNameFor, offerDownload as browserDownload } from '../../download';
import type { PaneHost } from '../../host';
import { FORMULA_MODES, type FormulaMode } from '../../../core/portable/mode';
import { useLanguage } from '../../i18n';
import { evaluationStrings, type EvaluationStrings } from './strings';
import { useOpenedFile } from '../opened-file';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  indicator: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  hidden: { display: 'none' },
});

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MONTHS = Array.from({ length: 12 }, (_v, i) => i + 1);

interface Status {
  intent: 'success' | 'error' | 'warning' | 'info';
  say(s: EvaluationStrings): string;
}

interface Form {
  spent: string;
  actuals: string[];
  forecasts: string[];
  reasons: string[];
}

export interface EvaluationPanelProps {
  host: PaneHost;
  /** How bytes leave as a file outside Office (tests replace it). */
  offerDownload?: (bytes: Uint8Array, fileName: string) => void;
}

function shown(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function formOf(source: EvaluationSource, mode: EvaluationMode, month: number): Form {
  const carried = carriedInputs(source, mode, month);
  const n = source.project.indicators.length;
  const list = (values: ReadonlyArray<CellValue | undefined> | undefined): string[] => Array.from({ length: n }, (_v, i) => shown(values?.[i]));
  return { spent: shown(carried.spent), actuals: list(carried.actuals), forecasts: list(carried.forecasts), reasons: list(carried.reasons) };
}

/** What the form says, as cells would hold it (`0.65` a number, `65%` text, blank nothing). */
function inputsOf(form: Form, carried: EvaluationInputs): EvaluationInputs {
  const spent = form.spent.trim() === '' ? null : Number.isFinite(Number(form.spent)) ? Number(form.spent) : form.spent.trim();
  return {
    ...carried,
    spent,
    actuals: form.actuals.map(actualFromInput),
    forecasts: form.forecasts.map(actualFromInput),
    reasons: form.reasons.map((r) => (r.trim() === '' ? null : r)),
  };
}

/** A layout's cached value at a field (the value its formula will show). */
function cached(layout: SheetLayout, key: string): CellValue {
  const address = layout.fields[key];
  if (!address) return null;
  const { row, column } = parseAddress(address);
  for (const block of layout.blocks) {
    const r = parseRange(block.range);
    if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right) return block.values[row - r.top]?.[column - r.left] ?? null;
  }
  return null;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function EvaluationPanel({ host, offerDownload = browserDownload }: EvaluationPanelProps) {
  const styles = useStyles();
  const { lang } = useLanguage();
  const s = evaluationStrings[lang];
  const workbook = host.workbook;
  const uploadId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  const [sheet, setSheet] = useState('');
  const [mode, setMode] = useState<EvaluationMode>('self-evaluation');
  const [month, setMonth] = useState(7);
  const [profile, setProfile] = useState(DEFAULT_PROFILE_NAME);
  const [source, setSource] = useState<EvaluationSource | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  // Outside Office whoever opens the file may not have PerfTable: portable formulas by default (issue 11).
  const [formulas, setFormulas] = useState<FormulaMode>(host.kind === 'standalone' ? 'portable' : 'perf');
  const [freezable, setFreezable] = useState<string[]>([]);
  const [freezeTarget, setFreezeTarget] = useState('');
  const { file: openedFile, opened } = useOpenedFile();
  const fileName = (openedFile.name ?? 'PerfTable').replace(/\.xlsx$/i, '');

  /**
   * The sheets to offer: 绩效目标表 only as sources (not the -自评, -监控, -固化 or 绩效汇总 sheets
   * made from them), and the sheets with PERF formulas (evaluation sheets, 绩效汇总) to freeze.
   */
  async function refresh(made?: string): Promise<void> {
    const grids = await workbook.readGrids();
    const unique = (list: string[]) => list.filter((name, i) => list.indexOf(name) === i);
    const targets = unique(evaluationSources(grids).filter((found) => found.kind === 'target').map((found) => found.sheet));
    const evaluations = unique(findEvaluationSheets(grids).map((entry) => entry.sheet));
    const freezable = [...evaluations, ...grids.map((g) => g.sheet).filter((name) => name.startsWith(EVALUATION_SUMMARY_SHEET))].filter(
      (name) => !name.endsWith('-固化'),
    );
    setNames(targets);
    setSheet((current) => (targets.includes(current) ? current : (targets[0] ?? '')));
    setFreezable(freezable);
    setFreezeTarget((current) => (made && freezable.includes(made) ? made : freezable.includes(current) ? current : (freezable[0] ?? '')));
  }

  useEffect(() => {
    refresh().catch((error: unknown) => setStatus({ intent: 'error', say: (t) => t.failed(reasonOf(error)) }));
    // On mount, and when a file is opened (here or in another panel): later refreshes are the user's.
  }, [openedFile.version]);

  // The chosen sheet, read: its project and what its cells already hold.
  useEffect(() => {
    let live = true;
    setSource(null);
    setForm(null);
    if (sheet === '') return;
    setBusy('load');
    workbook
      .readGrids([sheet])
      .then((grids) => {
        if (!live) return;
        const found = evaluationSources(grids)[0] ?? null;
        setSource(found);
        if (!found) setStatus({ intent: 'warning', say: (t) => t.notATable(sheet) });
        else setStatus(null);
      })
      .catch((error: unknown) => live && setStatus({ intent: 'error', say: (t) => t.failed(reasonOf(error)) }))
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, [sheet, workbook]);

  useEffect(() => {
    if (source) setForm(formOf(source, mode, month));
  }, [source, mode, month]);

  async function act(kind: string, action: () => Promise<Status | null>): Promise<void> {
    if (busy) return;
    setBusy(kind);
    setStatus(null);
    try {
      const outcome = await action();
      if (outcome) setStatus(outcome);
    } catch (error) {
      const reason = reasonOf(error);
      setStatus({ intent: 'error', say: (t) => t.failed(reason) });
    } finally {
      setBusy(null);
    }
  }

  const generate = (): Promise<void> =>
    act('generate', async () => {
      if (!source || !form) return null;
      const inputs = inputsOf(form, carriedInputs(source, mode, month));
      const layout = evaluationLayout(source.project, { mode, month, profile, inputs, formulas, sheetName: evaluationSheetName(source.sheet, mode, month) });
      const fallbacks = layout.portableFallbacks ?? [];
      const report = await workbook.writeLayouts([layout]);
      const name = report.written[0]?.name ?? layout.name;
      await refresh(name);
      const charts = layout.charts ?? [];
      let drawn = false;
      if (charts.length > 0 && workbook.addCharts) {
        await workbook.addCharts(name, charts);
        drawn = true;
      }
      const total = cached(layout, 'total.score');
      const grade = cached(layout, 'total.grade');
      return {
        intent: 'success',
        say: (t) =>
          (charts.length > 0 && !drawn ? t.generatedNoChart(name) : t.generated(name, drawn)) +
          (mode === 'self-evaluation' && typeof total === 'number' ? `；${t.score(total.toFixed(2), String(grade ?? ''))}` : '') +
          (fallbacks.length > 0 ? `；${t.portableFallbacks(fallbacks.length, fallbacks.map((f) => `${f.row}（${f.indicator || f.target}）`).join('、'))}` : ''),
      };
    });

  const summarize = (): Promise<void> =>
    act('summary', async () => {
      const grids = await workbook.readGrids();
      const entries = findEvaluationSheets(grids);
      if (entries.length === 0) return { intent: 'warning', say: (t) => t.summaryNone };
      const report = await workbook.writeLayouts([evaluationSummaryLayout(entries, { name: EVALUATION_SUMMARY_SHEET })]);
      const name = report.written[0]?.name ?? EVALUATION_SUMMARY_SHEET;
      await refresh(name);
      // Projects, not sheets: a project's 自评 and 监控 sheets are one project.
      const projects = new Set(entries.map((entry) => entry.code || entry.name)).size;
      return { intent: 'success', say: (t) => t.summaryDone(name, projects) };
    });

  const freeze = (): Promise<void> =>
    act('freeze', async () => {
      if (!workbook.freezeSheet) return { intent: 'warning', say: (t) => t.freezeUnavailable };
      if (freezeTarget === '') return { intent: 'warning', say: (t) => t.freezeNone };
      const result = await workbook.freezeSheet(freezeTarget);
      await refresh();
      return { intent: 'success', say: (t) => t.freezeDone(result.name, result.replaced) };
    });

  const download = (): Promise<void> =>
    act('download', async () => {
      if (host.kind !== 'standalone') return null;
      offerDownload(await host.workbook.save(), fileNameFor(fileName));
      return null;
    });

  function upload(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || host.kind !== 'standalone') return;
    void act('upload', async () => {
      await host.workbook.open(await file.arrayBuffer());
      opened(file.name);
      await refresh();
      return null;
    });
  }

  const update = (key: 'actuals' | 'forecasts' | 'reasons', index: number, value: string): void =>
    setForm((f) => (f ? { ...f, [key]: f[key].map((v, i) => (i === index ? value : v)) } : f));

  return (
    <section className={styles.panel} aria-label={s.title}>
      <Caption1>{s.intro}</Caption1>
      {host.kind === 'standalone' && (
        <div className={styles.rows}>
          <Caption1>{s.uploadHint}</Caption1>
          <div className={styles.row}>
            <input id={uploadId} ref={fileInput} className={styles.hidden} type="file" accept={XLSX_ACCEPT} onChange={upload} data-testid="evaluation-upload" />
            <Button onClick={() => fileInput.current?.click()} disabled={busy !== null}>
              {s.uploadLabel}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.row}>
        <Field label={s.sheetLabel}>
          <Select value={sheet} onChange={(_e, data) => setSheet(data.value)} aria-label={s.sheetLabel}>
            {names.length === 0 && <option value="">{s.noSheets}</option>}
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="subtle" onClick={() => void act('refresh', async () => (await refresh(), null))} disabled={busy !== null}>
          {s.refresh}
        </Button>
      </div>
      <Field label={s.modeLabel}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_e, data) => setMode(data.value as EvaluationMode)}>
          <Radio value="self-evaluation" label={s.modes['self-evaluation']} />
          <Radio value="monitoring" label={s.modes.monitoring} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {mode === 'monitoring' && (
          <Field label={s.monthLabel}>
            <Select value={String(month)} onChange={(_e, data) => setMonth(Number(data.value))} aria-label={s.monthLabel}>
              {MONTHS.map((m) => (
                <option key={m} value={m}>
                  {s.monthOption(m)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={s.profileLabel}>
          <Select value={profile} onChange={(_e, data) => setProfile(data.value)} aria-label={s.profileLabel}>
            {PROFILE_DEFINITIONS.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}（{p.aliases[0] ?? p.name}）
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {busy === 'load' && <Spinner size="tiny" label={s.loading} />}
      {source && form && (
        <div className={styles.rows}>
          <Field label={s.spentLabel(mode, month)}>
            <Input value={form.spent} inputMode="decimal" onChange={(_e, data) => setForm({ ...form, spent: data.value })} aria-label={s.spentLabel(mode, month)} />
          </Field>
          <Text weight="semibold">{s.indicatorsLabel}</Text>
          {source.project.indicators.map((row, i) => (
            <div key={i} className={styles.indicator} data-testid="evaluation-indicator">
              <Text>
                {row.level3 || row.level2}
                <Caption1> · {s.targetIs(row.target)}</Caption1>
              </Text>
              <div className={styles.row}>
                <Input
                  size="small"
                  value={form.actuals[i] ?? ''}
                  placeholder={s.actualLabel(mode, month)}
                  aria-label={`${row.level3 || row.level2} ${s.actualLabel(mode, month)}`}
                  onChange={(_e, data) => update('actuals', i, data.value)}
                />
                {mode === 'monitoring' && (
                  <Input
                    size="small"
                    value={form.forecasts[i] ?? ''}
                    placeholder={s.forecastLabel}
                    aria-label={`${row.level3 || row.level2} ${s.forecastLabel}`}
                    onChange={(_e, data) => update('forecasts', i, data.value)}
                  />
                )}
                <Input
                  size="small"
                  value={form.reasons[i] ?? ''}
                  placeholder={s.reasonLabel}
                  aria-label={`${row.level3 || row.level2} ${s.reasonLabel}`}
                  onChange={(_e, data) => update('reasons', i, data.value)}
                />
              </div>
            </div>
          ))}
        </div>
      )}
      <Field label={s.formulasLabel}>
        <RadioGroup layout="horizontal" value={formulas} onChange={(_e, data) => setFormulas(data.value as FormulaMode)}>
          {FORMULA_MODES.map((m) => (
            <Radio key={m} value={m} label={s.formulaModes[m]} />
          ))}
        </RadioGroup>
      </Field>
      {freezable.length > 0 && (
        <Field label={s.freezeSheetLabel} hint={s.freezeHint}>
          <Select value={freezeTarget} onChange={(_e, data) => setFreezeTarget(data.value)} aria-label={s.freezeSheetLabel}>
            {freezable.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void generate()} disabled={!source || busy !== null}>
          {busy === 'generate' ? s.generating : s.generate}
        </Button>
        <Button onClick={() => void summarize()} disabled={busy !== null} title={s.summaryHint}>
          {s.summary}
        </Button>
        <Button onClick={() => void freeze()} disabled={busy !== null} title={s.freezeHint}>
          {s.freeze}
        </Button>
        {host.kind === 'standalone' && (
          <Button onClick={() => void download()} disabled={busy !== null || names.length === 0}>
            {s.download}
          </Button>
        )}
      </div>
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.say(s)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
