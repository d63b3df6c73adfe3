/**
 * 新建项目 wizard: the steps, the core's findings next to their fields, the indicator table
 * (catalog, edit, add, reorder, delete), the preview, generating in Excel and outside it, and the
 * unit remembered for the next project.
 */
import { fakeWorkbook } from '../helpers/fake-workbook';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { message } from '../../src/core/i18n/messages';
import { lintTarget } from '../../src/core/target/lint';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { NewProjectWizard } from '../../src/taskpane/components/wizard/NewProjectWizard';
import { UNIT_SETTING_KEY } from '../../src/taskpane/components/wizard/unit-memory';
import type { PaneHost } from '../../src/taskpane/host';
import type { Lang } from '../../src/taskpane/i18n';
import type { FileWorkbook, WorkbookActions } from '../../src/workbook/port';
import { renderInPane } from './render';

// Typing a whole table into jsdom takes a few seconds on a shared machine.


const seed = SEED_PROJECTS[0]!;

function fileWorkbook(overrides: Partial<FileWorkbook> = {}): FileWorkbook & ReturnType<typeof fakeWorkbook> & { open: jest.Mock; save: jest.Mock } {
  const { open, save, ...actions } = overrides;
  return Object.assign(fakeWorkbook(actions as Partial<WorkbookActions>), {
    open: jest.fn(open ?? (async () => undefined)),
    save: jest.fn(save ?? (async () => new Uint8Array([80, 75]))),
  });
}

async function renderWizard(host: PaneHost, lang: Lang = 'zh') {
  renderInPane(<NewProjectWizard host={host} initialYear={2025} />, lang);
  // The remembered unit and the user catalog are read as the wizard opens.
  await act(async () => undefined);
}

const excel = (overrides: Partial<WorkbookActions> = {}) => {
  const workbook = fakeWorkbook(overrides);
  return { host: { kind: 'excel', workbook } as PaneHost, workbook };
};

function type(label: string, value: string, scope: HTMLElement = document.body) {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
}

/** A button by its accessible name (ByRole is exact but slow in jsdom on a page of 60 fields: this is quick). */
function button(name: string): HTMLElement {
  const found = Array.from(document.querySelectorAll('button')).filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0]!;
}

const click = (name: string) => fireEvent.click(button(name));
const goToStep = (n: number) => fireEvent.click(screen.getByRole('button', { name: new RegExp(`^第${n}步`) }));

/** The text under a field: its label, the control and the validation message. */
function fieldText(label: string, scope: HTMLElement = document.body): string {
  const field = within(scope).getByLabelText(label).closest('.fui-Field');
  if (!field) throw new Error(`no Fluent Field around ${label}`);
  return field.textContent ?? '';
}

