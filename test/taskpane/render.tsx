import './dom-polyfills';
import type { ReactElement } from 'react';
import { configure, render } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import { LanguageContext, type Lang } from '../../src/taskpane/i18n';
import { paneTheme } from '../../src/taskpane/theme';

// A loaded CI machine (or 8 agents on 2 cores) renders Fluent slowly: findBy and waitFor wait up
// to 15 s, and a test up to 60 s, rather than failing on time alone. No test asserts a duration.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

/** Renders `ui` as the pane does: inside Fluent's provider, in the given language. */
export function renderInPane(ui: ReactElement, lang: Lang = 'zh') {
  return render(
    <FluentProvider theme={paneTheme}>
      <LanguageContext.Provider value={{ lang, setLang: () => undefined }}>{ui}</LanguageContext.Provider>
    </FluentProvider>,
  );
}
