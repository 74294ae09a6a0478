import { useImperativeHandle, useRef, type Ref } from 'react';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { readDroppedFile, type Loaded } from '../hooks/useFileLoading';

/** Lets the page open the file picker from elsewhere (the Ctrl+O shortcut). */
export interface OpenFileHandle {
  open(): void;
}

interface OpenFileButtonProps {
  readonly onLoaded: (loaded: Loaded) => void;
  readonly ref?: Ref<OpenFileHandle>;
}

/** Opens a YAML file from disk (drop and paste work anywhere on the page too). */
export function OpenFileButton({ onLoaded, ref }: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement | null>(null);
  useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
  return (
    <>
      <button
        type="button"
        className={SMALL_BUTTON}
        onClick={() => input.current?.click()}
        data-testid="open-file"
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,.txt,text/yaml,application/yaml"
        className="hidden"
        aria-label="Open a YAML file"
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readDroppedFile(file).then(onLoaded);
        }}
      />
    </>
  );
}
