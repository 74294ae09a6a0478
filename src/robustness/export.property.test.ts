import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSection } from '../export/exportSection';
import { checkText } from '../judge/check';
import { formatPath, type Path } from '../path/path';
import { acceptedEnvironmentText, environmentText, mutatedText } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

// The JSON export of an accepted section is what the core reads from the exported YAML.
let accepted = 0;

function exportAgrees(text: string): void {
  const json = exportSection(text, { to: 'json' });
  if (!json.ok) return;
  accepted++;
  const name = sectionName(json.section.path);
  const yaml = exportSection(text, { to: 'yaml', ...(name !== undefined ? { section: name } : {}) });
  expect(yaml.ok, text).toBe(true);
  if (!yaml.ok) return;
  const reread = checkText(yaml.text, { kind: json.section.kind === 'cleaner' ? 'cleaner' : 'environment' });
  const value = reread.sections[0]?.value;
  expect(JSON.parse(json.text), `${text}\n--- exported\n${yaml.text}`).toEqual(
    JSON.parse(JSON.stringify(value ?? null)),
  );
}

function sectionName(path: Path): string | undefined {
  return path.length === 0 ? undefined : formatPath(path);
}

describe('export', { timeout: 120_000 }, () => {
  it('gives JSON equal to the core reading of the exported YAML, for any accepted document', () => {
    fc.assert(fc.property(fc.oneof(acceptedEnvironmentText, environmentText, mutatedText), exportAgrees), {
      numRuns: RUNS,
    });
    // Enough of the random documents are accepted for this to mean something.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });
});
