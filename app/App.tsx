import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Edit, Issue } from '../src/index';
import {
  formatPath,
  type EditResult,
  type FixAllResult,
  type FixOption,
  type ImportResult,
} from '../src/index';
import { ExportDialog, FixAllDialog, ImportDialog } from './components/lazyDialogs';
import { ImportManifestButton } from './components/ImportManifestButton';
import { OpenFileButton, type OpenFileHandle } from './components/OpenFileButton';
import { SessionButtons } from './components/SessionButtons';
import { useSessionActions } from './components/useSessionActions';
import { ShortcutsButton, ShortcutsDialog } from './components/ShortcutsDialog';
import { PresetsMenu, presetsDisabledReason } from './components/PresetsMenu';
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
import { focusRegion } from './keyboard/focusRegion';
import { useShortcuts, type ShortcutHandlers } from './keyboard/useShortcuts';
import { chooseTarget, editableSections } from './state/formTarget';
import type { AppState } from './state/appState';
import type { History, Origin } from './state/history';
import { useAppState } from './state/useAppState';
import { useEditEngine, withEditEngine } from './state/editEngine';
import { useCheck } from './state/useCheck';
import { snapshotSource, useFormSnapshot } from './state/useFormSnapshot';
import { useStableTarget } from './form/stableTarget';

// Its props change only with a check result, not with each keystroke that re-renders the page.
const Problems = memo(ProblemsList);

