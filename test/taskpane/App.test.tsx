import { fakeFileWorkbook, fakeWorkbook } from '../helpers/fake-workbook';
import './dom-polyfills';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import type { PaneHost } from '../../src/taskpane/host';
import { paneTheme } from '../../src/taskpane/theme';

function renderApp(host: PaneHost) {
  return render(
    <FluentProvider theme={paneTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

function typeTrial(target: string, actual: string) {
  fireEvent.change(screen.getByLabelText('指标值'), { target: { value: target } });
  fireEvent.change(screen.getByLabelText('完成值'), { target: { value: actual } });
}

describe('task pane', () => {
  it('starts in Chinese with the title and the 指标值试算 panel', () => {
    renderApp({ kind: 'standalone', workbook: fakeFileWorkbook() });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('绩效表助手');
    expect(screen.getByText('PerfTable')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '指标值试算' })).toBeTruthy();
  });

  it('standalone: says so, still evaluates, and disables insertion', () => {
    renderApp({ kind: 'standalone', workbook: fakeFileWorkbook() });
    expect(screen.getByText('未在 Excel 中运行：表格在本页中生成和检查，可下载 .xlsx')).toBeTruthy();
    typeTrial('≥60%', '0.65');
    expect(screen.getByText('达成')).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入公式' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('in Excel: no standalone notice, and insertion goes to the workbook', async () => {
    const insertFormula = jest.fn(async () => ({ address: 'Sheet1!C3' }));
    renderApp({ kind: 'excel', workbook: fakeWorkbook({ insertFormula }) });
    expect(screen.queryByText(/未在 Excel 中运行/)).toBeNull();
    typeTrial('≥60%', '0.65');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '插入公式' }));
    });
    expect(insertFormula).toHaveBeenCalledWith('=PERF.EVAL(0.65,"≥60%")');
  });

  it('switches to English and back, keeping what was typed', () => {
    renderApp({ kind: 'standalone', workbook: fakeFileWorkbook() });
    typeTrial('≥60%', '0.65');

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByText('Not running in Excel: sheets are made and checked in this page and can be downloaded as .xlsx')).toBeTruthy();
    expect(screen.getByText('Met')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert formula' })).toBeTruthy();
    expect((screen.getByLabelText('Target (指标值)') as HTMLInputElement).value).toBe('≥60%');
    expect(document.querySelector('[lang="en-US"]')).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(screen.getByText('达成')).toBeTruthy();
  });

  it('keeps what was typed in a panel when the user visits another tab and comes back', () => {
    renderApp({ kind: 'standalone', workbook: fakeFileWorkbook() });
    typeTrial('≥60%', '0.65');
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    expect(screen.queryByRole('textbox', { name: '指标值' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '试算' }));
    expect((screen.getByLabelText('指标值') as HTMLInputElement).value).toBe('≥60%');
    expect((screen.getByLabelText('完成值') as HTMLInputElement).value).toBe('0.65');
  });
});
