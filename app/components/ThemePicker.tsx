import { setTheme, useTheme, type ThemeChoice } from '../state/theme';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark or the system's theme; the choice is kept in the browser. */
export function ThemePicker() {
  const { choice } = useTheme();
  return (
    <label className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
      Theme
      <select
        data-testid="theme"
        value={choice}
        onChange={(event) => setTheme(event.target.value as ThemeChoice)}
        className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
