import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeWorkbook } from '../helpers/fake-workbook';
import { renderInPane } from './render';
import { CheckPanel } from '../../src/taskpane/components/check/CheckPanel';
import { PAGE_SIZE } from '../../src/taskpane/components/check/FindingsList';
import { layoutToGrid, projectToLayout } from '../../src/core/layout';
import { FINDINGS_SHEET } from '../../src/core/layout/findings-sheet';
import type { SheetLayout } from '../../src/core/layout/types';
import type { Finding } from '../../src/core/check/types';
import type { Grid } from '../../src/core/read/grid';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { groupBySeverity, marksFor, runCheck } from '../../src/taskpane/check-session';
import type { PaneHost } from '../../src/taskpane/host';
import type { FileWorkbook, WorkbookActions } from '../../src/workbook/port';

function seedGrid(total?: number): Grid {
  const project: (typeof SEED_PROJECTS)[number] = JSON.parse(JSON.stringify(SEED_PROJECTS[0]));
  if (total !== undefined) project.budget.total = total;
  return layoutToGrid(projectToLayout(project));
}

const WRONG = seedGrid(18);
const RIGHT = seedGrid();
const SHEET = WRONG.sheet;
const expected = runCheck([WRONG], 'active').findings;

function excel(overrides: Partial<WorkbookActions> = {}) {
  const workbook = fakeWorkbook({ readActiveGrid: async () => WRONG, sheetNames: async () => [SHEET], readGrids: async () => [WRONG], ...overrides });
  const host: PaneHost = { kind: 'excel', workbook };
  return { workbook, host };
}

const checkButton = () => screen.getByRole('button', { name: '检查' });

async function runCheckClick() {
  await act(async () => {
    fireEvent.click(checkButton());
  });
}

function groupHeader(name: string) {
  return screen.getByRole('button', { name: new RegExp(`^${name}`) });
}

