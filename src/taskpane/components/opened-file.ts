/**
 * Which file the page holds outside Office. The panels share one workbook (`host.workbook`), so
 * they share its name too: a file opened in 自评/监控 is the file 检查 then checks and names its
 * download after. `version` changes with every file opened, so a panel can drop what it found in
 * the previous one.
 */
import { createContext, useContext, useMemo, useState } from 'react';

export interface OpenedFile {
  name: string | null;
  version: number;
}

export interface OpenedFileState {
  file: OpenedFile;
  opened(name: string): void;
}

export const OpenedFileContext = createContext<OpenedFileState | null>(null);

/** The state App provides; also the fallback of a panel rendered on its own (tests). */
export function useOpenedFileState(): OpenedFileState {
  const [file, setFile] = useState<OpenedFile>({ name: null, version: 0 });
  return useMemo(() => ({ file, opened: (name: string) => setFile((f) => ({ name, version: f.version + 1 })) }), [file]);
}

export function useOpenedFile(): OpenedFileState {
  const shared = useContext(OpenedFileContext);
  const own = useOpenedFileState();
  return shared ?? own;
}
