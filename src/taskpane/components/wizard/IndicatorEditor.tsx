import { memo, useId, type Dispatch } from 'react';
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { level2sOf, type Catalog } from '../../../core/project/catalog';
import type { IndicatorRow } from '../../../core/project/types';
import type { DraftIndicator } from './draft';
import { fieldValidation } from './field-validation';
import { findingsFor, type FieldFinding } from './findings';
import type { WizardAction } from './reducer';
import { useWizardStrings } from './strings';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  title: { flexGrow: 1 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    '& > *': { flex: '1 1 8em', minWidth: 0 },
    // An <input> is 20 characters wide by default, which sets the least width of its Field:
    // from zero, it grows (flex) to the width its Field gets.
    '& input': { minWidth: 0, width: 0 },
  },
});

export interface IndicatorEditorProps {
  row: DraftIndicator;
  /** 0-based position in the table. */
  index: number;
  count: number;
  catalog: Catalog;
  /** The id of the datalist of 一级 names. */
  level1ListId: string;
  /** This row's findings (fields `indicators.<index>.…`). */
  findings: readonly FieldFinding[];
  dispatch: Dispatch<WizardAction>;
}

/** Same findings, in the same words: a row whose findings did not change need not render again. */
function sameFindings(a: readonly FieldFinding[], b: readonly FieldFinding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.field === b[i]?.field && f.code === b[i]?.code && f.message === b[i]?.message);
}

/**
 * One indicator row, every cell editable, with its findings under each cell. Memoised: typing in
 * one row of a long table renders that row, not all of them.
 */
export const IndicatorEditor = memo(IndicatorEditorRow, (before, after) => {
  const { findings: a, ...restBefore } = before;
  const { findings: b, ...restAfter } = after;
  return sameFindings(a, b) && (Object.keys(restBefore) as Array<keyof typeof restBefore>).every((key) => restBefore[key] === restAfter[key]);
});

function IndicatorEditorRow({ row, index, count, catalog, level1ListId, findings, dispatch }: IndicatorEditorProps) {
  const styles = useStyles();
  const { lang, w } = useWizardStrings();
  const level2ListId = useId();
  const n = index + 1;
  const validation = (key: keyof IndicatorRow) => fieldValidation(findingsFor(findings, `indicators.${index}.${key}`), lang);
  const input = (key: keyof IndicatorRow) => ({
    value: row[key],
    onChange: (_: unknown, data: { value: string }) => dispatch({ type: 'editIndicator', id: row.id, patch: { [key]: data.value } }),
  });
  const move = (by: -1 | 1) => dispatch({ type: 'moveIndicator', id: row.id, by });

  return (
    <div className={styles.card} role="group" aria-label={w.indicator(n)}>
      <div className={styles.header}>
        <Text className={styles.title} weight="semibold">
          {w.indicator(n)}
        </Text>
        <Button size="small" appearance="subtle" aria-label={w.moveUp(n)} title={w.moveUp(n)} disabled={index === 0} onClick={() => move(-1)}>
          ↑
        </Button>
        <Button size="small" appearance="subtle" aria-label={w.moveDown(n)} title={w.moveDown(n)} disabled={index === count - 1} onClick={() => move(1)}>
          ↓
        </Button>
        <Button size="small" appearance="subtle" aria-label={w.remove(n)} title={w.remove(n)} onClick={() => dispatch({ type: 'removeIndicator', id: row.id })}>
          ✕
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={w.level1} size="small" {...validation('level1')}>
          <Input {...input('level1')} list={level1ListId} />
        </Field>
        <Field label={w.level2} size="small" {...validation('level2')}>
          <Input {...input('level2')} list={level2ListId} />
        </Field>
        <datalist id={level2ListId}>
          {level2sOf(row.level1, { catalog }).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <Field label={w.level3} size="small" {...validation('level3')}>
        <Input {...input('level3')} />
      </Field>
      <Field label={w.description} size="small" {...validation('description')}>
        <Input {...input('description')} />
      </Field>
      <Field label={w.target} size="small" {...validation('target')}>
        <Input {...input('target')} placeholder={w.targetPlaceholder} />
      </Field>
      <Field label={w.basis} size="small" {...validation('basis')}>
        <Input {...input('basis')} />
      </Field>
    </div>
  );
}
