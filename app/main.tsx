import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CrashNotice } from './components/CrashNotice';
import { ErrorBoundary } from './components/ErrorBoundary';
import { browserStorage, readSaved } from './state/autosave';
import { readFragment } from './state/fragment';
import { startState } from './state/initialState';
import { startTheme } from './state/theme';
import './index.css';

startTheme();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// The link is read first (a compressed one inflates asynchronously, in a few milliseconds).
// No top-level await here: it would stop the bundler from merging shared chunks into this entry,
// which costs several KB of first-paint JavaScript (`npm run bench` reports the figure).
const hash = window.location.hash;
void readFragment(hash).then((link) => {
  const initial = startState(link, hash, readSaved(browserStorage()), Date.now());
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <CrashNotice error={error} />}>
        <App initial={initial} />
      </ErrorBoundary>
    </StrictMode>,
  );
});
