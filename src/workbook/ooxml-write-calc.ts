/**
 * Files that keep their cached results when they are opened. Excel fully recalculates a workbook
 * whose `<calcPr calcId>` is older than its own calculation engine, whatever `fullCalcOnLoad`
 * says; where PerfTable is not loaded that turns every PERF formula into #NAME?. exceljs writes
 * `calcId="171027"` (Excel 2016); current Excel writes 191029. So every .xlsx PerfTable writes
 * claims the current engine and never asks for a full calculation on load: the cached values
 * (written with each formula, see xlsx.ts) are what Excel without the add-in, WPS and
 * LibreOffice show. With the add-in, formulas still calculate as their inputs change.
 */
import JSZip from 'jszip';
import { partText, setPartText, type OoxmlPackage } from './ooxml-package';

/** The calculation engine current Excel (Microsoft 365) writes into the files it saves. */
export const CURRENT_CALC_ID = 191029;

/** `<calcPr calcId="171027" fullCalcOnLoad="1"/>` → `<calcPr calcId="191029"/>`; adds one when absent. */
export function currentCalcProperties(workbookXml: string): string {
  const calcPr = /<calcPr\b([^>]*?)(\/?)>/;
  const found = calcPr.exec(workbookXml);
  if (found) {
    const attributes = (found[1] ?? '')
      .replace(/\s(?:calcId|fullCalcOnLoad|forceFullCalc)\s*=\s*("[^"]*"|'[^']*')/g, '')
      .trimEnd();
    return workbookXml.replace(calcPr, `<calcPr calcId="${CURRENT_CALC_ID}"${attributes}${found[2] ?? ''}>`);
  }
  // CT_Workbook: calcPr follows sheets, functionGroups, externalReferences and definedNames.
  const after = /<\/definedNames>|<definedNames\s*\/>|<\/externalReferences>|<\/functionGroups>|<\/sheets>/g;
  let last: RegExpExecArray | null = null;
  for (let m = after.exec(workbookXml); m; m = after.exec(workbookXml)) last = m;
  if (!last) return workbookXml;
  const at = last.index + last[0].length;
  return `${workbookXml.slice(0, at)}<calcPr calcId="${CURRENT_CALC_ID}"/>${workbookXml.slice(at)}`;
}

/** The path of the workbook part, from the package relationships (`xl/workbook.xml` as a rule). */
export function workbookPartPath(pkg: OoxmlPackage): string {
  const rels = partText(pkg, '_rels/.rels') ?? '';
  const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m ? /Target="([^"]*)"/.exec(m[0])?.[1] : undefined;
  return target ? target.replace(/^\//, '') : 'xl/workbook.xml';
}

/** Sets the current calcId on a package in memory. */
export function setCurrentCalcEngine(pkg: OoxmlPackage): void {
  const path = workbookPartPath(pkg);
  const xml = partText(pkg, path);
  if (xml !== undefined) setPartText(pkg, path, currentCalcProperties(xml));
}

/**
 * The .xlsx bytes with the current calcId (see above); every other part as it was. Only
 * workbook.xml is inflated and deflated again: jszip copies the other entries' compressed data.
 */
export async function withCurrentCalcEngine(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const rels = await zip.file('_rels/.rels')?.async('string');
  const path = workbookPartPath({ parts: new Map(rels === undefined ? [] : [['_rels/.rels', new TextEncoder().encode(rels)]]) });
  const workbook = zip.file(path);
  if (!workbook) return data;
  zip.file(path, currentCalcProperties(await workbook.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
