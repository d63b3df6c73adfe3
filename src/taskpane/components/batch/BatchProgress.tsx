import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { labelColon, useLanguage } from '../../i18n';
import { useBatchStrings } from './strings';

const useStyles = makeStyles({
  progress: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, '& > :first-child': { flexGrow: 1 } },
});

export interface BatchProgressProps {
  done: number;
  total: number;
  /** The sheet written last. */
  sheet?: string;
  cancelling: boolean;
  onCancel(): void;
}

/** A bar with the count done, and Cancel (what is finished stays). */
export function BatchProgress({ done, total, sheet, cancelling, onCancel }: BatchProgressProps) {
  const styles = useStyles();
  const { b } = useBatchStrings();
  const { lang } = useLanguage();
  const text = sheet ? `${b.progress(done, total)}${labelColon[lang]}${sheet}` : b.progress(done, total);
  return (
    <div className={styles.progress}>
      <Field label={b.progressLabel} validationMessage={text} validationState="none">
        <ProgressBar value={total > 0 ? done / total : 0} thickness="large" />
      </Field>
      <Button onClick={onCancel} disabled={cancelling}>
        {cancelling ? b.cancelling : b.cancel}
      </Button>
    </div>
  );
}
