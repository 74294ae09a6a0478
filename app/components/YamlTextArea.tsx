import { useCallback } from 'react';
import type { EditorHandle } from '../state/editorHandle';

interface YamlTextAreaProps {
  readonly text: string;
  readonly onChange: (text: string) => void;
  readonly onHandle: (handle: EditorHandle | null) => void;
}

/** The plain editor: shown while Monaco loads, and instead of it if Monaco cannot load. */
export function YamlTextArea({ text, onChange, onHandle }: YamlTextAreaProps) {
  const attach = useCallback(
    (area: HTMLTextAreaElement | null) => {
      if (!area) {
        onHandle(null);
        return;
      }
      onHandle({
        select(start, end, focus = true) {
          if (focus) area.focus();
          area.setSelectionRange(start, end);
        },
        applySplices(_splices, expected) {
          onChange(expected);
        },
        focus() {
          area.focus();
        },
      });
    },
    [onHandle, onChange],
  );
  return (
    <textarea
      ref={attach}
      aria-label="YAML"
      data-testid="yaml-input"
      data-yaml-pane=""
      value={text}
      onChange={(event) => onChange(event.target.value)}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
      className="h-full min-h-[24rem] w-full resize-none rounded-md border border-slate-300 bg-white p-3 font-mono text-sm leading-5 text-slate-900 focus:outline-2 focus:outline-indigo-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    />
  );
}
