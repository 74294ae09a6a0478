import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyEdits, type Edit } from '../edit/edit';
import { environmentText, mutatedText } from './arbitraries';

// Form-like edits at paths that may or may not exist, on any text: never a throw; a success on
// a text without errors leaves the edited document without errors.
const segment = fc.oneof(
  fc.constantFrom('environment', 'labels', 'tolerations', 'affinity', 'nodeAffinity', 'team', 'run'),
  fc.nat({ max: 3 }),
);
const path = fc.array(segment, { minLength: 1, maxLength: 4 });
const value = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.constant(null),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path, value }),
  fc.record({ op: fc.constant('remove' as const), path }),
  fc.record({ op: fc.constant('insert' as const), path, index: fc.nat({ max: 3 }), value }),
  fc.record({ op: fc.constant('move' as const), path, from: fc.nat({ max: 3 }), to: fc.nat({ max: 3 }) }),
  fc.record({
    op: fc.constant('renameKey' as const),
    path,
    newKey: fc.string({ minLength: 1, maxLength: 6 }),
  }),
);

describe('random edits on random environment texts', { timeout: 120_000 }, () => {
  it('never throw, and a success leaves the document parseable', () => {
    fc.assert(
      fc.property(
        fc.oneof(environmentText, mutatedText),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (text, edits) => {
          const r = applyEdits(text, edits);
          if (!r.ok) {
            expect(r.error.length).toBeGreaterThan(0);
            return;
          }
          // Duplicate keys are read (and reported by the checker), not refused: a text that had
          // them keeps them, so only a text without errors must stay without.
          if ((parseAllDocuments(text)[0]?.errors.length ?? 0) > 0) return;
          expect(parseAllDocuments(r.text)[0]?.errors ?? []).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});
