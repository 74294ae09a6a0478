import { lazy, Suspense } from 'react';
import type { Issue } from '../../src/index';
import type { EditorHandle } from '../state/editorHandle';
import { ErrorBoundary } from './ErrorBoundary';
import { YamlTextArea } from './YamlTextArea';

// Monaco is large: it loads after the page is usable, and the text area stands in meanwhile.
const YamlEditor = lazy(() => import('../editor/YamlEditor'));

interface EditorPaneProps {
  readonly text: string;
  readonly loads: number;
  readonly issues: readonly Issue[];
  readonly onChange: (text: string) => void;
  readonly onHandle: (handle: EditorHandle | null) => void;
}

export function EditorPane({ text, loads, issues, onChange, onHandle }: EditorPaneProps) {
  const plain = <YamlTextArea text={text} onChange={onChange} onHandle={onHandle} />;
  return (
    <ErrorBoundary
      fallback={() => (
        <div className="flex h-full flex-col gap-1">
          <p className="text-xs text-slate-500 dark:text-slate-400">
            The full editor could not load; editing as plain text.
          </p>
          {plain}
        </div>
      )}
    >
      <Suspense fallback={plain}>
        <YamlEditor text={text} loads={loads} issues={issues} onChange={onChange} onHandle={onHandle} />
      </Suspense>
    </ErrorBoundary>
  );
}
