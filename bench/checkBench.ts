import { parseAllDocuments, parseDocument } from 'yaml';
import { checkText } from '../src/index';
import { clearSectionCache } from '../src/judge/sectionCache';
import { clearSourceCache, setParseReuse, sourceCacheStats } from '../src/yaml/sourceCache';
import type { Reuse } from '../src/yaml/reparse';
import { typicalDocument } from './documents';
import { measure, measurePair } from './measure';
import { figure, type Figure } from './report';

/** Empties the parse and verdict caches: the next check starts from nothing. */
function forget(): void {
  clearSourceCache();
  clearSectionCache();
}

/**
 * Full check (parse, detect, validate, positions) against the raw parse of the same text. The
 * parse and verdict caches are emptied before each check, so every check parses and judges its
 * whole text. Then the check of a text one keystroke away from one already checked, as in the
 * app while typing (the previous text's parse and verdicts are reused where they still hold).
 */
export function checkFigures(big: string): Figure[] {
  const typical = typicalDocument();
  const lines = big.split('\n').length - 1;
  const [small, smallBase] = measurePair(
    () => checkText(typical),
    () => parseDocument(typical),
    { setup: forget },
  );
  const [large, largeBase] = measurePair(
    () => checkText(big),
    () => parseAllDocuments(big),
    { warmup: 2, minRuns: 7, minTimeMs: 3000, setup: forget },
  );
  const keystroke = keystrokeCheck(big, 'copy');
  const inWorker = keystrokeCheck(big, 'move');
  return [
    figure(
      'check-typical',
      `checkText of a typical environment (${typical.split('\n').length - 1} lines)`,
      small,
      { maxRatio: 3 },
      { title: 'yaml.parseDocument', stats: smallBase },
    ),
    figure(
      'check-5000',
      `checkText of a ${lines}-line Polyaxon file (${(big.length / 1024).toFixed(0)} KB)`,
      large,
      { maxRatio: 3 },
      { title: 'yaml.parseAllDocuments', stats: largeBase },
      `${checkText(big).sections.length} environment sections`,
    ),
    figure(
      'check-5000-keystroke',
      `checkText of the ${lines}-line file one keystroke (in a label value) after checking it`,
      keystroke.stats,
      {},
      { title: 'yaml.parseAllDocuments of the whole text', stats: largeBase },
      `reported only (the browser figure carries the target); ${keystroke.incremental} of ${keystroke.runs} ` +
        'texts read from the previous parse',
    ),
    figure(
      'check-5000-keystroke-worker',
      `the same as the app's check worker reads it (parse nodes moved, not copied)`,
      inWorker.stats,
      {},
      { title: 'yaml.parseAllDocuments of the whole text', stats: largeBase },
      `reported only; ${inWorker.incremental} of ${inWorker.runs} texts read from the previous parse`,
    ),
  ];
}

// A letter typed at the end of the first `example.com/team` label value, the text before it
// checked first (untimed), with the parse cache copying or moving the earlier parse's nodes.
function keystrokeCheck(
  big: string,
  reuse: Reuse,
): {
  stats: ReturnType<typeof measure>;
  incremental: number;
  runs: number;
} {
  const at = big.indexOf('\n', big.indexOf('example.com/team:'));
  if (at < 0) throw new Error('the document has no example.com/team label');
  let n = 0;
  let next = big;
  let incremental = 0;
  let runs = 0;
  setParseReuse(reuse);
  try {
    const stats = measure(
      () => {
        checkText(next);
        incremental += sourceCacheStats().incremental;
        runs++;
      },
      {
        warmup: 2,
        minRuns: 15,
        minTimeMs: 2000,
        setup: () => {
          forget();
          const before = big.slice(0, at) + 'x'.repeat(n % 8) + big.slice(at);
          checkText(before);
          next = big.slice(0, at) + 'x'.repeat((n % 8) + 1) + big.slice(at);
          n++;
        },
      },
    );
    return { stats, incremental, runs };
  } finally {
    setParseReuse('copy');
  }
}