describe('检查 panel inside Excel', () => {
  it('checks the active sheet by default and shows 错误 / 警告 / 提示 with counts', async () => {
    const { host, workbook } = excel();
    renderInPane(<CheckPanel host={host} />);
    expect((screen.getByRole('radio', { name: '当前工作表' }) as HTMLInputElement).checked).toBe(true);
    await runCheckClick();
    expect(workbook.readActiveGrid).toHaveBeenCalledTimes(1);

    const groups = groupBySeverity(expected);
    expect(groups.error.length).toBeGreaterThan(0);
    expect(groupHeader('错误').textContent).toBe(`错误${groups.error.length}`);
    expect(groupHeader('警告').textContent).toBe(`警告${groups.warning.length}`);
    expect(groupHeader('提示').textContent).toBe(`提示${groups.info.length}`);
    expect(screen.getByText(`共 ${expected.length} 条：错误 ${groups.error.length}，警告 ${groups.warning.length}，提示 ${groups.info.length}`)).toBeTruthy();
    expect(screen.getByText(`已检查 1 张工作表：${SHEET}`)).toBeTruthy();

    const mismatch = expected.find((f) => f.code === 'BUDGET_SUM_MISMATCH')!;
    const row = screen.getByText(mismatch.message).closest('button')!;
    expect(within(row).getByText(`${SHEET}!B5`)).toBeTruthy();
    expect(within(row).getByText('BUDGET_SUM_MISMATCH')).toBeTruthy();
    // Every finding has its row.
    expect(document.querySelectorAll('button[data-code]')).toHaveLength(expected.length);
  });

  it('selects the cell of a finding when it is clicked', async () => {
    const { host, workbook } = excel();
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    const mismatch = expected.find((f) => f.code === 'BUDGET_SUM_MISMATCH')!;
    await act(async () => {
      fireEvent.click(screen.getByText(mismatch.message));
    });
    expect(workbook.selectCell).toHaveBeenCalledWith(SHEET, 'B5');
    // Inside Excel the selection is the feedback: no note, the row is marked as the current one.
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText(mismatch.message).closest('button')!.getAttribute('aria-current')).toBe('true');
  });

  it('says why when the cell cannot be selected', async () => {
    const { host } = excel({ selectCell: async () => Promise.reject(new Error('ItemNotFound')) });
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    await act(async () => {
      fireEvent.click(screen.getByText(expected[0]!.message));
    });
    expect(screen.getByRole('status').textContent).toBe(`无法定位 ${expected[0]!.sheet}!${expected[0]!.cell}：ItemNotFound`);
  });

  it('shows on a second pass what was fixed, what is still there and what is new', async () => {
    const grids = [WRONG, RIGHT];
    const { host } = excel({ readActiveGrid: async () => grids.shift() ?? RIGHT });
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    expect(screen.queryByText(/与上次检查相比/)).toBeNull();
    await runCheckClick();

    const still = expected.length - 1;
    expect(screen.getByText(`与上次检查相比：已修正 1，仍存在 ${still}，新发现 0`)).toBeTruthy();
    const fixed = screen.getByRole('region', { name: '已修正（1）' });
    const item = within(fixed).getByText(/BUDGET_SUM_MISMATCH/).closest('li')!;
    expect(item.textContent).toContain(`${SHEET}!B5`);
    expect(getComputedStyle(item).textDecorationLine || getComputedStyle(item).textDecoration).toContain('line-through');
    expect(groupHeader('错误').textContent).toBe(`错误${groupBySeverity(expected).error.length - 1}`);
  });

  it('marks a new finding of the second pass as 新', async () => {
    const grids = [RIGHT, WRONG];
    const { host } = excel({ readActiveGrid: async () => grids.shift() ?? WRONG });
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    await runCheckClick();
    expect(screen.getByText(`与上次检查相比：已修正 0，仍存在 ${expected.length - 1}，新发现 1`)).toBeTruthy();
    const row = screen.getByText(expected.find((f) => f.code === 'BUDGET_SUM_MISMATCH')!.message).closest('button')!;
    expect(within(row).getByText('新')).toBeTruthy();
    // Only the new one is badged.
    expect(screen.getAllByText('新')).toHaveLength(1);
  });

  it('标记单元格 replaces the highlights with the current findings; 清除标记 removes them', async () => {
    const { host, workbook } = excel();
    renderInPane(<CheckPanel host={host} />);
    expect(screen.getByRole('button', { name: '标记单元格' }).hasAttribute('disabled')).toBe(true);
    await runCheckClick();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记单元格' }));
    });
    expect(workbook.clearMarks).toHaveBeenCalledTimes(1);
    expect(workbook.markCells).toHaveBeenCalledWith(marksFor(expected));
    expect(workbook.markCells.mock.calls[0]![0]).toContainEqual({ sheet: SHEET, address: 'B5', severity: 'error' });
    expect(workbook.clearMarks.mock.invocationCallOrder[0]!).toBeLessThan(workbook.markCells.mock.invocationCallOrder[0]!);
    expect(screen.getByText(`已标记 ${marksFor(expected).length} 个单元格（只改底色，不改内容）`)).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    });
    expect(workbook.clearMarks).toHaveBeenCalledTimes(2);
    expect(screen.getByText('已清除标记，单元格恢复原样')).toBeTruthy();
    // Values are never written by the checker.
    expect(workbook.insertFormula).not.toHaveBeenCalled();
  });

  it('生成检查结果表 writes the 检查结果 layout and names the sheet it got', async () => {
    const { host, workbook } = excel({
      writeLayouts: async (layouts) => ({ written: layouts.map((l) => ({ requested: l.name, name: `${l.name} (2)` })), cancelled: false, syncs: 1 }),
    });
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '生成检查结果表' }));
    });
    expect(workbook.writeLayouts).toHaveBeenCalledTimes(1);
    const [layouts] = workbook.writeLayouts.mock.calls[0] as [SheetLayout[]];
    expect(layouts).toHaveLength(1);
    expect(layouts[0]!.name).toBe(FINDINGS_SHEET);
    const rows = layouts[0]!.blocks.find((b) => b.name === 'rows')!;
    expect(rows.values).toHaveLength(expected.length);
    expect(rows.values[0]![1]).toBe('BUDGET_SUM_MISMATCH');
    expect(screen.getByText('已生成工作表“检查结果 (2)”')).toBeTruthy();
    // Inside Excel the new sheet is shown.
    expect(workbook.selectCell).toHaveBeenCalledWith('检查结果 (2)', 'A1');
  });

  it('reports a failure to write', async () => {
    const { host } = excel({ markCells: async () => Promise.reject(new Error('sheet is protected')) });
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记单元格' }));
    });
    expect(screen.getByText('操作失败：sheet is protected')).toBeTruthy();
  });

  it('全部工作表 reads every sheet but earlier 检查结果 sheets', async () => {
    const { host, workbook } = excel({ sheetNames: async () => [SHEET, '检查结果', '检查结果 (2)'] });
    renderInPane(<CheckPanel host={host} />);
    fireEvent.click(screen.getByRole('radio', { name: '全部工作表' }));
    await runCheckClick();
    expect(workbook.readGrids).toHaveBeenCalledWith([SHEET]);
    expect(workbook.readActiveGrid).not.toHaveBeenCalled();
  });

  it('names at most five of the sheets it checked', async () => {
    const names = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'];
    const { host } = excel({ sheetNames: async () => names, readGrids: async (wanted) => (wanted ?? names).map((sheet) => ({ sheet, rows: [] })) });
    renderInPane(<CheckPanel host={host} />);
    fireEvent.click(screen.getByRole('radio', { name: '全部工作表' }));
    await runCheckClick();
    expect(screen.getByText('已检查 7 张工作表：S1、S2、S3、S4、S5 等')).toBeTruthy();
  });

  it('项目清单 says so when the workbook has no register', async () => {
    const { host } = excel();
    renderInPane(<CheckPanel host={host} />);
    fireEvent.click(screen.getByRole('radio', { name: '项目清单' }));
    await runCheckClick();
    expect(screen.getByText(/^未找到项目清单/)).toBeTruthy();
    expect(document.querySelectorAll('button[data-code]')).toHaveLength(0);
  });

  it('shows 错误 0 once the 预算数 is right, and reports a failed read', async () => {
    const reads: Array<() => Promise<Grid>> = [async () => RIGHT, async () => Promise.reject(new Error('busy'))];
    const { host } = excel({ readActiveGrid: () => reads.shift()!() });
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    expect(groupHeader('错误').textContent).toBe('错误0');
    await runCheckClick();
    expect(screen.getByText('检查失败：busy')).toBeTruthy();
  });

  it('pages long lists', async () => {
    const many: Finding[] = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({
      sheet: 'S',
      cell: `E${i + 1}`,
      severity: 'info',
      code: 'IND_BASIS_MISSING',
      message: `第${i + 1}行`,
      messageEn: `row ${i + 1}`,
    }));
    const session = await import('../../src/taskpane/check-session');
    const spy = jest.spyOn(session, 'checkScope').mockResolvedValue({ scope: 'active', sheets: ['S'], findings: many });
    try {
      const { host } = excel();
      renderInPane(<CheckPanel host={host} />);
      await runCheckClick();
      expect(document.querySelectorAll('button[data-code]')).toHaveLength(PAGE_SIZE);
      fireEvent.click(screen.getByRole('button', { name: '再显示 5 条' }));
      expect(document.querySelectorAll('button[data-code]')).toHaveLength(PAGE_SIZE + 5);
    } finally {
      spy.mockRestore();
    }
  });

  it('speaks English after the switch, messages included', async () => {
    const { host } = excel();
    renderInPane(<CheckPanel host={host} />, 'en');
    fireEvent.click(screen.getByRole('radio', { name: 'This sheet' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    });
    expect(groupHeader('Errors')).toBeTruthy();
    expect(screen.getByText(expected.find((f) => f.code === 'BUDGET_SUM_MISMATCH')!.messageEn)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Highlight cells' })).toBeTruthy();
  });
});

