import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { applyTemplate, level1sOf, level2sOf, templatesFor, type Catalog, type TreeId } from '../../../core/project/catalog';
import type { IndicatorRow, Project } from '../../../core/project/types';
import { useWizardStrings } from './strings';

const useStyles = makeStyles({
  picker: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    '& > *': { flex: '1 1 8em', minWidth: 0 },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CatalogPickerProps {
  catalog: Catalog;
  tree: TreeId;
  /** For a template's `{budget}` and `{year}`. */
  project: Pick<Project, 'budget' | 'year' | 'amountUnit'>;
  /** `tree`: a template, placed in the tree's order; `end`: a blank row, placed last where the user looks. */
  onAdd(rows: IndicatorRow[], placement: 'tree' | 'end'): void;
}

/** 一级 → 二级 → template, then add the template as a row, or a blank row under the chosen 一级 and 二级. */
export function CatalogPicker({ catalog, tree, project, onAdd }: CatalogPickerProps) {
  const styles = useStyles();
  const { w } = useWizardStrings();
  const level1s = useMemo(() => level1sOf(tree, catalog), [tree, catalog]);
  const [level1, setLevel1] = useState(level1s[0] ?? '');
  const level2s = useMemo(() => level2sOf(level1, { tree, catalog }), [level1, tree, catalog]);
  const [level2, setLevel2] = useState(level2s[0] ?? '');
  const templates = useMemo(() => templatesFor(level1, level2, catalog), [level1, level2, catalog]);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');

  // A choice the new tree or 一级 does not have falls back to the first one there is.
  useEffect(() => {
    if (!level1s.includes(level1)) setLevel1(level1s[0] ?? '');
  }, [level1s, level1]);
  useEffect(() => {
    if (!level2s.includes(level2)) setLevel2(level2s[0] ?? '');
  }, [level2s, level2]);
  useEffect(() => {
    if (!templates.some((t) => t.id === templateId)) setTemplateId(templates[0]?.id ?? '');
  }, [templates, templateId]);

  const template = templates.find((t) => t.id === templateId);

  return (
    <div className={styles.picker} role="group" aria-label={w.catalog}>
      <Text weight="semibold">{w.catalog}</Text>
      <div className={styles.row}>
        <Field label={w.level1}>
          <Select value={level1} onChange={(_, data) => setLevel1(data.value)}>
            {level1s.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
        <Field label={w.level2}>
          <Select value={level2} onChange={(_, data) => setLevel2(data.value)}>
            {level2s.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={w.template}>
        <Select value={templateId} onChange={(_, data) => setTemplateId(data.value)} disabled={templates.length === 0}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {`${t.level3}（${applyTemplate(t, project).target}）`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" disabled={!template} onClick={() => template && onAdd([applyTemplate(template, project)], 'tree')}>
          {w.addTemplate}
        </Button>
        <Button size="small" onClick={() => onAdd([{ level1, level2, level3: '', description: '', target: '', basis: '' }], 'end')}>
          {w.addBlank}
        </Button>
      </div>
    </div>
  );
}
