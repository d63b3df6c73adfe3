import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { STEPS, type StepId } from './draft';
import { useWizardStrings } from './strings';

const useStyles = makeStyles({
  stepper: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  step: { minWidth: '32px', position: 'relative' },
  // A red corner on a step that has errors, so they are seen from any step.
  hasErrors: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: '2px',
      right: '2px',
      width: '7px',
      height: '7px',
      borderRadius: '50%',
      backgroundColor: tokens.colorPaletteRedBackground3,
    },
  },
});

export interface WizardStepperProps {
  step: StepId;
  /** Errors per step, to mark the steps that have some. */
  errors: Record<StepId, number>;
  onSelect(step: StepId): void;
}

/** Numbered step buttons (narrow enough for a task pane) and the current step's name. */
export function WizardStepper({ step, errors, onSelect }: WizardStepperProps) {
  const styles = useStyles();
  const { w } = useWizardStrings();
  const index = STEPS.indexOf(step);

  return (
    <nav className={styles.stepper} aria-label={w.stepper}>
      <div className={styles.buttons}>
        {STEPS.map((id, i) => (
          <Button
            key={id}
            className={mergeClasses(styles.step, errors[id] > 0 && styles.hasErrors)}
            shape="circular"
            size="small"
            appearance={id === step ? 'primary' : 'secondary'}
            aria-current={id === step ? 'step' : undefined}
            aria-label={w.stepButton(i + 1, w.steps[id], errors[id])}
            title={w.steps[id]}
            onClick={() => onSelect(id)}
          >
            {i + 1}
          </Button>
        ))}
      </div>
      <Text weight="semibold">{w.stepOf(index + 1, STEPS.length, w.steps[step])}</Text>
    </nav>
  );
}
