/**
 * What PerfTable agrees to read from one file, as data: every reader checks these before the work
 * they bound (a zip's declared sizes before inflating, a merged area's size before using it), and a
 * file over a limit gets a finding or an error that names the limit, never a hang or a crash.
 * Excel's own limits (rows, columns) are here too, so a reader never trusts a file beyond them.
 */
export const READ_LIMITS = {
  /** Bytes of XML inflated from one .xlsx, all parts read together (headers can lie: counted as inflated). */
  inflatedBytes: 200 * 1024 * 1024,
  /** Entries in a zip's central directory. */
  zipEntries: 20_000,
  /** Worksheets in one workbook. */
  sheets: 5_000,
  /** Cells holding a value, whole workbook (a 300,000-row register of 14 columns is 4.2 million). */
  cells: 8_000_000,
  /** Merged areas in one sheet. */
  mergesPerSheet: 100_000,
  /** Cells one merged area may cover as written (a whole column is 1,048,576); a larger one is cut to the cells that exist. */
  mergeCells: 1_048_576,
  /** Cells all merged areas of one sheet cover together, once cut to the cells that exist. */
  mergedCellsPerSheet: 8_000_000,
  /** Excel's grid: rows and columns. */
  rows: 1_048_576,
  columns: 16_384,
} as const;

/** The same limits, with other values (tests use small ones). */
export type ReadLimits = { readonly [K in keyof typeof READ_LIMITS]: number };
