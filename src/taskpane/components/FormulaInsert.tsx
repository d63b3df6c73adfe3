import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookActions } from '../../workbook/port';
import { useLanguage } from '../i18n';

const useStyles = makeStyles({
  formula: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
  formulaField: { alignSelf: 'stretch' },
  formulaText: { fontFamily: tokens.fontFamilyMonospace },
});

/** Each status belongs to the formula it was for, so editing the inputs clears it. */
type InsertStatus =
  | { kind: 'writing'; formula: string }
  | { kind: 'written'; formula: string; address: string }
  | { kind: 'failed'; formula: string; reason: string };

export interface FormulaInsertProps {
  /** Null while there is nothing sensible to insert. */
  formula: string | null;
  workbook?: WorkbookActions;
}

/** The `=PERF.EVAL(…)` text, copyable everywhere, and a button that writes it into the selected cell in Excel. */
export function FormulaInsert({ formula, workbook }: FormulaInsertProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const [status, setStatus] = useState<InsertStatus | null>(null);
  const current = status && status.formula === formula ? status : null;
  const blockedBecause = !workbook ? t.insertNeedsExcel : formula === null ? t.insertNeedsInput : null;

  async function insert() {
    if (!workbook || formula === null) return;
    setStatus({ kind: 'writing', formula });
    try {
      const { address } = await workbook.insertFormula(formula);
      setStatus({ kind: 'written', formula, address });
    } catch (error) {
      setStatus({ kind: 'failed', formula, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  const button = (
    <Button
      appearance="primary"
      // disabledFocusable rather than disabled: the button stays focusable so its tooltip can say why.
      disabledFocusable={blockedBecause !== null || current?.kind === 'writing'}
      onClick={() => void insert()}
    >
      {current?.kind === 'writing' ? t.inserting : t.insertFormula}
    </Button>
  );

  return (
    <div className={styles.formula}>
      <Field label={t.formulaLabel} className={styles.formulaField}>
        <Input
          readOnly
          input={{ className: styles.formulaText }}
          value={formula ?? ''}
          placeholder={t.formulaPlaceholder}
          onFocus={(event) => event.currentTarget.select()}
        />
      </Field>
      {/* Always wrapped, so the button is not remounted when it becomes usable. */}
      <Tooltip content={blockedBecause ?? t.insertHint} relationship="description">
        {button}
      </Tooltip>
      {current?.kind === 'written' && (
        <MessageBar intent="success">
          <MessageBarBody>{t.insertedAt(current.address)}</MessageBarBody>
        </MessageBar>
      )}
      {current?.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t.insertFailed(current.reason)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
