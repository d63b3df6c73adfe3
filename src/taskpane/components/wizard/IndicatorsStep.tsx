import { useId } from 'react';
import { Button, Caption1, Field, Select } from '@fluentui/react-components';
import { defaultIndicators, level1sOf, type Catalog, type TreeId } from '../../../core/project/catalog';
import type { Project } from '../../../core/project/types';
import { CatalogPicker } from './CatalogPicker';
import { fieldValidation } from './field-validation';
import { findingsFor } from './findings';
import { IndicatorEditor } from './IndicatorEditor';
import { useStepStyles, type StepProps } from './step-props';
import { useWizardStrings } from './strings';

export interface IndicatorsStepProps extends StepProps {
  catalog: Catalog;
  /** The project as read so far: templates fill in its 预算数 and year. */
  project: Project;
}

/** Step 4: the indicator table, built from the catalog and edited row by row. */
export function IndicatorsStep({ draft, dispatch, findings, catalog, project }: IndicatorsStepProps) {
  const styles = useStepStyles();
  const { lang, w } = useWizardStrings();
  const level1ListId = useId();
  const tableWide = fieldValidation(findingsFor(findings, 'indicators'), lang);

  return (
    <div className={styles.form}>
      <Field label={w.tree}>
        <Select value={draft.tree} onChange={(_, data) => dispatch({ type: 'tree', tree: data.value as TreeId })}>
          {catalog.trees.map((tree) => (
            <option key={tree.id} value={tree.id}>
              {tree.label}
            </option>
          ))}
        </Select>
      </Field>
      <CatalogPicker catalog={catalog} tree={draft.tree} project={project} onAdd={(rows, placement) => dispatch({ type: 'addIndicators', rows, ...(placement === 'tree' ? { inTreeOrder: catalog } : {}) })} />
      <div className={styles.actions}>
        <Button size="small" onClick={() => dispatch({ type: 'addIndicators', rows: defaultIndicators(project, { tree: draft.tree, catalog }), inTreeOrder: catalog })}>
          {w.addDefaults}
        </Button>
      </div>
      {tableWide.validationMessage !== undefined && <Field validationState={tableWide.validationState} validationMessage={tableWide.validationMessage} />}
      {draft.indicators.length === 0 && <Caption1>{w.noIndicators}</Caption1>}
      <datalist id={level1ListId}>
        {level1sOf(draft.tree, catalog).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {draft.indicators.map((row, index) => (
        <IndicatorEditor
          key={row.id}
          row={row}
          index={index}
          count={draft.indicators.length}
          catalog={catalog}
          level1ListId={level1ListId}
          findings={findings.filter((f) => f.field.startsWith(`indicators.${index}.`))}
          dispatch={dispatch}
        />
      ))}
    </div>
  );
}
