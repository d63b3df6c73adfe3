import { fakeWorkbook } from '../helpers/fake-workbook';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { TargetTrialPanel } from '../../src/taskpane/components/TargetTrialPanel';
import { describeTarget, lintTarget, message, parseTarget } from '../../src/core';
import { renderInPane } from './render';

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}



const insertButton = () => screen.getByRole('button', { name: '插入公式' });

describe('指标值试算 panel', () => {
  it('shows the verdict 达成 for ≥60% against 0.65, with the parsed target and the rate', () => {
    renderInPane(<TargetTrialPanel />);
    type('指标值', '≥60%');
    type('完成值', '0.65');

    expect(screen.getByText('达成')).toBeTruthy();
    const parsed = parseTarget('≥60%');
    if (!parsed.ok) throw new Error('core no longer parses ≥60%');
    expect(screen.getByText(describeTarget(parsed.target, 'zh'))).toBeTruthy();
    expect(screen.getByText(describeTarget(parsed.target, 'zh')).textContent).toContain('不低于(≥) 60%');
    expect(screen.getByText(/完成率/).textContent).toMatch(/108\.3\s?%/);
  });

  it('updates as the actual changes: 0.3 against ≥60% is not 达成', () => {
    renderInPane(<TargetTrialPanel />);
    type('指标值', '≥60%');
    type('完成值', '0.3');
    expect(screen.queryByText('达成')).toBeNull();
    expect(screen.getByText(/未达成|部分达成/)).toBeTruthy();
  });

  it('shows the parse error of ≥abc% under the 指标值 box, in Chinese with its position', () => {
    renderInPane(<TargetTrialPanel />);
    type('指标值', '≥abc%');
    type('完成值', '0.65');

    const parsed = parseTarget('≥abc%');
    if (parsed.ok) throw new Error('core now accepts ≥abc%');
    expect(parsed.error.code).toBe('MISSING_NUMBER');
    const shown = screen.getByText(parsed.error.message).textContent ?? '';
    expect(shown).toContain('第2个字符');
    expect(shown).toBe(message('MISSING_NUMBER', { position: 1 }).message);
    expect(shown).toContain('比较符后缺少数值');
    // No verdict for a target that does not parse.
    expect(screen.queryByText(/达成/)).toBeNull();
  });

  it('shows CHECK warnings under the 指标值 box: 60% has no operator', () => {
    renderInPane(<TargetTrialPanel />);
    type('指标值', '60%');
    const [finding] = lintTarget('60%');
    if (!finding) throw new Error('core no longer warns about 60%');
    expect(finding.severity).toBe('warning');
    expect(screen.getByText(finding.message)).toBeTruthy();
    // Still a target: its reading is shown.
    expect(screen.getByText(/未写比较符，按此理解/)).toBeTruthy();
  });

  it('passes the 二级指标 to the core: a bare amount under 成本指标 is a ceiling', () => {
    renderInPane(<TargetTrialPanel />);
    type('指标值', '500万元');
    expect(screen.getByText(/不低于\(≥\) 500万元/)).toBeTruthy();
    type('二级指标（可选）', '成本指标');
    expect(screen.getByText(/不高于\(≤\) 500万元/)).toBeTruthy();
  });

  it('carries the percent mode and the 二级指标 into the formula, so the cell agrees with the pane', () => {
    renderInPane(<TargetTrialPanel />);
    type('指标值', '500万元');
    type('完成值', '480');
    type('二级指标（可选）', '成本指标');
    expect(screen.getByText('达成')).toBeTruthy();
    expect((screen.getByLabelText('公式') as HTMLInputElement).value).toBe('=PERF.EVAL(480,"500万元","auto","成本指标")');

    type('二级指标（可选）', '');
    fireEvent.change(screen.getByLabelText('百分比读法'), { target: { value: 'whole' } });
    expect((screen.getByLabelText('公式') as HTMLInputElement).value).toBe('=PERF.EVAL(480,"500万元","whole")');
  });

  it('shows the English messages when the language is English', () => {
    renderInPane(<TargetTrialPanel />, 'en');
    fireEvent.change(screen.getByLabelText('Target (指标值)'), { target: { value: '≥abc%' } });

    const parsed = parseTarget('≥abc%');
    if (parsed.ok) throw new Error('core now accepts ≥abc%');
    expect(screen.getByText(parsed.error.messageEn)).toBeTruthy();
    expect(screen.queryByText(parsed.error.message)).toBeNull();
  });

  it('inserts exactly =PERF.EVAL(0.65,"≥60%") through the workbook and reports the cell', async () => {
    const workbook = fakeWorkbook();
    renderInPane(<TargetTrialPanel workbook={workbook} />);
    type('指标值', '≥60%');
    type('完成值', '0.65');

    expect((screen.getByLabelText('公式') as HTMLInputElement).value).toBe('=PERF.EVAL(0.65,"≥60%")');
    await act(async () => {
      fireEvent.click(insertButton());
    });
    expect(workbook.insertFormula).toHaveBeenCalledTimes(1);
    expect(workbook.insertFormula).toHaveBeenCalledWith('=PERF.EVAL(0.65,"≥60%")');
    expect(screen.getByText('已写入 Sheet1!B2')).toBeTruthy();
  });

  it('reports a failed write and keeps the pane usable', async () => {
    const workbook = fakeWorkbook();
    workbook.insertFormula.mockRejectedValueOnce(new Error('单元格处于编辑模式'));
    renderInPane(<TargetTrialPanel workbook={workbook} />);
    type('指标值', '≥60%');
    type('完成值', '0.65');
    await act(async () => {
      fireEvent.click(insertButton());
    });
    expect(screen.getByText('写入失败：单元格处于编辑模式')).toBeTruthy();
    expect(insertButton().getAttribute('aria-disabled')).not.toBe('true');
  });

  it('cannot insert before there is a formula', () => {
    const workbook = fakeWorkbook();
    renderInPane(<TargetTrialPanel workbook={workbook} />);
    type('指标值', '≥60%');
    expect(insertButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(insertButton());
    expect(workbook.insertFormula).not.toHaveBeenCalled();
  });

  it('without a workbook, still shows the formula but the insert button is disabled', () => {
    renderInPane(<TargetTrialPanel />);
    type('指标值', '≥60%');
    type('完成值', '0.65');
    expect((screen.getByLabelText('公式') as HTMLInputElement).value).toBe('=PERF.EVAL(0.65,"≥60%")');
    expect(insertButton().getAttribute('aria-disabled')).toBe('true');
  });

  it('offers the three percent readings with their Chinese labels', () => {
    renderInPane(<TargetTrialPanel />);
    const select = screen.getByLabelText('百分比读法');
    const labels = within(select).getAllByRole('option').map((option) => option.textContent);
    expect(labels).toEqual(['自动', '小数(0.65=65%)', '整数(65=65%)']);
  });
});
