import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CrashNotice } from './components/CrashNotice';
import { ErrorBoundary } from './components/ErrorBoundary';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary fallback={(error) => <CrashNotice error={error} />}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