describe('检查 panel outside Office', () => {
  function standalone(overrides: Partial<FileWorkbook> = {}) {
    const base = fakeWorkbook({ readActiveGrid: async () => WRONG, sheetNames: async () => [SHEET], readGrids: async () => [WRONG] });
    const workbook = Object.assign(base, {
      open: jest.fn(async (_data: ArrayBuffer) => undefined),
      save: jest.fn(async () => new Uint8Array([80, 75, 3, 4])),
    });
    for (const [key, value] of Object.entries(overrides)) (workbook as unknown as Record<string, unknown>)[key] = jest.fn(value as never);
    const host: PaneHost = { kind: 'standalone', workbook };
    return { host, workbook };
  }

  function xlsxFile(name: string): File {
    const file = new File([new Uint8Array([80, 75, 3, 4])], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    // jsdom's File may lack arrayBuffer(); the pane only needs the bytes.
    if (typeof file.arrayBuffer !== 'function') Object.assign(file, { arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer });
    return file;
  }

  async function upload(name: string) {
    await act(async () => {
      fireEvent.change(screen.getByLabelText('上传 .xlsx'), { target: { files: [xlsxFile(name)] } });
    });
  }

  it('opens an uploaded .xlsx and checks all its sheets', async () => {
    const { host, workbook } = standalone();
    renderInPane(<CheckPanel host={host} />);
    expect((screen.getByRole('radio', { name: '全部工作表' }) as HTMLInputElement).checked).toBe(true);
    await upload('预算表.xlsx');
    expect(workbook.open).toHaveBeenCalledTimes(1);
    expect(workbook.open.mock.calls[0]![0]).toBeInstanceOf(ArrayBuffer);
    expect(workbook.readGrids).toHaveBeenCalledWith([SHEET]);
    expect(screen.getByText('已打开 预算表.xlsx')).toBeTruthy();
    expect(groupHeader('错误').textContent).toBe(`错误${groupBySeverity(expected).error.length}`);
  });

  it('a new upload is not compared with the last file', async () => {
    const { host } = standalone();
    renderInPane(<CheckPanel host={host} />);
    await upload('a.xlsx');
    await upload('b.xlsx');
    expect(screen.queryByText(/与上次检查相比/)).toBeNull();
    await runCheckClick();
    expect(screen.getByText(`与上次检查相比：已修正 0，仍存在 ${expected.length}，新发现 0`)).toBeTruthy();
  });

  it('says why a file cannot be opened', async () => {
    const { host, workbook } = standalone({ open: async () => Promise.reject(new Error('not a zip file')) });
    renderInPane(<CheckPanel host={host} />);
    await upload('bad.xlsx');
    expect(screen.getByText('无法打开 bad.xlsx：not a zip file')).toBeTruthy();
    expect(workbook.readGrids).not.toHaveBeenCalled();
  });

  it('tells where a finding is when clicked (selectCell too)', async () => {
    const { host, workbook } = standalone();
    renderInPane(<CheckPanel host={host} />);
    await runCheckClick();
    await act(async () => {
      fireEvent.click(screen.getByText(expected.find((f) => f.code === 'BUDGET_SUM_MISMATCH')!.message));
    });
    expect(workbook.selectCell).toHaveBeenCalledWith(SHEET, 'B5');
    expect(screen.getByRole('status').textContent).toBe(`问题位于 ${SHEET}!B5（下载工作簿后在 Excel 中查看）`);
  });

  it('downloads the workbook with highlights and a 检查结果 sheet, written once', async () => {
    const { host, workbook } = standalone();
    const offer = jest.fn();
    renderInPane(<CheckPanel host={host} offerDownload={offer} />);
    expect(screen.getByRole('button', { name: '下载带标注的工作簿' }).hasAttribute('disabled')).toBe(true);
    await upload('预算表.xlsx');
    const download = async () =>
      act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '下载带标注的工作簿' }));
      });
    await download();
    expect(workbook.markCells).toHaveBeenCalledWith(marksFor(expected));
    expect(workbook.writeLayouts).toHaveBeenCalledTimes(1);
    expect((workbook.writeLayouts.mock.calls[0]![0] as SheetLayout[])[0]!.name).toBe(FINDINGS_SHEET);
    expect(workbook.save).toHaveBeenCalledTimes(1);
    expect(workbook.writeLayouts.mock.invocationCallOrder[0]!).toBeLessThan(workbook.save.mock.invocationCallOrder[0]!);
    expect(workbook.markCells.mock.invocationCallOrder[0]!).toBeLessThan(workbook.save.mock.invocationCallOrder[0]!);
    expect(offer).toHaveBeenCalledWith(new Uint8Array([80, 75, 3, 4]), '预算表（已标注）.xlsx');
    expect(screen.getByText('已下载 预算表（已标注）.xlsx（含“检查结果”表和单元格标记）')).toBeTruthy();

    // A second download of the same pass does not add a second 检查结果 sheet.
    await download();
    expect(workbook.writeLayouts).toHaveBeenCalledTimes(1);
    expect(workbook.save).toHaveBeenCalledTimes(2);
  });

  it('has no download button inside Excel', () => {
    renderInPane(<CheckPanel host={excel().host} />);
    expect(screen.queryByRole('button', { name: '下载带标注的工作簿' })).toBeNull();
    expect(screen.queryByLabelText('上传 .xlsx')).toBeNull();
  });
});

test('the panel waits for the user: nothing is read before 检查', async () => {
  const { host, workbook } = excel();
  renderInPane(<CheckPanel host={host} />);
  await waitFor(() => expect(checkButton()).toBeTruthy());
  expect(workbook.readActiveGrid).not.toHaveBeenCalled();
  expect(workbook.sheetNames).not.toHaveBeenCalled();
});
