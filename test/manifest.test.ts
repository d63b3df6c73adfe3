/**
 * manifest.xml: structural validation against the Office manifest XSDs (offline copies in
 * test/schemas/office-manifest, see its README), plus the rules the XSDs do not know.
 * Each check lists the offending items, so a failure says what to fix.
 * PERFTABLE_MANIFEST=path checks another file, e.g. dist/manifest.xml after a build.
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join, resolve } from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = resolve(__dirname, '..');
const SCHEMAS = join(ROOT, 'test', 'schemas', 'office-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const MANIFEST = process.env.PERFTABLE_MANIFEST ?? join(ROOT, 'manifest.xml');

interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

/** A small XML reader: enough for a manifest that the XSD has already accepted (no CDATA, no entities). */
function parseXml(xml: string): El {
  const root: El = { name: '#document', attrs: {}, text: '', children: [] };
  const stack = [root];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const top = stack[stack.length - 1]!;
    top.text += xml.slice(last, m.index).trim();
    last = tag.lastIndex;
    if (!m[2]) continue; // comment or declaration
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    const el: El = { name: m[2], attrs, text: '', children: [] };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  return root;
}

/** Every element in document order. */
function all(el: El): El[] {
  return [el, ...el.children.flatMap(all)];
}
/** Local name without the namespace prefix (bt:Url -> Url). */
const local = (el: El) => el.name.replace(/^.*:/, '');
function find(el: El, ...path: string[]): El | undefined {
  let cur: El | undefined = el;
  for (const step of path) cur = cur?.children.find((c) => local(c) === step);
  return cur;
}
function mustFind(el: El, ...path: string[]): El {
  const found = find(el, ...path);
  if (!found) throw new Error(`manifest has no <${path.join('> <')}>`);
  return found;
}

const xml = readFileSync(MANIFEST, 'utf8');
const doc = parseXml(xml);
const app = mustFind(doc, 'OfficeApp');
const overrides = mustFind(app, 'VersionOverrides');
const resources = mustFind(overrides, 'Resources');
const host = mustFind(overrides, 'Hosts', 'Host');

