import { useId, useRef } from 'react';
import { Button } from '@fluentui/react-components';
import { useBatchStrings } from './strings';

export interface RegisterUploadProps {
  disabled?: boolean;
  /** The chosen file's name and bytes. */
  onFile(name: string, data: ArrayBuffer): void;
  onError(reason: string): void;
}

/** A file's bytes. FileReader rather than `File.arrayBuffer()`, which older webviews (and jsdom) lack. */
export function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** A button that opens the file picker for a register .xlsx. */
export function RegisterUpload({ disabled, onFile, onError }: RegisterUploadProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { b } = useBatchStrings();
  return (
    <>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={b.upload}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after editing it) is a change too.
          event.target.value = '';
          if (file) {
            readFileBytes(file).then(
              (data) => onFile(file.name, data),
              (error: unknown) => onError(error instanceof Error ? error.message : String(error)),
            );
          }
        }}
      />
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {b.upload}
      </Button>
    </>
  );
}
