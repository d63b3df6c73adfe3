import { useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PaneHost } from '../host';
import { LanguageContext, langTag, uiStrings, type Lang } from '../i18n';
import { TargetTrialPanel } from './TargetTrialPanel';
import { NewProjectWizard } from './wizard/NewProjectWizard';
import { BatchPanel } from './batch/BatchPanel';
import { CheckPanel } from './check/CheckPanel';
import { EvaluationPanel } from './evaluation/EvaluationPanel';
import { OpenedFileContext, useOpenedFileState } from './opened-file';

/** The pane's panels, in the order of their tabs. */
export type PanelId = 'trial' | 'wizard' | 'batch' | 'check' | 'evaluation';
const PANELS: PanelId[] = ['trial', 'wizard', 'batch', 'check', 'evaluation'];

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  languageSwitch: { marginLeft: 'auto' },
});

export interface AppProps {
  host: PaneHost;
  initialLang?: Lang;
  initialPanel?: PanelId;
}

export function App({ host, initialLang = 'zh', initialPanel = 'trial' }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [panel, setPanel] = useState<PanelId>(initialPanel);
  // A panel mounts on its first visit and stays mounted, hidden, so that switching tabs keeps what
  // was typed and a batch that is still writing keeps its progress bar and its cancel button.
  const [visited, setVisited] = useState<ReadonlySet<PanelId>>(() => new Set([initialPanel]));
  const show = (id: PanelId) => {
    setPanel(id);
    setVisited((seen) => (seen.has(id) ? seen : new Set(seen).add(id)));
  };
  const pane = (id: PanelId, content: ReactNode) =>
    visited.has(id) ? (
      <div key={id} hidden={panel !== id}>
        {content}
      </div>
    ) : null;
  const language = useMemo(() => ({ lang, setLang }), [lang]);
  const openedFile = useOpenedFileState();
  const t = uiStrings[lang];
  const otherLang: Lang = lang === 'zh' ? 'en' : 'zh';

  return (
    <LanguageContext.Provider value={language}>
      <OpenedFileContext.Provider value={openedFile}>
      {/* lang lets the browser pick Chinese glyph shapes and lets screen readers switch voice. */}
      <div className={styles.pane} lang={langTag[lang]}>
        <header className={styles.header}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Caption1>PerfTable</Caption1>
          <Button
            className={styles.languageSwitch}
            appearance="subtle"
            size="small"
            aria-label={t.switchToLabel}
            lang={langTag[otherLang]}
            onClick={() => setLang(otherLang)}
          >
            {t.switchTo}
          </Button>
        </header>
        {host.kind === 'standalone' && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.standaloneNotice}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={panel} onTabSelect={(_event, data) => show(data.value as PanelId)} size="small">
          {PANELS.map((id) => (
            <Tab key={id} value={id}>
              {t.tabs[id]}
            </Tab>
          ))}
        </TabList>
        <main>
          {pane('trial', <TargetTrialPanel workbook={host.kind === 'excel' ? host.workbook : undefined} />)}
          {pane('wizard', <NewProjectWizard host={host} />)}
          {pane('batch', <BatchPanel host={host} />)}
          {pane('check', <CheckPanel host={host} />)}
          {pane('evaluation', <EvaluationPanel host={host} />)}
        </main>
      </div>
      </OpenedFileContext.Provider>
    </LanguageContext.Provider>
  );
}
