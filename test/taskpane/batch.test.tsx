/**
 * 批量生成 panel: reading the register and showing what the reader found, the template inserted
 * with one click, generating with a progress bar and Cancel, the summary; outside Office an
 * uploaded register, a preview of the sheets made, and the download.
 */
import { fakeWorkbook } from '../helpers/fake-workbook';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { registerLayouts } from '../../src/core/layout/register-sheet';
import { layoutToGrid } from '../../src/core/layout/to-grid';
import type { SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Project } from '../../src/core/project/types';
import type { Grid } from '../../src/core/read/grid';
import { BatchPanel } from '../../src/taskpane/components/batch/BatchPanel';
import type { PaneHost } from '../../src/taskpane/host';
import type { Lang } from '../../src/taskpane/i18n';
import type { FileWorkbook, WorkbookActions, WriteOptions, WriteReport } from '../../src/workbook/port';
import { renderInPane } from './render';



const projects = (): Project[] => SEED_PROJECTS.map((p) => JSON.parse(JSON.stringify(p)) as Project);

/** A fake workbook holding grids: sheetNames and readGrids answer from them, writes add names. */
function workbookWith(grids: Grid[], overrides: Partial<WorkbookActions> = {}) {
  const names = grids.map((g) => g.sheet);
  return fakeWorkbook({
    sheetNames: async () => [...names],
    readGrids: async (wanted?: readonly string[]) => grids.filter((g) => !wanted || wanted.includes(g.sheet)),
    readActiveGrid: async () => grids[0] ?? { sheet: 'Sheet1', rows: [] },
    writeLayouts: async (layouts: readonly SheetLayout[], options: WriteOptions = {}): Promise<WriteReport> => {
      const written: WriteReport['written'] = [];
      for (const layout of layouts) {
        if (options.isCancelled?.()) return { written, cancelled: true, syncs: 0 };
        names.push(layout.name);
        written.push({ requested: layout.name, name: layout.name });
        options.onProgress?.(written.length, layouts.length, layout.name);
      }
      return { written, cancelled: false, syncs: 0 };
    },
    ...overrides,
  });
}

const registerGrids = (list: Project[] = projects()) => registerLayouts(list).map(layoutToGrid);

async function renderPanel(host: PaneHost, lang: Lang = 'zh') {
  renderInPane(<BatchPanel host={host} />, lang);
  await act(async () => undefined);
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const click = async (name: string | RegExp) => act(async () => fireEvent.click(button(name)));

describe('in Excel', () => {
  it('reads 项目清单 and 指标清单, says what it found, and generates a sheet per project and the summary', async () => {
    const workbook = workbookWith(registerGrids());
    await renderPanel({ kind: 'excel', workbook });
    await click('读取项目清单');
    expect(screen.getByText('从「项目清单」读到 5 个项目；指标取自「指标清单」')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '读取结果' })).getByText('没有发现问题。')).toBeTruthy();

    await click('生成 6 张工作表');
    const written = workbook.writeLayouts.mock.calls.map(([layouts]) => (layouts as SheetLayout[]).map((l) => l.name));
    expect(written).toEqual([SEED_PROJECTS.map((p) => p.name), ['汇总']]);
    expect(screen.getByText('已生成 5 张项目表和 1 张汇总表')).toBeTruthy();

    const list = within(screen.getByRole('list', { name: '生成的工作表' }));
    await act(async () => fireEvent.click(list.getByRole('button', { name: '汇总' })));
    expect(workbook.selectCell).toHaveBeenCalledWith('汇总', 'A1');
  });

  it('reads the active sheet when there is no 项目清单, and leaves the summary out on request', async () => {
    const workbook = workbookWith([{ ...registerGrids()[0]!, sheet: '项目表' }]);
    await renderPanel({ kind: 'excel', workbook });
    await click('读取项目清单');
    expect(screen.getByText('未找到「项目清单」，按当前工作表「项目表」读取：5 个项目')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByLabelText('生成汇总表')));
    await click('生成 5 张工作表');
    expect(workbook.writeLayouts).toHaveBeenCalledTimes(1);
    expect(screen.getByText('已生成 5 张项目表')).toBeTruthy();
  });

  it('lists the reader’s findings, errors first, each able to show its cell', async () => {
    const grids = registerGrids();
    const register = grids[0]!;
    // 预算数 of the first project (row 2) is a word; the fourth project's code is blank.
    const total = register.rows[0]!.indexOf('预算数');
    register.rows[1]![total] = '十七万';
    const code = register.rows[0]!.indexOf('项目编码');
    register.rows[4]![code] = null;
    const workbook = workbookWith(grids);
    await renderPanel({ kind: 'excel', workbook });
    await click('读取项目清单');
    const findings = within(screen.getByRole('region', { name: '读取结果' }));
    const items = findings.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('错误');
    expect(findings.getByText('「预算数」的值「十七万」不是数值')).toBeTruthy();
    await act(async () => fireEvent.click(findings.getByRole('button', { name: '转到 项目清单!G2' })));
    expect(workbook.selectCell).toHaveBeenCalledWith('项目清单', 'G2');
  });

  it('shows progress with the count done, and Cancel leaves the finished sheets and skips the rest', async () => {
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const workbook = workbookWith(registerGrids(), {
      writeLayouts: async (layouts: readonly SheetLayout[], options: WriteOptions = {}) => {
        const written: WriteReport['written'] = [];
        for (const layout of layouts) {
          if (options.isCancelled?.()) return { written, cancelled: true, syncs: 0 };
          written.push({ requested: layout.name, name: layout.name });
          options.onProgress?.(written.length, layouts.length, layout.name);
          if (written.length === 2) await paused;
        }
        return { written, cancelled: false, syncs: 0 };
      },
    });
    await renderPanel({ kind: 'excel', workbook });
    await click('读取项目清单');
    await click('生成 6 张工作表');
    expect(screen.getByText(`已完成 2 / 6：${SEED_PROJECTS[1]!.name}`)).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(2 / 6));
    await click('取消');
    expect(button('正在取消…').hasAttribute('disabled')).toBe(true);
    await act(async () => resume());
    expect(screen.getByText('已取消：保留已生成的 2 张项目表，跳过 3 个项目，未生成汇总表')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(workbook.writeLayouts).toHaveBeenCalledTimes(1);
  });

  it('inserts the register template with one click and shows its first row', async () => {
    const workbook = workbookWith([{ sheet: 'Sheet1', rows: [] }]);
    await renderPanel({ kind: 'excel', workbook });
    await click('插入清单模板');
    const [layouts] = workbook.writeLayouts.mock.calls[0] as [SheetLayout[]];
    expect(layouts.map((l) => l.name)).toEqual(['项目清单', '指标清单', '填表说明']);
    expect(screen.getByText(/已插入 「项目清单」「指标清单」「填表说明」/)).toBeTruthy();
    expect(workbook.selectCell).toHaveBeenCalledWith('项目清单', 'A2');
  });

  it('does not insert a second template over a 项目清单 that is there', async () => {
    const workbook = workbookWith(registerGrids());
    await renderPanel({ kind: 'excel', workbook });
    await click('插入清单模板');
    expect(workbook.writeLayouts).not.toHaveBeenCalled();
    expect(screen.getByText('工作簿中已有「项目清单」工作表，未重复插入')).toBeTruthy();
  });

  it('says what failed when reading fails', async () => {
    const workbook = workbookWith([], { sheetNames: async () => Promise.reject(new Error('连接已断开')) });
    await renderPanel({ kind: 'excel', workbook });
    await click('读取项目清单');
    expect(screen.getByText('操作失败：连接已断开')).toBeTruthy();
  });
});

