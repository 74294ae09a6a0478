import { ThemePicker } from './ThemePicker';

export function Header() {
  return (
    <header className="flex items-start justify-between gap-4 border-b border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
      <div>
        <h1 className="text-lg font-semibold tracking-tight">Polyaxon environment checker</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Edit and check <code className="font-mono">environment</code> and{' '}
          <code className="font-mono">cleaner</code> sections as Polyaxon and Kubernetes read them. Everything
          runs in this page; nothing is sent anywhere.
        </p>
      </div>
      <ThemePicker />
    </header>
  );
}
