import type { CodeTable } from './catalog';

/** The markdown table of every issue code (docs/codes.md is this, kept in sync by a test). */
export function renderCodesDoc(codes: CodeTable): string {
  const rows = Object.entries(codes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.source} | ${info.title} |`);
  return [
    '# Issue codes',
    '',
    'Every finding of `check` has one of these codes. Severity is the default; a few checks raise it',
    '(a YAML 1.1 reading where a string is required is an error) or lower it (policy findings are',
    '`info` unless a profile is picked). Generated from the code tables in `src/`: run',
    '`npm run --silent codes-doc > docs/codes.md` after adding a code.',
    '',
    '| code | severity | source | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
