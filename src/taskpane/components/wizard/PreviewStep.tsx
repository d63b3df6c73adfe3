import { Caption1 } from '@fluentui/react-components';
import type { SheetLayout } from '../../../core/layout/types';
import type { StepId } from './draft';
import type { FieldFinding } from './findings';
import { FindingsSummary } from './FindingsSummary';
import { LayoutPreview } from './LayoutPreview';
import { useStepStyles } from './step-props';
import { useWizardStrings } from './strings';

export interface PreviewStepProps {
  layout: SheetLayout;
  findings: readonly FieldFinding[];
  onGoTo(step: StepId): void;
}

/** Step 5: the table as it will be written, and everything the checks found. */
export function PreviewStep({ layout, findings, onGoTo }: PreviewStepProps) {
  const styles = useStepStyles();
  const { w } = useWizardStrings();
  return (
    <div className={styles.form}>
      <FindingsSummary findings={findings} onGoTo={onGoTo} />
      <Caption1>{w.previewSheet(layout.name)}</Caption1>
      <LayoutPreview layout={layout} label={w.previewTable} />
    </div>
  );
}
