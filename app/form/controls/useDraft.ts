import { useState } from 'react';

/**
 * Text being typed into a control: shown as typed while the control has focus, even when it does
 * not yet read as a value (a half-written number); the document's value shows otherwise.
 */
export function useDraft(external: string): {
  readonly shown: string;
  readonly type: (text: string) => void;
  readonly leave: () => void;
} {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    shown: draft ?? external,
    type: (text) => setDraft(text),
    leave: () => setDraft(null),
  };
}
