import { useCallback, useRef } from 'react';
import type { Issue } from '../src/index';
import { DetectedSummary } from './components/DetectedSummary';
import { EditorPane } from './components/EditorPane';
import { Header } from './components/Header';
import { Notice } from './components/Notice';
import { OptionsBar } from './components/OptionsBar';
import { ProblemsList } from './components/ProblemsList';
import type { EditorHandle } from './state/editorHandle';
import { useAppState } from './state/useAppState';
import { useCheck } from './state/useCheck';

export function App() {
  const [state, dispatch] = useAppState();
  const result = useCheck(state.text, state.kind, state.policy);
  const editor = useRef<EditorHandle | null>(null);

  const onEdit = useCallback((text: string) => dispatch({ type: 'edit', text }), [dispatch]);
  const onHandle = useCallback((handle: EditorHandle | null) => {
    editor.current = handle;
  }, []);
  const onSelectIssue = useCallback((issue: Issue) => {
    editor.current?.select(issue.range.start.offset, issue.range.end.offset);
  }, []);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header />
      {state.notice && (
        <Notice message={state.notice} onDismiss={() => dispatch({ type: 'dismissNotice' })} />
      )}
      <main className="grid flex-1 grid-cols-1 gap-4 p-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-h-[24rem] flex-col lg:h-[calc(100vh-9rem)]">
          <EditorPane
            text={state.text}
            loads={state.loads}
            issues={result.issues}
            onChange={onEdit}
            onHandle={onHandle}
          />
        </div>
        <aside className="flex flex-col gap-4" aria-label="Check results">
          <OptionsBar
            kind={state.kind}
            policy={state.policy}
            onKindChange={(kind) => dispatch({ type: 'setKind', kind })}
            onPolicyChange={(policy) => dispatch({ type: 'setPolicy', policy })}
          />
          <DetectedSummary result={result} />
          <ProblemsList issues={result.issues} onSelect={onSelectIssue} />
        </aside>
      </main>
    </div>
  );
}
