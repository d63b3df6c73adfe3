import './dom-polyfills';
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import { LanguageContext, type Lang } from '../../src/taskpane/i18n';
import { paneTheme } from '../../src/taskpane/theme';

/** Renders `ui` as the pane does: inside Fluent's provider, in the given language. */
export function renderInPane(ui: ReactElement, lang: Lang = 'zh') {
  return render(
    <FluentProvider theme={paneTheme}>
      <LanguageContext.Provider value={{ lang, setLang: () => undefined }}>{ui}</LanguageContext.Provider>
    </FluentProvider>,
  );
}