describe('outside Office', () => {
  function fileWorkbook(grids: Grid[]) {
    const base = workbookWith([]);
    const open = jest.fn(async () => {
      // The uploaded file's sheets become the workbook's.
      const fresh = workbookWith(grids);
      for (const key of ['sheetNames', 'readGrids', 'readActiveGrid', 'writeLayouts'] as const) base[key].mockImplementation(fresh[key].getMockImplementation()!);
    });
    const save = jest.fn(async () => new Uint8Array([80, 75, 3, 4]));
    return Object.assign(base, { open, save }) as typeof base & FileWorkbook & { open: jest.Mock; save: jest.Mock };
  }

  async function upload(name: string) {
    const input = screen.getByLabelText('上传项目清单 .xlsx') as HTMLInputElement;
    const file = new File([new Uint8Array([80, 75, 3, 4])], name);
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
      // FileReader answers in a later task.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }

  it('opens an uploaded register, generates, previews the sheets and downloads the workbook', async () => {
    const workbook = fileWorkbook(registerGrids());
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:perftable'), revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    const clickSpy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    try {
      await renderPanel({ kind: 'standalone', workbook });
      expect(screen.queryByRole('button', { name: '读取项目清单' })).toBeNull();
      await upload('2025项目清单.xlsx');
      expect(workbook.open).toHaveBeenCalledTimes(1);
      expect((workbook.open.mock.calls[0] as unknown[])[0]).toBeInstanceOf(ArrayBuffer);
      expect(screen.getByText('已打开 2025项目清单.xlsx')).toBeTruthy();
      expect(screen.getByText('从「项目清单」读到 5 个项目；指标取自「指标清单」')).toBeTruthy();

      await click('生成 6 张工作表');
      expect(screen.getByText('已生成 5 张项目表和 1 张汇总表')).toBeTruthy();
      const preview = within(screen.getByRole('region', { name: '所选工作表的预览' }));
      expect(preview.getByText('预算项目绩效目标汇总表')).toBeTruthy();
      // 合计: 17.00 + 37.30 + 93.00 + 35.70 + 150.00, under 预算数 and under 财政资金.
      expect(preview.getAllByText('333.00')).toHaveLength(2);
      fireEvent.change(screen.getByLabelText('预览工作表'), { target: { value: SEED_PROJECTS[4]!.name } });
      expect(within(screen.getByRole('region', { name: '所选工作表的预览' })).getByText(SEED_PROJECTS[4]!.code)).toBeTruthy();

      await click('下载 .xlsx');
      expect(workbook.save).toHaveBeenCalled();
      expect(downloads).toEqual(['2025项目清单-绩效目标表.xlsx']);
    } finally {
      clickSpy.mockRestore();
    }
  });

  it('inserts the template into the page’s workbook and offers it for download', async () => {
    const workbook = fileWorkbook([]);
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:perftable'), revokeObjectURL: jest.fn() });
    const clickSpy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await renderPanel({ kind: 'standalone', workbook });
      await click('插入清单模板');
      expect(screen.getByText(/已在本页的工作簿中插入 「项目清单」「指标清单」「填表说明」/)).toBeTruthy();
      await click('下载模板');
      expect(workbook.save).toHaveBeenCalled();
      expect(workbook.selectCell).not.toHaveBeenCalled();
    } finally {
      clickSpy.mockRestore();
    }
  });

  it('speaks English after the language switch', async () => {
    await renderPanel({ kind: 'standalone', workbook: fileWorkbook([]) }, 'en');
    expect(screen.getByRole('heading', { name: 'Batch generation' })).toBeTruthy();
    expect(button('Upload a register .xlsx')).toBeTruthy();
    expect(button('Insert a register template')).toBeTruthy();
  });
});
