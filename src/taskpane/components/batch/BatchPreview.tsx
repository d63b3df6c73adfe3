import { useState } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetLayout } from '../../../core/layout/types';
import { LayoutPreview } from '../wizard/LayoutPreview';
import { useBatchStrings } from './strings';

const useStyles = makeStyles({ preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export interface BatchPreviewProps {
  /** The sheets written, the summary first. */
  layouts: readonly SheetLayout[];
}

/** Pick one of the generated sheets and see it (outside Office there is no grid on screen). */
export function BatchPreview({ layouts }: BatchPreviewProps) {
  const styles = useStyles();
  const { b } = useBatchStrings();
  const [name, setName] = useState(layouts[0]?.name ?? '');
  const layout = layouts.find((l) => l.name === name) ?? layouts[0];
  if (!layout) return null;

  return (
    <div className={styles.preview}>
      <Field label={b.previewSheet}>
        <Select value={layout.name} onChange={(_, data) => setName(data.value)}>
          {layouts.map((l) => (
            <option key={l.name} value={l.name}>
              {l.name}
            </option>
          ))}
        </Select>
      </Field>
      <LayoutPreview layout={layout} label={b.previewTable} />
    </div>
  );
}
