/**
 * 新建项目: one 预算项目绩效目标表 built step by step (基本信息 → 预算与支出计划 → 绩效目标 → 指标 →
 * 预览 → 生成). The draft lives in a reducer; each render reads it into a Project, asks the core
 * for its findings and shows each next to its field. Generating writes the core's layout through
 * the host's workbook: Excel's, or the in-page one that is then downloaded.
 */
import { useEffect, useId, useMemo, useReducer, useRef } from 'react';
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { projectToLayout } from '../../../core/layout/target-sheet';
import type { PaneHost } from '../../host';
import { BasicInfoStep } from './BasicInfoStep';
import { BudgetStep } from './BudgetStep';
import { STEPS, readDraft, type StepId } from './draft';
import { draftFindings, visibleFindings } from './findings';
import { GenerateStep } from './GenerateStep';
import { GoalsStep } from './GoalsStep';
import { IndicatorsStep } from './IndicatorsStep';
import { PreviewStep } from './PreviewStep';
import { initialWizardState, wizardReducer, type WizardState } from './reducer';
import { useWizardStrings } from './strings';
import { loadRememberedUnit, rememberUnit } from './unit-memory';
import { useCatalog } from './use-catalog';
import { WizardStepper } from './WizardStepper';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  nav: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/**
 * The pane shows one panel at a time and unmounts the others: the draft is kept here, per
 * workbook, so that a visit to 试算 in the middle of a project does not lose it.
 */
const keptDrafts = new WeakMap<object, WizardState>();

export interface NewProjectWizardProps {
  host: PaneHost;
  /** The year a new draft starts with before a remembered one arrives (default: this year). */
  initialYear?: number;
}

export function NewProjectWizard({ host, initialYear = new Date().getFullYear() }: NewProjectWizardProps) {
  const styles = useStyles();
  const headingId = useId();
  const { w } = useWizardStrings();
  const kept = keptDrafts.get(host.workbook);
  const [state, dispatch] = useReducer(wizardReducer, initialYear, (year) => kept ?? initialWizardState(year));
  const { draft, step } = state;
  const catalog = useCatalog(host.workbook);
  const resumed = useRef(kept !== undefined);

  useEffect(() => {
    keptDrafts.set(host.workbook, state);
  }, [host.workbook, state]);

  useEffect(() => {
    // A draft taken up again already has its unit (and maybe a year the user typed).
    if (resumed.current) return;
    let live = true;
    void loadRememberedUnit(host.workbook).then((unit) => {
      if (live && unit) dispatch({ type: 'rememberedUnit', unit });
    });
    return () => {
      live = false;
    };
  }, [host.workbook]);

  const read = useMemo(() => readDraft(draft), [draft]);
  const findings = useMemo(() => draftFindings(read), [read]);
  const shown = useMemo(() => visibleFindings(findings, state.left), [findings, state.left]);
  const errorsByStep = useMemo(() => {
    const counts = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<StepId, number>;
    for (const f of shown) if (f.severity === 'error') counts[f.step] += 1;
    return counts;
  }, [shown]);
  const needsLayout = step === 'preview' || step === 'generate';
  const layout = useMemo(
    () => (needsLayout ? projectToLayout(read.project, { tree: draft.tree, catalog }) : undefined),
    [needsLayout, read, draft.tree, catalog],
  );

  const goTo = (target: StepId) => dispatch({ type: 'goTo', step: target });
  const index = STEPS.indexOf(step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const stepProps = { draft, dispatch, findings: shown };

  function remember() {
    const { unitCode, unitName, year, amountUnit } = read.project;
    void rememberUnit(host.workbook, { unitCode, unitName, year, amountUnit });
  }

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {w.title}
      </Subtitle2>
      <WizardStepper step={step} errors={errorsByStep} onSelect={goTo} />
      {step === 'basic' && <BasicInfoStep {...stepProps} />}
      {step === 'budget' && <BudgetStep {...stepProps} />}
      {step === 'goals' && <GoalsStep {...stepProps} />}
      {step === 'indicators' && <IndicatorsStep {...stepProps} catalog={catalog} project={read.project} />}
      {step === 'preview' && layout && <PreviewStep layout={layout} findings={findings} onGoTo={goTo} />}
      {step === 'generate' && layout && (
        <GenerateStep
          host={host}
          layout={layout}
          errors={findings.filter((f) => f.severity === 'error').length}
          onGenerated={remember}
          onNextProject={() => dispatch({ type: 'nextProject' })}
        />
      )}
      <div className={styles.nav}>
        <Button disabled={!previous} onClick={() => previous && goTo(previous)}>
          {w.back}
        </Button>
        {next && (
          <Button appearance="primary" onClick={() => goTo(next)}>
            {w.next}
          </Button>
        )}
      </div>
    </section>
  );
}
