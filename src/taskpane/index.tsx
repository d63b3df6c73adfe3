/**
 * Entry point of the task pane. Inside Excel it waits for office.js; anywhere else (a plain
 * browser, or office.js could not be fetched) it starts on its own after at most a short wait.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { App } from './components/App';
import { detectHost } from './host';
import { uiStrings } from './i18n';
import { paneTheme } from './theme';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);

function show(content: ReactNode) {
  root.render(<FluentProvider theme={paneTheme}>{content}</FluentProvider>);
}

show(<Spinner size="small" label={uiStrings.zh.connecting} />);
void detectHost().then((host) => show(<App host={host} />));