export function App({ initial }: { readonly initial: AppState }) {
  const [state, dispatch] = useAppState(initial);
  const checked = useCheck(state.text, state.kind, state.policy);
  const { result, fixable, checkNow, readForm } = checked;
  const editor = useRef<EditorHandle | null>(null);
  const formRef = useRef<HTMLDivElement | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [editError, setEditError] = useState<string | null>(null);

  const choices = useMemo(() => editableSections(result.sections), [result.sections]);
  const target = useStableTarget(
    useMemo(() => chooseTarget(choices, picked, state.kind), [choices, picked, state.kind]),
  );
  // The form's reading of the section: from the check worker or the page (`snapshotSource`).
  // Only a form keystroke's re-read is deferred, until the YAML pane has drawn the keystroke.
  const engine = useEditEngine();
  const formEdit = fromForm(state.history);
  const deferredText = useDeferredValue(formEdit ? state.text : null);
  const [typedText, setTypedText] = useState<string | null>(null);
  const formState = useFormSnapshot(
    target,
    snapshotSource({
      text: state.text,
      deferredText,
      formEdit,
      typed: state.text === typedText,
      fromCheck:
        checked.text === state.text && checked.form?.key === target.key ? checked.form.snapshot : null,
      read: engine?.readSnapshot ?? null,
    }),
    engine && { text: state.text, read: engine.readSnapshot },
  );
  useLayoutEffect(
    () => readForm({ doc: target.doc, path: target.path, key: target.key }),
    [readForm, target],
  );

  // The text edits start from: the state's, or a newer one an edit just produced.
  const textRef = useRef(state.text);
  const targetRef = useRef(target);
  useLayoutEffect(() => {
    textRef.current = state.text;
    targetRef.current = target;
  }, [state.text, target]);

  const onEdit = useCallback(
    (text: string) => {
      // The editor's change event for a form edit, a fix or a load: the state has it already.
      if (text === textRef.current) return;
      textRef.current = text;
      checkNow(text);
      setTypedText(text);
      dispatch({ type: 'edit', text, origin: 'type', at: Date.now() });
    },
    [dispatch, checkNow, setTypedText],
  );
  const applyResult = useCallback(
    (done: EditResult, origin: Origin = 'fix') => {
      if (!done.ok) {
        setEditError(done.error);
        return;
      }
      setEditError(null);
      textRef.current = done.text;
      checkNow(done.text);
      // Recorded first, with where it came from; the editor's own change event then finds
      // the state already holding this text.
      dispatch({ type: 'edit', text: done.text, origin, at: Date.now() });
      editor.current?.applySplices(done.splices, done.text);
    },
    [dispatch, checkNow],
  );
  const onFormEdit = useCallback(
    (edits: readonly Edit[]) => {
      if (edits.length === 0) return;
      const { doc } = targetRef.current;
      withEditEngine(
        ({ applyEdits }) => applyResult(applyEdits(textRef.current, edits, { doc }), formOrigin(edits)),
        setEditError,
      );
    },
    [applyResult],
  );
  // Fixes, Fix all and importing load the core's fix catalogue on first use (state/onDemand.ts).
  const getFixes = useCallback(
    async (issue: Issue) => (await import('./state/onDemand')).fixesFor(textRef.current, issue),
    [],
  );
  const onApplyFix = useCallback((fix: FixOption) => applyResult(fix.apply()), [applyResult]);
  const [fixAllPreview, setFixAllPreview] = useState<{ before: string; result: FixAllResult } | null>(null);
  const onFixAll = useCallback(() => {
    const before = textRef.current;
    const options = { kind: state.kind, policy: state.policy };
    void import('./state/onDemand').then(({ fixAll }) =>
      setFixAllPreview({ before, result: fixAll(before, options) }),
    );
  }, [state.kind, state.policy]);
  const onHandle = useCallback((handle: EditorHandle | null) => {
    editor.current = handle;
  }, []);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const session = useSessionActions(state, dispatch);
  const [exporting, setExporting] = useState(false);
  /** Opens the Export dialog (the toolbar button; a keyboard shortcut can call it too). */
  const openExport = useCallback(() => setExporting(true), []);
  const onLoaded = useCallback(
    (loaded: Loaded) => {
      if (!loaded.ok) dispatch({ type: 'notice', notice: loaded.error });
      else {
        setPicked(null);
        dispatch({ type: 'load', text: loaded.text, origin: 'load', at: Date.now() });
      }
    },
    [dispatch],
  );
  usePageLoading(onLoaded);
  const onSelectIssue = useCallback((issue: Issue) => {
    const focused = focusControl(formRef.current, issue.path);
    editor.current?.select(issue.range.start.offset, issue.range.end.offset, !focused);
  }, []);
  const openFile = useRef<OpenFileHandle | null>(null);
  const problemsRef = useRef<HTMLDivElement | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  // Keyboard shortcuts (keys in app/keyboard/shortcuts.ts); the help dialog lists those given here.
  const shortcuts: ShortcutHandlers = {
    help: () => setShowShortcuts(true),
    openFile: () => openFile.current?.open(),
    fixAll: onFixAll,
    focusForm: () => focusRegion(formRef.current, '[data-path]:is(input, select, textarea):not([disabled])'),
    focusYaml: () => editor.current?.focus(),
    focusProblems: () => focusRegion(problemsRef.current, 'ol > li button'),
    undo: () => inFormField(formRef.current, session.undo),
    redo: () => inFormField(formRef.current, session.redo),
    export: openExport,
    share: session.share,
    new: session.startNew,
  };
  const shortcutIds = useShortcuts(shortcuts);

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
          <SessionButtons
            actions={session}
            canUndo={state.history.past.length > 0}
            canRedo={state.history.future.length > 0}
          />
          <OpenFileButton ref={openFile} onLoaded={onLoaded} />
          <PresetsMenu
            target={target}
            disabledReason={presetsDisabledReason(
              formState?.problem != null,
              choices.length > 0 || result.detected.format === 'empty',
              result.detected.format,
            )}
            getText={() => textRef.current}
            onResult={(done) => applyResult(done, 'preset')}
          />
          <button type="button" className={SMALL_BUTTON} data-testid="export-open" onClick={openExport}>
            Export…
          </button>
          <ImportManifestButton
            manifests={result.sections.filter((s) => s.kind === 'podSpec')}
            getText={() => textRef.current}
            onResult={setImported}
          />
        </div>
        <DetectedSummary result={result} checking={checked.text !== state.text} />
        <div className="ml-auto">
          <ShortcutsButton onOpen={() => setShowShortcuts(true)} />
        </div>
      </div>
      {session.dialogs}
      {fixAllPreview && (
        <FixAllDialog
          before={fixAllPreview.before}
          result={fixAllPreview.result}
          onClose={() => setFixAllPreview(null)}
          onApply={(text) => {
            const before = fixAllPreview.before;
            setFixAllPreview(null);
            // Only when the text is still the one previewed; otherwise the preview is stale.
            void import('./state/onDemand').then(({ diffSplice }) => {
              if (textRef.current === before)
                applyResult({ ok: true, text, splices: diffSplice(before, text) });
            });
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          text={state.text}
          kind={state.kind}
          target={target}
          issues={result.issues}
          onExported={() => dispatch({ type: 'saved' })}
          // The dialog gives focus back to where it was (the button, or the pane a shortcut came from).
          onClose={() => setExporting(false)}
        />
      )}
      {imported && (
        <ImportDialog
          result={imported}
          onClose={() => setImported(null)}
          onReplace={(yaml) => {
            setImported(null);
            setPicked(null);
            dispatch({ type: 'load', text: yaml, origin: 'load', at: Date.now() });
          }}
        />
      )}
      {showShortcuts && <ShortcutsDialog available={shortcutIds} onClose={() => setShowShortcuts(false)} />}
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
          {checked.text === null || formState === null ? (
            // Which section the form edits is known with the first check (a few milliseconds), and
            // the section is read along with it.
            <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="form-waiting">
              Reading the document…
            </p>
          ) : (
            <SectionForm
              target={target}
              state={formState}
              issues={result.issues}
              onEdit={onFormEdit}
              fixable={fixable}
              getFixes={getFixes}
              onApplyFix={onApplyFix}
            />
          )}
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
          <div ref={problemsRef} tabIndex={-1} className="max-h-72 overflow-y-auto">
            <Problems
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

/** Whether the latest change to the text was made in the form. */
function fromForm(history: History): boolean {
  const last = history.past[history.past.length - 1];
  return last !== undefined && (last.origin === 'form' || last.origin.startsWith('form:'));
}

/** Typing in one form field merges into one undo step; other form edits are steps of their own. */
function formOrigin(edits: readonly Edit[]): Origin {
  const [only] = edits;
  return edits.length === 1 && only?.op === 'set' ? `form:${formatPath(only.path)}` : 'form';
}

/**
 * Runs undo or redo. A form field being typed in shows its own draft, so it is left first (which
 * commits what it holds as the latest change) and focused again after, showing the document's value.
 */
function inFormField(form: HTMLElement | null, step: () => void): void {
  const active = document.activeElement;
  const field =
    (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && form?.contains(active)
      ? active
      : null;
  field?.blur();
  step();
  if (field) requestAnimationFrame(() => field.isConnected && !field.disabled && field.focus());
}