function card(n: number): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[role="group"][aria-label="指标 ${n}"]`);
  if (!found) throw new Error(`no card 指标 ${n}`);
  return found;
}

/** Types the seed's first project into the wizard, step by step, as a user would. */
function fillSeedProject() {
  type('单位编码', seed.unitCode);
  type('单位名称', seed.unitName);
  type('项目编码', seed.code);
  type('项目名称', seed.name);
  click('下一步');
  type('预算数', '17.00');
  type('其中：财政资金', '17.00');
  type('资金用途', seed.fundUse);
  click('下一步');
  click('用资金用途填入');
  click('下一步');
  seed.indicators.forEach((row, i) => {
    click('添加空白指标');
    const scope = card(i + 1);
    type('一级指标', row.level1, scope);
    type('二级指标', row.level2, scope);
    type('三级指标', row.level3, scope);
    type('绩效指标描述', row.description, scope);
    type('指标值', row.target, scope);
    type('指标值确定依据', row.basis, scope);
  });
}

describe('steps', () => {
  it('starts at 基本信息, numbered 1 of 6, and moves with 下一步 and 上一步 or the step buttons', async () => {
    await renderWizard(excel().host);
    expect(screen.getByText('第 1 步，共 6 步：基本信息')).toBeTruthy();
    expect(screen.getByRole('button', { name: '第1步 基本信息' }).getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('button', { name: '上一步' }).hasAttribute('disabled')).toBe(true);
    click('下一步');
    expect(screen.getByText('第 2 步，共 6 步：预算与支出计划')).toBeTruthy();
    goToStep(4);
    expect(screen.getByText('第 4 步，共 6 步：指标')).toBeTruthy();
    click('上一步');
    expect(screen.getByText('第 3 步，共 6 步：绩效目标')).toBeTruthy();
  });

  it('keeps what was typed when moving between steps', async () => {
    await renderWizard(excel().host);
    type('项目名称', '测试项目');
    click('下一步');
    click('上一步');
    expect((screen.getByLabelText('项目名称') as HTMLInputElement).value).toBe('测试项目');
  });

  it('keeps the draft when the pane shows another panel and comes back (the panel is unmounted meanwhile)', async () => {
    const { host, workbook } = excel();
    const { unmount } = renderInPane(<NewProjectWizard host={host} initialYear={2025} />);
    await act(async () => undefined);
    type('项目名称', '测试项目');
    click('下一步');
    unmount();
    await renderWizard(host);
    expect(screen.getByText('第 2 步，共 6 步：预算与支出计划')).toBeTruthy();
    click('上一步');
    expect((screen.getByLabelText('项目名称') as HTMLInputElement).value).toBe('测试项目');
    // The unit was read once, when the draft began.
    expect(workbook.loadSetting.mock.calls.filter(([key]) => key === UNIT_SETTING_KEY)).toHaveLength(1);
  });

  it('starts the spend plan at the seed’s 25/50/75/100 and this year', async () => {
    await renderWizard(excel().host);
    expect((screen.getByLabelText('年度') as HTMLInputElement).value).toBe('2025');
    goToStep(2);
    expect(['3月底（%）', '6月底（%）', '10月底（%）', '12月底（%）'].map((l) => (screen.getByLabelText(l) as HTMLInputElement).value)).toEqual(['25', '50', '75', '100']);
  });
});

describe('findings next to their fields', () => {
  const mismatch = message('BUDGET_SUM_MISMATCH', { total: '17.00', fiscal: '10.00', other: '0.00', carry: '', sum: '10.00', unit: '万元' }).message;

  it.each<[string, number, Array<[string, string]>, string, string]>([
    ['预算数 ≠ 财政资金 + 其他资金', 2, [['预算数', '17'], ['其中：财政资金', '10']], '预算数', mismatch],
    ['an amount that is not a number', 2, [['其他资金', '三万']], '其他资金', '「其他资金」的值「三万」不是数值'],
    ['a spend plan that falls', 2, [['6月底（%）', '20']], '6月底（%）', '6月底'],
    ['a spend plan that does not end at 100%', 2, [['12月底（%）', '90']], '12月底（%）', message('SPEND_PLAN_LAST_NOT_100', { label: '12月底', labelEn: '', percent: '90' }).message],
    ['a percent that is not one', 2, [['3月底（%）', '二十五']], '3月底（%）', '不是百分比'],
    ['a 项目编码 of the wrong length', 1, [['项目编码', '13020925P0006651']], '项目编码', message('CODE_LENGTH', { length: 16 }).message],
    ['a year that is not one', 1, [['年度', '25年度']], '年度', '年度「25年度」无效'],
  ])('%s', async (_name, step, inputs, field, expected) => {
    await renderWizard(excel().host);
    goToStep(step);
    for (const [label, value] of inputs) type(label, value);
    expect(fieldText(field)).toContain(expected);
  });

  it('shows nothing under a field that is right', async () => {
    await renderWizard(excel().host);
    goToStep(2);
    type('预算数', '17');
    type('其中：财政资金', '17');
    expect(fieldText('预算数')).not.toContain('不等于');
    expect(fieldText('12月底（%）')).toBe('12月底（%）%');
  });

  it('shows an unreadable 指标值 with the core’s message under that row’s 指标值', async () => {
    await renderWizard(excel().host);
    goToStep(4);
    click('添加空白指标');
    type('三级指标', '服务对象满意度', card(1));
    type('指标值', '≥abc%', card(1));
    const [finding] = lintTarget('≥abc%', { level1: '产出指标', level2: '数量指标', level3: '服务对象满意度' });
    expect(finding?.code).toBe('TARGET_UNREADABLE');
    expect(fieldText('指标值', card(1))).toContain(finding!.message);
    expect(screen.getByLabelText('指标值', { selector: 'input' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('says a value is missing only once the user has left its step', async () => {
    await renderWizard(excel().host);
    expect(fieldText('项目编码')).not.toContain('未填写项目编码');
    click('下一步');
    expect(screen.getByRole('button', { name: '第1步 基本信息（1个错误）' })).toBeTruthy();
    click('上一步');
    expect(fieldText('项目编码')).toContain(message('CODE_MISSING').message);
  });

  it('speaks English after the language switch, with the core’s English messages', async () => {
    await renderWizard(excel().host, 'en');
    expect(screen.getByText('Step 1 of 6: Basics')).toBeTruthy();
    click('Next');
    type('Budget (预算数)', '17');
    type('Of which fiscal funds (财政资金)', '10');
    expect(fieldText('Budget (预算数)')).toContain('The budget 17.00 is not 财政资金 10.00 + 其他资金 0.00 = 10.00 (万元)');
  });
});

describe('the spend plan’s checkpoints', () => {
  it('adds a checkpoint after the last month, moves one to another month, removes one', async () => {
    await renderWizard(excel().host);
    goToStep(2);
    click('删除12月底');
    expect(screen.queryByLabelText('12月底（%）')).toBeNull();
    expect(fieldText('10月底（%）')).toContain(message('SPEND_PLAN_LAST_NOT_100', { label: '10月底', percent: '75' }).message);
    click('添加节点');
    expect(screen.getByLabelText('11月底（%）')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('第4个节点的月份'), { target: { value: '12' } });
    type('12月底（%）', '100');
    expect(fieldText('10月底（%）')).not.toContain('不是 100%');
    expect(fieldText('12月底（%）')).toBe('12月底（%）%');
  });
});

describe('indicators', () => {
  it('adds a template from the catalog, with the project’s 预算数 filled in', async () => {
    await renderWizard(excel().host);
    goToStep(2);
    type('预算数', '17');
    goToStep(4);
    const picker = screen.getByRole('group', { name: '从指标库添加' });
    fireEvent.change(within(picker).getByLabelText('二级指标'), { target: { value: '成本指标' } });
    expect((within(picker).getByLabelText('指标模板') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('项目总成本（≤17.00万元）');
    click('添加所选模板');
    const row = card(1);
    expect((within(row).getByLabelText('三级指标') as HTMLInputElement).value).toBe('项目总成本');
    expect((within(row).getByLabelText('指标值') as HTMLInputElement).value).toBe('≤17.00万元');
    expect((within(row).getByLabelText('二级指标') as HTMLInputElement).value).toBe('成本指标');
  });

  it('offers the 二级 of the chosen 一级, and the 2021 tree with 成本指标 as a 一级', async () => {
    await renderWizard(excel().host);
    goToStep(4);
    const picker = screen.getByRole('group', { name: '从指标库添加' });
    const options = (label: string) => Array.from((within(picker).getByLabelText(label) as HTMLSelectElement).options).map((o) => o.value);
    fireEvent.change(within(picker).getByLabelText('一级指标'), { target: { value: '满意度指标' } });
    expect(options('二级指标')).toEqual(['服务对象满意度指标']);
    fireEvent.change(screen.getByLabelText('指标体系'), { target: { value: 'cost2021' } });
    expect(options('一级指标')[0]).toBe('成本指标');
  });

  it('adds a blank row under the chosen 一级 and 二级, edits it, moves rows up and down and deletes them', async () => {
    await renderWizard(excel().host);
    goToStep(4);
    click('添加空白指标');
    click('添加所选模板');
    const first = card(1);
    expect((within(first).getByLabelText('一级指标') as HTMLInputElement).value).toBe('产出指标');
    expect((within(first).getByLabelText('三级指标') as HTMLInputElement).value).toBe('');
    type('三级指标', '培训人次', first);
    click('下移指标 1');
    expect((within(card(2)).getByLabelText('三级指标') as HTMLInputElement).value).toBe('培训人次');
    expect((within(card(1)).getByLabelText('三级指标') as HTMLInputElement).value).toBe('完成年度计划任务数');
    expect(screen.getByRole('button', { name: '下移指标 2' }).hasAttribute('disabled')).toBe(true);
    click('上移指标 2');
    expect((within(card(1)).getByLabelText('三级指标') as HTMLInputElement).value).toBe('培训人次');
    click('删除指标 1');
    expect(screen.queryByRole('group', { name: '指标 2' })).toBeNull();
    expect((within(card(1)).getByLabelText('三级指标') as HTMLInputElement).value).toBe('完成年度计划任务数');
  });

  it('fills in the suggested indicators of the tree, one per part', async () => {
    await renderWizard(excel().host);
    goToStep(4);
    click('填入建议指标');
    expect(screen.getAllByRole('group', { name: /^指标 \d+$/ })).toHaveLength(6);
    expect(screen.queryByText('还没有指标：从指标库添加，或填入建议指标后逐项修改。')).toBeNull();
  });

  it('reports a table without indicators once the step is left', async () => {
    await renderWizard(excel().host);
    goToStep(4);
    expect(screen.queryByText(message('IND_NONE').message)).toBeNull();
    click('下一步');
    click('上一步');
    expect(screen.getByText(message('IND_NONE').message)).toBeTruthy();
  });
});

describe('preview', () => {
  it('draws the seed’s first table from the layout, merged 一级 cells and formats included, with no findings', async () => {
    await renderWizard(excel().host);
    fillSeedProject();
    click('下一步');
    expect(screen.getByText('第 5 步，共 6 步：预览')).toBeTruthy();
    expect(screen.getByText('没有发现问题。')).toBeTruthy();
    const table = within(screen.getByRole('region', { name: '生成的表格预览' }));
    expect(table.getByText('预算项目绩效目标表')).toBeTruthy();
    expect(table.getByText(seed.code)).toBeTruthy();
    expect(table.getAllByText('17.00')).toHaveLength(2);
    expect(table.getByText('25%')).toBeTruthy();
    expect(table.getByText('100%')).toBeTruthy();
    const output = table.getByText('产出指标');
    expect(output.getAttribute('rowspan')).toBe('4');
    expect(table.getByText('效益指标').getAttribute('rowspan')).toBe('4');
    expect(screen.getByText(`工作表：${seed.name}`)).toBeTruthy();
  });

  it('lists every finding with a way back to its step', async () => {
    await renderWizard(excel().host);
    goToStep(2);
    type('预算数', '17');
    goToStep(5);
    expect(screen.getByText(/\d+ 个错误，\d+ 个警告，\d+ 条提示/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: '去修改（预算与支出计划）' })[0]!);
    expect(screen.getByText('第 2 步，共 6 步：预算与支出计划')).toBeTruthy();
  });
});

describe('generate', () => {
  it('in Excel writes the layout, names the sheet, goes to it and remembers the unit', async () => {
    const { host, workbook } = excel();
    await renderWizard(host);
    fillSeedProject();
    goToStep(6);
    await act(async () => click('生成工作表'));
    expect(workbook.writeLayouts).toHaveBeenCalledTimes(1);
    const [layouts] = workbook.writeLayouts.mock.calls[0] as [Array<{ name: string; kind: string }>];
    expect(layouts.map((l) => [l.name, l.kind])).toEqual([[seed.name, 'target']]);
    expect(screen.getByText(`已生成工作表「${seed.name}」`)).toBeTruthy();
    expect(screen.getByRole('button', { name: '生成工作表' }).hasAttribute('disabled')).toBe(true);
    expect(workbook.saveSetting).toHaveBeenCalledWith(UNIT_SETTING_KEY, JSON.stringify({ unitCode: seed.unitCode, unitName: seed.unitName, year: 2025, amountUnit: '万元' }));
    await act(async () => click('转到该工作表'));
    expect(workbook.selectCell).toHaveBeenCalledWith(seed.name, 'A1');
  });

  it('says what failed when the workbook refuses', async () => {
    const { host } = excel({ writeLayouts: async () => Promise.reject(new Error('工作表受保护')) });
    await renderWizard(host);
    goToStep(6);
    expect(screen.getByText(/还有 \d+ 个错误。仍可生成/)).toBeTruthy();
    await act(async () => click('生成工作表'));
    expect(screen.getByText('操作失败：工作表受保护')).toBeTruthy();
  });

  it('outside Office writes into the page’s workbook and downloads it as .xlsx', async () => {
    const workbook = fileWorkbook();
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:perftable');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    const clickSpy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    try {
      await renderWizard({ kind: 'standalone', workbook });
      fillSeedProject();
      goToStep(6);
      expect(screen.getByText(/未在 Excel 中运行：工作表生成在本页的工作簿中/)).toBeTruthy();
      await act(async () => click('生成工作表'));
      expect(screen.getByText(`已生成工作表「${seed.name}」，请下载工作簿`)).toBeTruthy();
      await act(async () => click('下载 .xlsx'));
      expect(workbook.save).toHaveBeenCalled();
      expect(downloads).toEqual([`${seed.name}.xlsx`]);
      expect(createObjectURL.mock.calls[0]![0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } finally {
      clickSpy.mockRestore();
    }
  });

  it('starts the next project with the unit kept and the project cleared', async () => {
    const { host } = excel();
    await renderWizard(host);
    fillSeedProject();
    goToStep(6);
    await act(async () => click('生成工作表'));
    click('新建下一个项目');
    expect(screen.getByText('第 1 步，共 6 步：基本信息')).toBeTruthy();
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe(seed.unitName);
    expect((screen.getByLabelText('项目名称') as HTMLInputElement).value).toBe('');
  });
});

describe('the remembered unit', () => {
  afterEach(() => localStorage.clear());

  it('fills the unit from the workbook’s setting', async () => {
    const stored = JSON.stringify({ unitCode: '808001', unitName: '某单位本级', year: 2026, amountUnit: '元' });
    const { host, workbook } = excel({ loadSetting: async (key: string) => (key === UNIT_SETTING_KEY ? stored : null) });
    await renderWizard(host);
    expect(workbook.loadSetting).toHaveBeenCalledWith(UNIT_SETTING_KEY);
    expect((screen.getByLabelText('单位编码') as HTMLInputElement).value).toBe('808001');
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('某单位本级');
    expect((screen.getByLabelText('年度') as HTMLInputElement).value).toBe('2026');
    expect((screen.getByLabelText('金额单位') as HTMLSelectElement).value).toBe('元');
  });

  it('falls back to the browser’s copy when the workbook has none (the in-page workbook starts empty)', async () => {
    localStorage.setItem(UNIT_SETTING_KEY, JSON.stringify({ unitCode: '808002', unitName: '另一单位', year: 2025 }));
    await renderWizard({ kind: 'standalone', workbook: fileWorkbook() });
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('另一单位');
  });

  it('ignores a stored value that is not a unit', async () => {
    const { host } = excel({ loadSetting: async () => '{"unitCode":1}' });
    await renderWizard(host);
    expect((screen.getByLabelText('单位编码') as HTMLInputElement).value).toBe('');
  });
});
