/** Telling WPS from Office from a plain browser, by the members of the globals, never by a name. */
import { etApplicationOrThrow, isWpsHost, resolveEtApplication, type HostGlobals } from '../../src/workbook/wps-host';

const et = () => ({ ActiveWorkbook: {}, Name: 'Microsoft Excel' });

describe('isWpsHost', () => {
  it.each<[string, HostGlobals, boolean]>([
    ['WPS: wps with EtApplication', { wps: { EtApplication: () => et() } }, true],
    ['WPS: wps with PluginStorage only', { wps: { PluginStorage: {} } }, true],
    ['WPS: only an ET Application global', { Application: et() }, true],
    ['WPS and Office both present: WPS wins', { wps: { AddCustomFunction: () => undefined }, Office: { onReady: () => undefined } }, true],
    ['Office only', { Office: { onReady: () => undefined } }, false],
    ['a plain browser', {}, false],
    ['an Application that is not ET (no workbook)', { Application: { Name: 'Microsoft Excel' } }, false],
    ['wps that is a string', { wps: 'wps' }, false],
  ])('%s → %s', (_, globals, expected) => {
    expect(isWpsHost(globals)).toBe(expected);
  });

  it('survives globals whose members throw when asked', () => {
    const hostile = new Proxy({}, { has: () => { throw new Error('bridge down'); } });
    expect(isWpsHost({ wps: hostile, Application: hostile })).toBe(false);
  });
});

describe('resolveEtApplication', () => {
  it('takes wps.EtApplication() when it answers', () => {
    const app = et();
    expect(resolveEtApplication({ wps: { EtApplication: () => app }, Application: et() })).toBe(app);
  });

  it('falls back to the Application global when EtApplication throws or answers nothing useful', () => {
    const app = et();
    expect(resolveEtApplication({ wps: { EtApplication: () => { throw new Error('deprecated'); } }, Application: app })).toBe(app);
    expect(resolveEtApplication({ wps: { EtApplication: () => null }, Application: app })).toBe(app);
  });

  it('uses wps itself when it carries the workbook (the typings merge the two)', () => {
    const wps = { ...et(), PluginStorage: {} };
    expect(resolveEtApplication({ wps })).toBe(wps);
  });

  it('resolves at every call, so a workbook opened later is found', () => {
    const globals: HostGlobals = { wps: { PluginStorage: {} } };
    expect(resolveEtApplication(globals)).toBeNull();
    const app = et();
    globals.Application = app;
    expect(resolveEtApplication(globals)).toBe(app);
  });

  it('says in Chinese, then English, what to do when there is no workbook', () => {
    expect(() => etApplicationOrThrow({})).toThrow(/请在 WPS 表格中打开一个工作簿.*open a workbook/);
  });
});
