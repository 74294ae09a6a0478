/**
 * Reads `key=value` lines (also `key: value`), as people copy them from `kubectl get --show-labels`
 * or a shell. Blank lines and `#` comments are skipped; a later line for the same key wins.
 */
export function parseKeyValueLines(text: string): { pairs: [string, string][]; errors: string[] } {
  const found = new Map<string, string>();
  const errors: string[] = [];
  text.split(/\r?\n|,(?=[^=,]+=)/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([^=:\s]+)\s*(?:=|:\s)\s*(.*)$/.exec(line) ?? /^([^=:\s]+)\s*[=:]$/.exec(line);
    if (!m || m[1] === undefined) {
      errors.push(`Line ${i + 1}: write key=value`);
      return;
    }
    found.set(m[1], unquote((m[2] ?? '').trim()));
  });
  return { pairs: [...found], errors };
}

function unquote(v: string): string {
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) return v.slice(1, -1);
  return v;
}
