import { Suspense, useEffect, useState } from 'react';
import { Tour, TOUR_SEEN_KEY } from './components/Tour.js';
import { LangProvider, useT } from './i18n/i18n.js';
import type { StringKey } from './i18n/strings.js';
import { useUrlState } from './state/useUrlState.js';
import { VIEWS, type UrlState, type View } from './state/urlState.js';
import { lazyView } from './lazyView.js';

// One chunk per view, loaded when the view is first opened.
const FlowView = lazyView(() => import('./views/FlowView.js'), 'FlowView');
const GraphView = lazyView(() => import('./views/GraphView.js'), 'GraphView');
const MatrixView = lazyView(() => import('./views/MatrixView.js'), 'MatrixView');
const OnboardingView = lazyView(() => import('./views/OnboardingView.js'), 'OnboardingView');
const PathsView = lazyView(() => import('./views/PathsView.js'), 'PathsView');
const TopicsView = lazyView(() => import('./views/TopicsView.js'), 'TopicsView');
const ActionItemsView = lazyView(() => import('./views/ActionItemsView.js'), 'ActionItemsView');
const BriefView = lazyView(() => import('./views/BriefView.js'), 'BriefView');
const ChangesView = lazyView(() => import('./views/ChangesView.js'), 'ChangesView');
const DocumentsView = lazyView(() => import('./views/DocumentsView.js'), 'DocumentsView');
const AccessibilityView = lazyView(() => import('./views/AccessibilityView.js'), 'AccessibilityView');
import { AppFooter } from './components/AppFooter.js';
import { previousVisit } from './state/previousVisit.js';
import './views/livingRecord.css';

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
  // Notes this visit, so "Hva er nytt" can start from the previous one.
  useEffect(() => void previousVisit(), []);
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
          {VIEWS.filter((v) => v !== 'accessibility').map((v) => (
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
        <Suspense fallback={<p className="status view-loading">{t('loading')}</p>}>
          {state.view === 'graph' && <GraphView state={state} update={update} replace={replace} />}
          {state.view === 'flow' && <FlowView state={state} update={update} />}
          {state.view === 'matrix' && <MatrixView state={state} update={update} />}
          {state.view === 'paths' && <PathsView state={state} update={update} />}
          {state.view === 'topics' && <TopicsView state={state} update={update} />}
          {state.view === 'changes' && <ChangesView state={state} update={update} />}
          {state.view === 'brief' && <BriefView state={state} update={update} />}
          {state.view === 'actions' && <ActionItemsView state={state} update={update} />}
          {state.view === 'documents' && <DocumentsView state={state} update={update} />}
          {state.view === 'onboarding' && <OnboardingView update={update} onTour={() => setTour(true)} />}
          {state.view === 'accessibility' && <AccessibilityView />}
        </Suspense>
      </main>
      <AppFooter onStatement={() => go('accessibility')} />
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
