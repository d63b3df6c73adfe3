/**
 * The task pane inside WPS 表格: the same React app as in Excel, over the WPS workbook adapter.
 * No office.js on this page (WPS does not run it, and offline it could not be fetched).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { App } from '../taskpane/components/App';
import { paneTheme } from '../taskpane/theme';
import { createWpsWorkbook } from '../workbook/wps';
import { etApplicationOrThrow } from '../workbook/wps-host';
import { functionsReport, wpsRoot } from './shell';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

const report = functionsReport(wpsRoot());
// The pane writes into the open workbook as it does in Excel ("excel" is the kind of a host with a workbook).
const host = { kind: 'excel' as const, workbook: createWpsWorkbook(() => etApplicationOrThrow()) };

createRoot(container).render(
  <FluentProvider theme={paneTheme}>
    {report && !report.supported && (
      <MessageBar intent="warning" data-testid="wps-no-functions">
        <MessageBarBody>
          {report.reason} {report.reasonEn}
        </MessageBarBody>
      </MessageBar>
    )}
    <App host={host} />
  </FluentProvider>,
);
