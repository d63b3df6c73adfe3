/**
 * A user's workbook with everything a re-serialising writer loses (#14 item 2), made at test time:
 * two seed 绩效目标表 (so selfeval/monitor-sheet have sources) and a sheet 数据 with a line chart
 * and an image in one drawing, a comment, two tables (one without tableStyleInfo, as LibreOffice
 * writes them), data validation, conditional formatting, a legacy protection password
 * (`password="CF75"`) and on another sheet a SHA-512 one, custom document properties, a defined
 * name and a print area `$A$1:$G$9`. exceljs writes what it can; the rest is added as XML parts.
 */
import * as ExcelJS from 'exceljs';
import { projectsToLayouts } from '../../src/core/layout/batch';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { partText, readPackage, setPartText, writePackage } from '../../src/workbook/ooxml-package';
import { createWorkbook, writeLayout } from '../../src/workbook/xlsx';

/** A 1×1 red PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>执行进度</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>数据!$B$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>数据!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>数据!$B$2:$B$4</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser><c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const CHART_ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="100" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="预算单位"><vt:lpwstr>石家庄市财政局</vt:lpwstr></property></Properties>`;

export const USER_SHEET = '数据';

export async function userWorkbook(): Promise<Uint8Array> {
  const workbook = createWorkbook();
  for (const layout of projectsToLayouts(SEED_PROJECTS.slice(0, 2), { mode: 'target', summary: false })) writeLayout(workbook, layout);
  const ws = workbook.addWorksheet(USER_SHEET, { pageSetup: { printArea: 'A1:G9' } });
  ws.addRow(['月份', '执行率']);
  [['3月', 0.2], ['6月', 0.5], ['9月', 0.8]].forEach((row) => ws.addRow(row));
  ws.getCell('D2').value = '备注';
  ws.getCell('D2').note = '请在 9 月前补齐';
  ws.addTable({ name: '有样式表', ref: 'A11', headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns: [{ name: '项目' }, { name: '金额' }], rows: [['甲', 1], ['乙', 2]] });
  ws.addTable({ name: '无样式表', ref: 'D11', headerRow: true, style: { theme: 'TableStyleLight1', showRowStripes: true }, columns: [{ name: '指标' }, { name: '值' }], rows: [['丙', 3], ['丁', 4]] });
  ws.getCell('B6').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] };
  ws.addConditionalFormatting({ ref: 'B2:B4', rules: [{ type: 'cellIs', operator: 'lessThan', priority: 1, formulae: ['0.5'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] });
  const image = workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'F2:G4');
  workbook.definedNames.add(`${USER_SHEET}!$B$2:$B$4`, '执行率');
  const locked = workbook.addWorksheet('受保护');
  locked.getCell('A1').value = '只读';
  await locked.protect('secret', { selectLockedCells: true });
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

  // What exceljs cannot write, as Excel and LibreOffice write it.
  const pkg = await readPackage(bytes);
  const sheetPath = (name: string): string => {
    const wb = partText(pkg, 'xl/workbook.xml') ?? '';
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(wb)?.[1];
    const rels = partText(pkg, 'xl/_rels/workbook.xml.rels') ?? '';
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    return `xl/${(target ?? '').replace(/^\/?xl\//, '')}`;
  };
  const data = sheetPath(USER_SHEET);
  // The print area as Excel writes it (exceljs writes `$A1:$G9`).
  setPartText(pkg, 'xl/workbook.xml', (partText(pkg, 'xl/workbook.xml') ?? '').replace(/\$A1:\$G9/, '$$A$$1:$$G$$9'));
  // Legacy protection (Excel 2003's 16-bit hash, which LibreOffice also writes).
  setPartText(pkg, data, (partText(pkg, data) ?? '').replace(/<pageMargins/, '<sheetProtection password="CF75" sheet="1" objects="1" scenarios="1"/><pageMargins'));
  // A table as LibreOffice writes it: no tableStyleInfo.
  for (const [path] of pkg.parts) {
    if (!path.startsWith('xl/tables/')) continue;
    const xml = partText(pkg, path) ?? '';
    if (xml.includes('name="无样式表"')) setPartText(pkg, path, xml.replace(/<tableStyleInfo\b[^>]*\/>/, ''));
  }
  // A chart in the sheet's drawing, beside the image.
  const drawing = [...pkg.parts.keys()].find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
  if (!drawing) throw new Error('exceljs wrote no drawing');
  setPartText(pkg, drawing, (partText(pkg, drawing) ?? '').replace(/<\/xdr:wsDr>/, `${CHART_ANCHOR}</xdr:wsDr>`));
  const drawingRels = drawing.replace('drawings/', 'drawings/_rels/') + '.rels';
  setPartText(pkg, drawingRels, (partText(pkg, drawingRels) ?? '').replace('</Relationships>', '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'));
  setPartText(pkg, 'xl/charts/chart1.xml', CHART);
  // Custom document properties.
  setPartText(pkg, 'docProps/custom.xml', CUSTOM);
  setPartText(pkg, '_rels/.rels', (partText(pkg, '_rels/.rels') ?? '').replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  setPartText(
    pkg,
    '[Content_Types].xml',
    (partText(pkg, '[Content_Types].xml') ?? '').replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    ),
  );
  return writePackage(pkg);
}
