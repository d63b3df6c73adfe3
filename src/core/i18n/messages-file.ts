/**
 * Reading a spreadsheet file (workbook/ooxml-read*): why a file cannot be read at all (FILE_*, each
 * saying what to do), and what a readable file held that the reader could not take as it is
 * (READ_FILE_*: a missing part, a limit, formulas without results). Spread into MESSAGES in
 * messages.ts; codes here must not reuse a code of that file.
 */

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

interface FileMessage {
  zh: Template;
  en: Template;
}

const SAVE_AS_ZH = '请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再试';
const SAVE_AS_EN = 'open it in Excel or WPS, save it as an Excel workbook (.xlsx), and try again';

/** 209715200 → `200 MB`. */
const mb = (bytes: string | number | undefined): string => `${Math.round(Number(bytes) / (1024 * 1024)).toLocaleString('en-US')} MB`;
const count = (n: string | number | undefined): string => Number(n).toLocaleString('en-US');

export const FILE_MESSAGES = {
  // Files that cannot be read at all
  FILE_EMPTY: {
    zh: () => '文件是空的（0 字节），没有可读取的内容：请确认选对了文件，或重新保存后再试',
    en: () => 'The file is empty (0 bytes): check that it is the right file, or save it again',
  },
  FILE_XLS: {
    zh: () => `这是 .xls 格式（Excel 97-2003 工作簿），不是 .xlsx：${SAVE_AS_ZH}`,
    en: () => `This is an .xls file (Excel 97–2003), not .xlsx: ${SAVE_AS_EN}`,
  },
  FILE_ENCRYPTED: {
    zh: () => '工作簿设置了打开密码（已加密），无法读取：请在 Excel 或 WPS 中用密码打开，取消“用密码进行加密”后另存为 .xlsx 再试',
    en: () => 'The workbook is protected by a password (encrypted) and cannot be read: open it with its password in Excel or WPS, remove the password, save it as .xlsx, and try again',
  },
  FILE_OLE_OTHER: {
    zh: () => '这是 Office 97-2003 格式的文件（如 .doc、.ppt），不是 Excel 工作簿：请选择 .xlsx 文件',
    en: () => 'This is an Office 97–2003 file (such as .doc or .ppt), not an Excel workbook: choose an .xlsx file',
  },
  FILE_ODS: {
    zh: () => `这是 OpenDocument 表格（.ods），不是 .xlsx：${SAVE_AS_ZH}`,
    en: () => `This is an OpenDocument spreadsheet (.ods), not .xlsx: ${SAVE_AS_EN}`,
  },
  FILE_ODF_OTHER: {
    zh: () => '这是 OpenDocument 文档（如 .odt、.odp），不是表格：请选择 .xlsx 文件',
    en: () => 'This is an OpenDocument file (such as .odt or .odp), not a spreadsheet: choose an .xlsx file',
  },
  FILE_DOCX: {
    zh: () => '这是 Word 文档（.docx），不是 Excel 工作簿：如要检查其中的绩效目标表，请把表格文字复制到 .txt 文件后再检查',
    en: () => 'This is a Word document (.docx), not an Excel workbook: to check the tables in it, copy their text into a .txt file and check that',
  },
  FILE_PPTX: {
    zh: () => '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿：请选择 .xlsx 文件',
    en: () => 'This is a PowerPoint presentation (.pptx), not an Excel workbook: choose an .xlsx file',
  },
  FILE_XLSB: {
    zh: () => `这是 Excel 二进制工作簿（.xlsb），不是 .xlsx：${SAVE_AS_ZH}`,
    en: () => `This is an Excel binary workbook (.xlsb), not .xlsx: ${SAVE_AS_EN}`,
  },
  FILE_ZIP_NOT_OOXML: {
    zh: () => '这是一个 zip 压缩包，但不是 Excel 工作簿（没有工作簿部件）：如果其中有 .xlsx，请先解压再选择那个文件',
    en: () => 'This is a zip archive but not an Excel workbook (it has no workbook part): if it holds an .xlsx, unzip it and choose that file',
  },
  FILE_ZIP_DAMAGED: {
    zh: (p) => `文件已损坏或不完整（${p.detail}），无法读取：请重新下载或复制该文件；若 Excel 或 WPS 能打开它，请另存为 .xlsx 再试`,
    en: (p) => `The file is damaged or incomplete (${p.detail}) and cannot be read: download or copy it again; if Excel or WPS opens it, save it as .xlsx and try again`,
  },
  FILE_PART_DAMAGED: {
    zh: (p) => `工作簿中的部件 ${p.part} 已损坏（不是有效的 XML），无法读取：若 Excel 或 WPS 能打开它，请另存为 .xlsx 再试`,
    en: (p) => `The workbook's part ${p.part} is damaged (not valid XML): if Excel or WPS opens the file, save it as .xlsx and try again`,
  },
  FILE_CSV: {
    zh: () => `这是文本表格（CSV），不是 .xlsx：${SAVE_AS_ZH}`,
    en: () => `This is a text table (CSV), not .xlsx: ${SAVE_AS_EN}`,
  },
  FILE_HTML: {
    zh: () => `这是网页（HTML）文件，虽然可能以 .xls 结尾，但不是 Excel 工作簿：${SAVE_AS_ZH}`,
    en: () => `This is a web page (HTML), even if its name ends in .xls, not an Excel workbook: ${SAVE_AS_EN}`,
  },
  FILE_XML_SPREADSHEET: {
    zh: () => `这是 Excel 2003 XML 表格，不是 .xlsx：${SAVE_AS_ZH}`,
    en: () => `This is an Excel 2003 XML spreadsheet, not .xlsx: ${SAVE_AS_EN}`,
  },
  FILE_TEXT: {
    zh: () => '这是文本文件，不是 Excel 工作簿：从 Word 复制的表格文字请保存为 .txt 后再检查；表格数据请在 Excel 或 WPS 中另存为 .xlsx',
    en: () => 'This is a text file, not an Excel workbook: save text copied from Word as .txt and check that; save table data as .xlsx in Excel or WPS',
  },
  FILE_PDF: {
    zh: () => '这是 PDF 文件，不是 Excel 工作簿：请使用原始的 .xlsx 文件',
    en: () => 'This is a PDF file, not an Excel workbook: use the original .xlsx file',
  },
  FILE_NOT_SPREADSHEET: {
    zh: () => '无法识别的文件格式，不是 Excel 工作簿（.xlsx）：请选择 .xlsx 文件',
    en: () => 'Unrecognised file format, not an Excel workbook (.xlsx): choose an .xlsx file',
  },
  FILE_TOO_LARGE: {
    zh: (p) => `解压后的内容（${p.found}）超过 ${mb(p.limit)} 的上限，已停止读取：文件异常巨大或是“压缩炸弹”；请删去无关的工作表或内容后再试`,
    en: (p) => `The file's content (${p.found}) exceeds the ${mb(p.limit)} limit once unpacked; reading stopped: the file is abnormally large or a "zip bomb"; remove unneeded sheets or content and try again`,
  },
  FILE_TOO_MANY_PARTS: {
    zh: (p) => `文件包含 ${count(p.found)} 个部件，超过 ${count(p.limit)} 个的上限，已停止读取`,
    en: (p) => `The file holds ${count(p.found)} parts, over the limit of ${count(p.limit)}; reading stopped`,
  },
  FILE_TOO_MANY_SHEETS: {
    zh: (p) => `工作簿有 ${count(p.found)} 个工作表，超过 ${count(p.limit)} 个的上限，已停止读取`,
    en: (p) => `The workbook has ${count(p.found)} sheets, over the limit of ${count(p.limit)}; reading stopped`,
  },
  FILE_ZIP_ENCRYPTED: {
    zh: (p) => `压缩包中的部件 ${p.part} 已加密，无法读取：请去掉压缩包密码，或在 Excel 或 WPS 中另存为 .xlsx 再试`,
    en: (p) => `The part ${p.part} is encrypted in the zip: remove the archive's password, or save the file as .xlsx in Excel or WPS, and try again`,
  },
  FILE_ZIP_METHOD: {
    zh: (p) => `部件 ${p.part} 使用了不支持的压缩方式（${p.method}）：请在 Excel 或 WPS 中另存为 .xlsx 再试`,
    en: (p) => `The part ${p.part} uses an unsupported compression method (${p.method}): save the file as .xlsx in Excel or WPS and try again`,
  },

  // Findings of a readable file
  READ_FILE_SHEET_MISSING: {
    zh: (p) => `工作表“${p.sheet}”的内容（${p.part}）在文件中缺失，此表未读取：文件可能已损坏，请在 Excel 或 WPS 中打开并另存后再检查`,
    en: (p) => `The content of sheet "${p.sheet}" (${p.part}) is missing from the file; the sheet was not read: the file may be damaged; open it in Excel or WPS, save it, and check again`,
  },
  READ_FILE_CELL_LIMIT: {
    zh: (p) => `工作簿的非空单元格超过 ${count(p.limit)} 个的上限，从此处起未读取：请删去无关的数据后再检查`,
    en: (p) => `The workbook has more than ${count(p.limit)} cells with values, the limit; nothing from here on was read: remove unneeded data and check again`,
  },
  READ_FILE_OUTSIDE_GRID: {
    zh: (p) => `单元格地址“${p.found}”超出 Excel 的表格范围（${count(p.rows)} 行 × ${count(p.columns)} 列），已忽略`,
    en: (p) => `The cell address "${p.found}" lies outside Excel's grid (${count(p.rows)} rows × ${count(p.columns)} columns) and was ignored`,
  },
  READ_FILE_MERGE_LIMIT: {
    zh: (p) => `此表的合并区域过多或过大（上限为 ${count(p.limit)} 个区域、共 ${count(p.cells)} 个单元格），其余合并区域未读取`,
    en: (p) => `This sheet has too many or too large merged areas (the limit is ${count(p.limit)} areas covering ${count(p.cells)} cells in all); the rest were not read`,
  },
  READ_FILE_MERGE_TOO_LARGE: {
    zh: (p) => `合并区域 ${p.range} 覆盖 ${count(p.found)} 个单元格，超过 ${count(p.limit)} 个的上限：只按有内容的范围读取（${p.kept}）`,
    en: (p) => `The merged area ${p.range} covers ${count(p.found)} cells, over the limit of ${count(p.limit)}: it was read only as far as the cells with content reach (${p.kept})`,
  },
  READ_FILE_NOT_CALCULATED: {
    zh: (p) => `文件中有 ${count(p.count)} 个公式没有保存计算结果（如 ${p.cell}），这些单元格的值未知、未作检查：请在 Excel 或 WPS 中打开、重新计算并保存后再检查`,
    en: (p) => `${count(p.count)} formula(s) in the file have no saved result (such as ${p.cell}); their values are unknown and were not checked: open the file in Excel or WPS, recalculate, save, and check again`,
  },
  READ_FILE_FORMULA_NO_VALUE: {
    zh: (p) => `此单元格是公式“${p.found}”，文件中没有它的计算结果，未作检查：请在 Excel 或 WPS 中重新计算并保存`,
    en: (p) => `This cell holds the formula "${p.found}" and the file has no result for it, so it was not checked: recalculate and save the file in Excel or WPS`,
  },
} satisfies Record<string, FileMessage>;

export type FileMessageCode = keyof typeof FILE_MESSAGES;
