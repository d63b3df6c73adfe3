import { useMemo, useState } from 'react';
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
  const language = useMemo(() => ({ lang, setLang }), [lang]);
  const t = uiStrings[lang];
  const otherLang: Lang = lang === 'zh' ? 'en' : 'zh';

  return (
    <LanguageContext.Provider value={language}>
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
        <TabList selectedValue={panel} onTabSelect={(_event, data) => setPanel(data.value as PanelId)} size="small">
          {PANELS.map((id) => (
            <Tab key={id} value={id}>
              {t.tabs[id]}
            </Tab>
          ))}
        </TabList>
        <main>
          {panel === 'trial' && <TargetTrialPanel workbook={host.kind === 'excel' ? host.workbook : undefined} />}
          {panel === 'wizard' && <NewProjectWizard host={host} />}
          {panel === 'batch' && <BatchPanel host={host} />}
          {panel === 'check' && <CheckPanel host={host} />}
          {panel === 'evaluation' && <EvaluationPanel host={host} />}
        </main>
      </div>
    </LanguageContext.Provider>
  );
}
