/**
 * Offers bytes to the user as a file, the way a browser downloads a link: outside Office the pane
 * has no workbook on screen, so what it made leaves as an .xlsx file.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Characters Windows refuses in a file name. */
const FORBIDDEN = /[\\/:*?"<>|]/g;

/** Control characters (below U+0020, and DEL) have no place in a file name. */
function withoutControls(text: string): string {
  return [...text].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f').join('');
}

/** A file name from a project or sheet name: forbidden characters become `_`, and it ends in `extension`. */
export function fileNameFor(base: string, extension = '.xlsx', fallback = 'PerfTable'): string {
  const clean = withoutControls(base).replace(FORBIDDEN, '_').replace(/[. ]+$/, '').trim().slice(0, 120);
  const name = clean === '' ? fallback : clean;
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/** Starts the download of `bytes` as `fileName`. */
export function offerDownload(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the blob when the download starts, after this task: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
