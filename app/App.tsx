import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Edit, Issue } from '../src/index';
import {
  applyEdits,
  diffSplice,
  fixableCodes,
  fixAll,
  fixesFor,
  importManifest,
  type EditResult,
  type FixAllResult,
  type FixOption,
  type ImportResult,
} from '../src/index';
import { FixAllDialog } from './components/FixAllDialog';
import { ImportDialog } from './components/ImportDialog';
import { OpenFileButton } from './components/OpenFileButton';
import { SMALL_BUTTON } from './form/controls/RowButtons';
import { usePageLoading, type Loaded } from './hooks/useFileLoading';
import { DetectedSummary } from './components/DetectedSummary';
import { EditorPane } from './components/EditorPane';
import { Header } from './components/Header';
import { Notice } from './components/Notice';
import { OptionsBar } from './components/OptionsBar';
import { ProblemsList } from './components/ProblemsList';
import { SectionPicker } from './components/SectionPicker';
import { SectionForm } from './form/SectionForm';
import type { EditorHandle } from './state/editorHandle';
import { focusControl } from './state/focusControl';
import { chooseTarget, editableSections } from './state/formTarget';
import { useAppState } from './state/useAppState';
import { useCheck } from './state/useCheck';
import { useFormSnapshot } from './state/useFormSnapshot';

export function App() {
  const [state, dispatch] = useAppState();
  const result = useCheck(state.text, state.kind, state.policy);
  const editor = useRef<EditorHandle | null>(null);
  const formRef = useRef<HTMLDivElement | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [editError, setEditError] = useState<string | null>(null);

  const choices = useMemo(() => editableSections(result.sections), [result.sections]);
  const target = useMemo(() => chooseTarget(choices, picked, state.kind), [choices, picked, state.kind]);
  const formState = useFormSnapshot(state.text, target);

  // The text edits start from: the state's, or a newer one an edit just produced.
  const textRef = useRef(state.text);
  const targetRef = useRef(target);
  useLayoutEffect(() => {
    textRef.current = state.text;
    targetRef.current = target;
  }, [state.text, target]);

  const onEdit = useCallback(
    (text: string) => {
      textRef.current = text;
      dispatch({ type: 'edit', text });
    },
    [dispatch],
  );
  const applyResult = useCallback(
    (done: EditResult) => {
      if (!done.ok) {
        setEditError(done.error);
        return;
      }
      setEditError(null);
      textRef.current = done.text;
      if (editor.current) editor.current.applySplices(done.splices, done.text);
      else dispatch({ type: 'edit', text: done.text });
    },
    [dispatch],
  );
  const onFormEdit = useCallback(
    (edits: readonly Edit[]) => {
      if (edits.length === 0) return;
      applyResult(applyEdits(textRef.current, edits, { doc: targetRef.current.doc }));
    },
    [applyResult],
  );
  const fixable = useMemo(() => new Set(fixableCodes()), []);
  const getFixes = useCallback((issue: Issue) => fixesFor(textRef.current, issue), []);
  const onApplyFix = useCallback((fix: FixOption) => applyResult(fix.apply()), [applyResult]);
  const [fixAllPreview, setFixAllPreview] = useState<{ before: string; result: FixAllResult } | null>(null);
  const onFixAll = useCallback(() => {
    const before = textRef.current;
    setFixAllPreview({ before, result: fixAll(before, { kind: state.kind, policy: state.policy }) });
  }, [state.kind, state.policy]);
  const onHandle = useCallback((handle: EditorHandle | null) => {
    editor.current = handle;
  }, []);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const onLoaded = useCallback(
    (loaded: Loaded) => {
      if (!loaded.ok) dispatch({ type: 'load', text: textRef.current, notice: loaded.error });
      else {
        setPicked(null);
        dispatch({ type: 'load', text: loaded.text, notice: null });
      }
    },
    [dispatch],
  );
  usePageLoading(onLoaded);
  const onSelectIssue = useCallback((issue: Issue) => {
    const focused = focusControl(formRef.current, issue.path);
    editor.current?.select(issue.range.start.offset, issue.range.end.offset, !focused);
  }, []);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header />
      {state.notice && (
        <Notice message={state.notice} onDismiss={() => dispatch({ type: 'dismissNotice' })} />
      )}
      <div className="flex flex-wrap items-end gap-4 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <OptionsBar
          kind={state.kind}
          policy={state.policy}
          onKindChange={(kind) => {
            setPicked(null);
            dispatch({ type: 'setKind', kind });
          }}
          onPolicyChange={(policy) => dispatch({ type: 'setPolicy', policy })}
        />
        <SectionPicker choices={choices} current={target} onPick={setPicked} />
        <div className="flex gap-2">
          <OpenFileButton onLoaded={onLoaded} />
          {result.detected.format === 'manifest' && (
            <button
              type="button"
              className={SMALL_BUTTON}
              data-testid="import-manifest"
              onClick={() => setImported(importManifest(state.text))}
            >
              Import as Polyaxon environment…
            </button>
          )}
        </div>
        <DetectedSummary result={result} />
      </div>
      {fixAllPreview && (
        <FixAllDialog
          before={fixAllPreview.before}
          result={fixAllPreview.result}
          onClose={() => setFixAllPreview(null)}
          onApply={(text) => {
            const before = fixAllPreview.before;
            setFixAllPreview(null);
            // Only when the text is still the one previewed; otherwise the preview is stale.
            if (textRef.current === before)
              applyResult({ ok: true, text, splices: diffSplice(before, text) });
          }}
        />
      )}
      {imported && (
        <ImportDialog
          result={imported}
          onClose={() => setImported(null)}
          onReplace={(yaml) => {
            setImported(null);
            setPicked(null);
            dispatch({ type: 'load', text: yaml, notice: null });
          }}
        />
      )}
      <main className="grid flex-1 grid-cols-1 gap-4 p-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <div
          ref={formRef}
          aria-label="Form"
          className="flex min-w-0 flex-col gap-3 lg:h-[calc(100vh-11rem)] lg:overflow-y-auto lg:pr-2"
        >
          {editError && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {`That change could not be made: ${editError}`}
            </p>
          )}
          <SectionForm
            target={target}
            state={formState}
            issues={result.issues}
            onEdit={onFormEdit}
            fixable={fixable}
            getFixes={getFixes}
            onApplyFix={onApplyFix}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-3 lg:h-[calc(100vh-11rem)]">
          <div className="flex min-h-[24rem] flex-1 flex-col">
            <EditorPane
              text={state.text}
              loads={state.loads}
              issues={result.issues}
              onChange={onEdit}
              onHandle={onHandle}
            />
          </div>
          <div className="max-h-72 overflow-y-auto">
            <ProblemsList
              issues={result.issues}
              onSelect={onSelectIssue}
              fixable={fixable}
              getFixes={getFixes}
              onApplyFix={onApplyFix}
              onFixAll={onFixAll}
            />
          </div>
        </div>
      </main>
    </div>
  );
}
