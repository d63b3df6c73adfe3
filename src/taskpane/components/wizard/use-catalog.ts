import { useEffect, useState } from 'react';
import { BUILTIN_CATALOG, CATALOG_SETTING_KEY, deserializeUserCatalog, mergeCatalog, type Catalog } from '../../../core/project/catalog';
import type { WorkbookActions } from '../../../workbook/port';

/** The built-in 指标库 with the unit's own additions stored in the workbook, once they are read. */
export function useCatalog(workbook: WorkbookActions): Catalog {
  const [catalog, setCatalog] = useState<Catalog>(BUILTIN_CATALOG);
  useEffect(() => {
    let live = true;
    workbook
      .loadSetting(CATALOG_SETTING_KEY)
      .then((text) => {
        const read = text ? deserializeUserCatalog(text) : undefined;
        if (live && read?.ok) setCatalog(mergeCatalog(BUILTIN_CATALOG, read.catalog));
      })
      // Without the unit's additions the built-in catalog still serves; nothing to tell the user.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [workbook]);
  return catalog;
}
