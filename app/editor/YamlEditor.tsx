import type { OnMount } from '@monaco-editor/react';
import { Editor } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/esm/vs/editor/editor.api';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Issue } from '../../src/index';
import { diffSplice } from '../../src/index';
import { useTheme } from '../state/theme';
import type { EditorHandle } from '../state/editorHandle';
import { issuesToMarkers, MARKER_OWNER } from './markers';
import { registerQuickFixes } from './codeActions';
import { setUpMonaco, THEMES } from './monaco';

const monaco = setUpMonaco();

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'YAML',
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  scrollBeyondLastLine: false,
  renderWhitespace: 'boundary',
  fixedOverflowWidgets: true,
  // Folds by indentation, worked out in the page as lines change: monaco-yaml's folding ranges
  // would parse the whole text again in its worker after every keystroke.
  foldingStrategy: 'indentation',
};

export interface YamlEditorProps {
  readonly text: string;
  /** Bumped when the text comes from outside the editor (a link); the editor then takes it over. */
  readonly loads: number;
  readonly issues: readonly Issue[];
  readonly onChange: (text: string) => void;
  readonly onHandle: (handle: EditorHandle | null) => void;
}

/**
 * Makes the editor hold `text` by changing only what differs (so the scroll position, folds and
 * the cursor elsewhere stay); with `reveal`, the cursor is put at the change and shown.
 */
function replaceText(instance: editor.IStandaloneCodeEditor, text: string, reveal = false): void {
  const model = instance.getModel();
  if (!model) return;
  const current = model.getValue();
  if (current === text) return;
  const [splice] = diffSplice(current, text);
  if (!splice) return;
  const range = monaco.Range.fromPositions(model.getPositionAt(splice.from), model.getPositionAt(splice.to));
  instance.executeEdits('load', [{ range, text: splice.insert }]);
  if (model.getValue() !== text) model.setValue(text);
  // Not while mounting: Monaco would draw before it has measured its font.
  if (!reveal) return;
  const cursor = model.getPositionAt(splice.from + splice.insert.length);
  instance.setPosition(cursor);
  instance.revealPositionInCenterIfOutsideViewport(cursor);
}

/**
 * Monaco showing the document. It runs uncontrolled (a controlled `value` drops keystrokes,
 * stack notes gotcha 8): typing flows out through `onChange`, and outside texts flow in as edits.
 */
export default function YamlEditor({ text, loads, issues, onChange, onHandle }: YamlEditorProps) {
  const { dark } = useTheme();
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor | null>(null);
  const latestText = useRef(text);
  useLayoutEffect(() => {
    latestText.current = text;
  }, [text]);

  const onMount: OnMount = (mounted) => {
    // Text typed into the fallback while this chunk loaded is newer than the editor's first value.
    replaceText(mounted, latestText.current);
    setInstance(mounted);
  };

  useEffect(() => {
    if (instance && loads > 0) replaceText(instance, latestText.current, true);
  }, [instance, loads]);

  // A text that changed outside the editor while it is not being typed in (a form edit that raced
  // the editor's mounting) is taken over; while it has focus, its own typing is the newer text.
  useEffect(() => {
    if (instance && !instance.hasTextFocus()) replaceText(instance, text);
  }, [instance, text]);

  const latestIssues = useRef(issues);
  useLayoutEffect(() => {
    latestIssues.current = issues;
  }, [issues]);
  useEffect(() => {
    const registration = registerQuickFixes(monaco, () => latestIssues.current);
    return () => registration.dispose();
  }, []);

  // Set in the render that brings the issues, before the page is painted.
  useLayoutEffect(() => {
    const model = instance?.getModel();
    if (!instance || !model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, issuesToMarkers(monaco, model, issues));
    // Counts marker updates, so the browser bench can tell when a check's markers are on.
    const pane = instance.getContainerDomNode().closest<HTMLElement>('[data-yaml-pane]');
    if (pane) pane.dataset.markerUpdates = String(Number(pane.dataset.markerUpdates ?? '0') + 1);
  }, [instance, issues]);

  useEffect(() => {
    if (!instance) return;
    // Form edits made before this handle existed reached only the state: take them over now.
    replaceText(instance, latestText.current);
    onHandle({
      select(start, end, focus = true) {
        const model = instance.getModel();
        if (!model) return;
        const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
        instance.setSelection(range);
        instance.revealRangeInCenterIfOutsideViewport(range);
        if (focus) instance.focus();
      },
      applySplices(splices, expected) {
        const model = instance.getModel();
        if (!model) return;
        const edits = splices.map((s) => ({
          range: monaco.Range.fromPositions(model.getPositionAt(s.from), model.getPositionAt(s.to)),
          text: s.insert,
        }));
        // One undo step, written to the model directly: the editor's `executeEdits` runs its
        // cursor machinery too, a few milliseconds of each form keystroke.
        model.pushStackElement();
        model.pushEditOperations(instance.getSelections(), edits, () => null);
        model.pushStackElement();
        // Monaco normalises line ends to the model's; if its text differs anyway, take the core's.
        if (model.getValue() !== expected) replaceText(instance, expected);
        // Drawn now rather than in Monaco's next animation frame: whatever else runs before that
        // frame (the page's re-render), the first frame after the keystroke shows the new YAML.
        instance.render();
      },
      focus() {
        instance.focus();
      },
    });
    return () => onHandle(null);
  }, [instance, onHandle]);

  return (
    <div
      data-testid="monaco-pane"
      data-ready={instance ? 'true' : 'false'}
      data-yaml-pane=""
      className="h-full min-h-[24rem] overflow-hidden rounded-md border border-slate-300 focus-within:outline-2 focus-within:outline-indigo-500 dark:border-slate-700"
    >
      <Editor
        defaultLanguage="yaml"
        defaultPath="document.yaml"
        defaultValue={text}
        theme={dark ? THEMES.dark : THEMES.light}
        options={OPTIONS}
        onMount={onMount}
        onChange={(value) => onChange(value ?? '')}
        height="100%"
      />
    </div>
  );
}
