import type { Dispatch } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { WizardDraft } from './draft';
import type { FieldFinding } from './findings';
import type { WizardAction } from './reducer';

/** What every editing step gets: the draft, how to change it, and the findings it may show. */
export interface StepProps {
  draft: WizardDraft;
  dispatch: Dispatch<WizardAction>;
  findings: readonly FieldFinding[];
}

/** The form layout the steps share: fields stacked, pairs side by side where the pane is wide enough. */
export const useStepStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '& > *': { flex: '1 1 9em', minWidth: 0 },
    // An <input> is 20 characters wide by default, which sets the least width of its Field:
    // from zero, it grows (flex) to the width its Field gets.
    '& input': { minWidth: 0, width: 0 },
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});
