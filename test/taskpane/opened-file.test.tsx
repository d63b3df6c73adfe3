/**
 * Outside Office the panels share one workbook, so they share its name: a file opened in 自评/监控
 * is the one 检查 names (issue 13, item 2: it said "已打开 <first file>" and named the annotated
 * download after it while holding the other workbook's findings).
 */
import './dom-polyfills';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import type { PaneHost } from '../../src/taskpane/host';
import { paneTheme } from '../../src/taskpane/theme';
import { fakeFileWorkbook } from '../helpers/fake-workbook';

jest.setTimeout(60_000);

function xlsxFile(name: string): File {
  const file = new File([new Uint8Array([80, 75, 3, 4])], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  if (typeof file.arrayBuffer !== 'function') Object.assign(file, { arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer });
  return file;
}

async function choose(input: HTMLElement, name: string) {
  await act(async () => {
    fireEvent.change(input, { target: { files: [xlsxFile(name)] } });
  });
}

it('检查 names the file opened last, wherever it was opened, and forgets the old findings', async () => {
  const workbook = fakeFileWorkbook();
  const host: PaneHost = { kind: 'standalone', workbook };
  render(
    <FluentProvider theme={paneTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('tab', { name: '检查' }));
  await choose(screen.getByLabelText('上传 .xlsx'), 'first.xlsx');
  expect(await screen.findByText('已打开 first.xlsx')).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: '自评/监控' }));
  await choose(await screen.findByTestId('evaluation-upload'), 'second.xlsx');
  fireEvent.click(screen.getByRole('tab', { name: '检查' }));
  expect(await screen.findByText('已打开 second.xlsx')).toBeTruthy();
  expect(screen.queryByText('已打开 first.xlsx')).toBeNull();
});
