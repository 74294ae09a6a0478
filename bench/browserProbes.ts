/**
 * Probes the browser bench runs inside the page (Playwright serializes them): each times one
 * thing with `performance.now()`, in the page, so the figures are the app's latency and not
 * Playwright's round trips. They must be self-contained: no imports, no outer variables.
 */

/** Times since navigation start (ms) at which the page became usable. */
export interface LoadMarks {
  /** The first form control (`[data-path]` input in the section form) is enabled. */
  form?: number;
  /** The Monaco pane is mounted (`data-ready="true"`) and shows lines. */
  monaco?: number;
  /** DOMContentLoaded (end of its handlers). */
  domContentLoaded?: number;
}

/** One timed keystroke: milliseconds from its keydown. */
export interface KeyTiming {
  /** Until the watched thing was updated (both of them for the Monaco keystroke). */
  readonly done: number;
  /**
   * Monaco keystroke: until the form control showed the new text. Form keystroke: until the next
   * animation frame.
   */
  readonly other: number;
}

/** What the probes keep on `window`. */
interface ProbeWindow {
  __bbLoad?: LoadMarks;
  __bbPending?: Promise<KeyTiming | null>;
}

/**
 * Init script, run before the page's own scripts: records when the form is usable and when
 * Monaco is ready, from navigation start, on `window.__bbLoad`.
 */
export function watchLoad(): void {
  const marks: LoadMarks = {};
  (window as ProbeWindow).__bbLoad = marks;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (
      marks.form === undefined &&
      document.querySelector('[data-testid="section-form"] input[data-path]:enabled')
    ) {
      marks.form = now;
    }
    if (
      marks.monaco === undefined &&
      document.querySelector('[data-testid="monaco-pane"][data-ready="true"] .view-line')
    ) {
      marks.monaco = now;
    }
    if (marks.form !== undefined && marks.monaco !== undefined) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** The load marks once both are there (DOMContentLoaded added), or null while they are not. */
export function readLoad(): LoadMarks | null {
  const marks = (window as ProbeWindow).__bbLoad;
  if (marks?.form === undefined || marks.monaco === undefined) return null;
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return { ...marks, domContentLoaded: nav?.domContentLoadedEventEnd ?? 0 };
}

export interface MonacoKeyArgs {
  /** The form control that shows the value typed into. */
  readonly input: string;
  /** Its value once the keystroke has reached the form. */
  readonly expected: string;
  readonly timeoutMs: number;
}

/**
 * Arms the timing of the next keystroke typed into Monaco: from its keydown until the form
 * control shows `expected` and Monaco's markers were set from a check of the current text
 * (the pane's `data-marker-updates` changed while the check summary was not busy). The result
 * (null on time-out) is the promise `window.__bbPending`.
 */
export function armMonacoKey(args: MonacoKeyArgs): void {
  const w = window as ProbeWindow;
  w.__bbPending = new Promise((resolve) => {
    const pane = document.querySelector<HTMLElement>('[data-testid="monaco-pane"]');
    const detected = document.querySelector('[data-testid="detected"]');
    const input = document.querySelector<HTMLInputElement>(args.input);
    if (!pane || !detected || !input) {
      resolve(null);
      return;
    }
    let t0 = -1;
    let formAt = -1;
    let markersAt = -1;
    let finished = false;
    const finish = (result: KeyTiming | null): void => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      window.clearTimeout(timer);
      resolve(result);
    };
    const look = (markersChanged: boolean): void => {
      if (t0 < 0 || finished) return;
      const now = performance.now();
      if (formAt < 0 && input.value === args.expected) formAt = now;
      // Markers set while the summary is not busy are from a check of the text shown.
      if (markersAt < 0 && markersChanged && detected.getAttribute('aria-busy') === 'false') markersAt = now;
      if (formAt >= 0 && markersAt >= 0)
        finish({ done: Math.max(formAt, markersAt) - t0, other: formAt - t0 });
    };
    const observer = new MutationObserver((records) => {
      look(records.some((r) => r.target === pane && r.attributeName === 'data-marker-updates'));
    });
    const onKey = (): void => {
      if (t0 >= 0) return;
      t0 = performance.now();
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      // The form's value is a property, not an attribute: looked at every frame too.
      const poll = (): void => {
        look(false);
        if (!finished) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    };
    window.addEventListener('keydown', onKey, true);
    const timer = window.setTimeout(() => finish(null), args.timeoutMs);
  });
}

export interface FormKeyArgs {
  /** The YAML line (trimmed) Monaco shows once the keystroke has reached it. */
  readonly line: string;
  readonly timeoutMs: number;
}

/**
 * Arms the timing of the next keystroke typed into a form control: from its keydown until a line
 * Monaco shows reads `line`, and (the baseline) until the next animation frame. The result (null
 * on time-out) is the promise `window.__bbPending`.
 */
export function armFormKey(args: FormKeyArgs): void {
  const w = window as ProbeWindow;
  w.__bbPending = new Promise((resolve) => {
    const lines = document.querySelector('[data-testid="monaco-pane"] .view-lines');
    if (!lines) {
      resolve(null);
      return;
    }
    let t0 = -1;
    let shownAt = -1;
    let frameAt = -1;
    let finished = false;
    const finish = (result: KeyTiming | null): void => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      window.clearTimeout(timer);
      resolve(result);
    };
    const look = (): void => {
      if (t0 < 0 || finished) return;
      if (shownAt < 0) {
        for (const line of lines.querySelectorAll('.view-line')) {
          if ((line.textContent ?? '').replace(/\u00a0/g, ' ').trim() === args.line) {
            shownAt = performance.now();
            break;
          }
        }
      }
      if (shownAt >= 0 && frameAt >= 0) finish({ done: shownAt - t0, other: frameAt - t0 });
    };
    const observer = new MutationObserver(() => look());
    const onKey = (): void => {
      if (t0 >= 0) return;
      t0 = performance.now();
      requestAnimationFrame(() => {
        frameAt = performance.now();
        look();
      });
      observer.observe(lines, { subtree: true, childList: true, characterData: true });
    };
    window.addEventListener('keydown', onKey, true);
    const timer = window.setTimeout(() => finish(null), args.timeoutMs);
  });
}

/**
 * Arms the timing of an empty animation-frame round: from the next keydown (a key that changes
 * nothing, such as Shift) until the next animation frame, as `done`. The result (null on
 * time-out) is the promise `window.__bbPending`.
 */
export function armFrameKey(timeoutMs: number): void {
  const w = window as ProbeWindow;
  w.__bbPending = new Promise((resolve) => {
    const onKey = (): void => {
      window.removeEventListener('keydown', onKey, true);
      const t0 = performance.now();
      requestAnimationFrame(() => {
        window.clearTimeout(timer);
        const frame = performance.now() - t0;
        resolve({ done: frame, other: frame });
      });
    };
    window.addEventListener('keydown', onKey, true);
    const timer = window.setTimeout(() => {
      window.removeEventListener('keydown', onKey, true);
      resolve(null);
    }, timeoutMs);
  });
}

/** The armed keystroke's timing (null when it timed out or was never armed). */
export function pendingKey(): Promise<KeyTiming | null> {
  return (window as ProbeWindow).__bbPending ?? Promise.resolve(null);
}
