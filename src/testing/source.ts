/**
 * Template tag for inline YAML in tests: strips the common indentation and the first
 * and last blank lines, so fixtures can be indented with the test code.
 */
export function source(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.raw.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  text = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '\n');
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
