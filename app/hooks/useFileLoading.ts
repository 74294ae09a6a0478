import { useEffect } from 'react';
import { decodeUtf8 } from '../../src/index';

export type Loaded =
  | { readonly ok: true; readonly text: string; readonly name: string }
  | { readonly ok: false; readonly error: string };

/** Reads a dropped or opened file as strict UTF-8; binary or mis-encoded files are refused. */
export async function readDroppedFile(file: File): Promise<Loaded> {
  if (file.size > 10 * 1024 * 1024)
    return { ok: false, error: `${file.name} is larger than 10 MB; open a smaller file` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeUtf8(bytes);
  return decoded.ok
    ? { ok: true, text: decoded.text, name: file.name }
    : { ok: false, error: `${file.name}: ${decoded.error}` };
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [data-testid="monaco-pane"]') !== null
  );
}

/**
 * A file dropped anywhere on the page, or text pasted where no input has focus, becomes the
 * document (one undoable edit in the YAML pane).
 */
export function usePageLoading(onLoaded: (loaded: Loaded) => void): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent): void => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void readDroppedFile(file).then(onLoaded);
    };
    const onPaste = (event: ClipboardEvent): void => {
      if (isEditable(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text === '') return;
      event.preventDefault();
      onLoaded({ ok: true, text, name: 'pasted text' });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
    };
  }, [onLoaded]);
}