/** Resource id -> element (bt:Image, bt:Url, bt:String). */
const defined = new Map<string, El>();
const duplicates: string[] = [];
for (const group of resources.children) {
  for (const r of group.children) {
    const id = r.attrs.id ?? '';
    if (defined.has(id)) duplicates.push(id);
    defined.set(id, r);
  }
}
const referenced = all(app).flatMap((el) => (el.attrs.resid ? [el.attrs.resid] : []));
const value = (resid: string | undefined) => (resid ? defined.get(resid)?.attrs.DefaultValue : undefined);
const residOf = (...path: string[]) => mustFind(host, ...path).attrs.resid;

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schemas', async () => {
    const xsd = (fileName: string) => ({ fileName, contents: readFileSync(join(SCHEMAS, fileName), 'utf8') });
    const others = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA);
    const result = await validateXML({
      xml: { fileName: 'manifest.xml', contents: xml },
      schema: xsd(MAIN_SCHEMA),
      preload: others.map(xsd),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  }, 30_000);

  it('defines every resid it references, uses every resource it defines, and defines each once', () => {
    expect(duplicates).toEqual([]);
    expect([...new Set(referenced)].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined.keys()].filter((id) => !referenced.includes(id))).toEqual([]);
  });

  it('keeps resource ids within 32 characters', () => {
    expect([...defined.keys(), ...referenced].filter((id) => id.length > 32)).toEqual([]);
  });

  it('uses https for every URL', () => {
    const urls = all(app).flatMap((el) => [
      ...Object.entries(el.attrs)
        .filter(([name]) => !name.startsWith('xmlns'))
        .map(([, v]) => v),
      el.text,
    ]);
    expect(urls.filter((u) => u.includes('://') && !u.startsWith('https://'))).toEqual([]);
  });

  it('is an Excel task pane add-in with a fixed GUID and ReadWriteDocument permission', () => {
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(mustFind(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(mustFind(app, 'Hosts', 'Host').attrs.Name).toBe('Workbook');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    expect(mustFind(app, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('names the custom functions namespace PERF, untranslated', () => {
    const ns = mustFind(host, 'AllFormFactors', 'ExtensionPoint', 'Namespace').attrs.resid;
    expect(value(ns)).toBe('PERF');
    expect(defined.get(ns ?? '')?.children).toEqual([]);
  });

  it('points the functions at functions.js and functions.json on the shared runtime page', () => {
    expect(value(residOf('AllFormFactors', 'ExtensionPoint', 'Metadata', 'SourceLocation'))).toMatch(/\/functions\.json$/);
    expect(value(residOf('AllFormFactors', 'ExtensionPoint', 'Script', 'SourceLocation'))).toMatch(/\/functions\.js$/);
  });

  it('runs functions, commands and task pane in one long-lived shared runtime', () => {
    const runtimes = mustFind(host, 'Runtimes');
    expect(host.children[0]).toBe(runtimes); // the schema and Office want it first
    const runtime = mustFind(runtimes, 'Runtime');
    expect(runtime.attrs.lifetime).toBe('long');
    expect(value(runtime.attrs.resid)).toMatch(/\/taskpane\.html$/);
    const sameRuntime = {
      page: residOf('AllFormFactors', 'ExtensionPoint', 'Page', 'SourceLocation'),
      functionFile: residOf('DesktopFormFactor', 'FunctionFile'),
      taskpane: all(host).find((el) => el.attrs['xsi:type'] === 'ShowTaskpane')?.children.find((c) => local(c) === 'SourceLocation')
        ?.attrs.resid,
    };
    expect(sameRuntime).toEqual({ page: runtime.attrs.resid, functionFile: runtime.attrs.resid, taskpane: runtime.attrs.resid });
    const sets = mustFind(app, 'Requirements', 'Sets').children.map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toContain('SharedRuntime 1.1');
  });

  it('puts a task pane button on the Home tab', () => {
    const tab = mustFind(host, 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    expect(all(tab).some((el) => el.attrs['xsi:type'] === 'ShowTaskpane')).toBe(true);
  });

  it('speaks Chinese by default and English through en-US overrides', () => {
    expect(mustFind(app, 'DefaultLocale').text).toBe('zh-CN');
    expect(mustFind(app, 'DisplayName').attrs.DefaultValue).toMatch(/绩效表助手/);
    const missing = [
      ['DisplayName', mustFind(app, 'DisplayName')] as const,
      ['Description', mustFind(app, 'Description')] as const,
      ...[...defined].filter(([id, el]) => local(el) === 'String' && id !== 'Functions.Namespace'),
    ]
      .filter(([, el]) => !el.children.some((o) => local(o) === 'Override' && o.attrs.Locale === 'en-US' && o.attrs.Value))
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it('has every icon it names, as a PNG of the stated size', () => {
    const icons = [
      ['IconUrl', mustFind(app, 'IconUrl').attrs.DefaultValue, 32],
      ['HighResolutionIconUrl', mustFind(app, 'HighResolutionIconUrl').attrs.DefaultValue, 64],
      ...new Map(
        all(host)
          .filter((el) => local(el) === 'Image' && el.attrs.size)
          .map((el) => [el.attrs.resid, [el.attrs.resid, value(el.attrs.resid), Number(el.attrs.size)] as const]),
      ).values(),
    ] as const;
    const wrong = icons.flatMap(([what, url, size]) => {
      const file = join(ROOT, (url ?? '').replace(/^https:\/\/[^/]+\//, ''));
      if (!url || !existsSync(file)) return [`${what}: no file for ${url}`];
      const png = readFileSync(file);
      const ok = png.toString('latin1', 1, 4) === 'PNG' && png.readUInt32BE(16) === size && png.readUInt32BE(20) === size;
      return ok ? [] : [`${what}: ${url} is not a ${size}x${size} PNG`];
    });
    expect(wrong).toEqual([]);
  });
});
