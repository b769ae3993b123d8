import { useEffect, useState } from 'react';
import { Tour, TOUR_SEEN_KEY } from './components/Tour.js';
import { LangProvider, useT } from './i18n/i18n.js';
import type { StringKey } from './i18n/strings.js';
import { useUrlState } from './state/useUrlState.js';
import { VIEWS, type UrlState, type View } from './state/urlState.js';
import { FlowView } from './views/FlowView.js';
import { GraphView } from './views/GraphView.js';
import { MatrixView } from './views/MatrixView.js';
import { OnboardingView } from './views/OnboardingView.js';
import { PathsView } from './views/PathsView.js';
import { TopicsView } from './views/TopicsView.js';

function Shell({ state, update, replace }: ReturnType<typeof useUrlState>) {
  const { t } = useT();
  const [tour, setTour] = useState(() => {
    try {
      return !window.localStorage.getItem(TOUR_SEEN_KEY);
    } catch {
      return false;
    }
  });
  const closeTour = () => {
    setTour(false);
    try {
      window.localStorage.setItem(TOUR_SEEN_KEY, '1');
    } catch {
      /* private mode: the tour shows again next time */
    }
  };
  useEffect(() => {
    document.documentElement.lang = state.lang === 'nb' ? 'nb' : 'en';
  }, [state.lang]);
  const go = (view: View) => update((s: UrlState) => ({ ...s, view }));
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <nav aria-label="Visninger">
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              className={state.view === v ? 'tab active' : 'tab'}
              aria-current={state.view === v ? 'page' : undefined}
              onClick={() => go(v)}
            >
              {t(`view.${v}` as StringKey)}
            </button>
          ))}
        </nav>
        <button
          type="button"
          className="lang"
          onClick={() => update((s) => ({ ...s, lang: s.lang === 'nb' ? 'en' : 'nb' }))}
        >
          {t('language')}
        </button>
      </header>
      <main className="app-main">
        {state.view === 'graph' && <GraphView state={state} update={update} replace={replace} />}
        {state.view === 'flow' && <FlowView state={state} update={update} />}
        {state.view === 'matrix' && <MatrixView state={state} update={update} />}
        {state.view === 'paths' && <PathsView state={state} update={update} />}
        {state.view === 'topics' && <TopicsView state={state} update={update} />}
        {state.view === 'onboarding' && <OnboardingView update={update} onTour={() => setTour(true)} />}
      </main>
      {tour && <Tour onClose={closeTour} />}
    </div>
  );
}

export function App() {
  const url = useUrlState();
  return (
    <LangProvider lang={url.state.lang}>
      <Shell {...url} />
    </LangProvider>
  );
}
