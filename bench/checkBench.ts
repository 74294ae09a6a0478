import { parseAllDocuments, parseDocument } from 'yaml';
import { checkText } from '../src/index';
import { clearSourceCache } from '../src/yaml/sourceCache';
import { typicalDocument } from './documents';
import { measurePair } from './measure';
import { figure, type Figure } from './report';

/**
 * Full check (parse, detect, validate, positions) against the raw parse of the same text. The
 * parse cache is emptied before each check, so every check parses its text.
 */
export function checkFigures(big: string): Figure[] {
  const typical = typicalDocument();
  const lines = big.split('\n').length - 1;
  const [small, smallBase] = measurePair(
    () => checkText(typical),
    () => parseDocument(typical),
    { setup: clearSourceCache },
  );
  const [large, largeBase] = measurePair(
    () => checkText(big),
    () => parseAllDocuments(big),
    { warmup: 2, minRuns: 7, minTimeMs: 3000, setup: clearSourceCache },
  );
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
  ];
}
