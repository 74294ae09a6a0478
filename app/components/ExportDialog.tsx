import { useMemo, useState } from 'react';
import type { ExportFormat, Issue } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import type { FormTargetChoice } from '../state/formTarget';
import type { KindChoice } from '../state/options';
import { Dialog } from './Dialog';
import { copyText, downloadText } from './download';
import { buildExport, errorsWarning, previewOf, type ExportScope } from './exportChoice';
import { RadioGroup } from './RadioGroup';

interface ExportDialogProps {
  readonly text: string;
  readonly kind: KindChoice;
  /** The section the form edits: what JSON, Python and the section-only YAML export. */
  readonly target: FormTargetChoice;
  /** The file's issues, for the warning when it has errors. */
  readonly issues: readonly Issue[];
  readonly onClose: () => void;
  /** Called after a download or a copy: the work now exists outside the browser. */
  readonly onExported?: () => void;
}

const FORMATS = [
  { value: 'yaml', label: 'YAML' },
  { value: 'json', label: 'JSON' },
  { value: 'python', label: 'Python' },
] as const satisfies readonly { value: ExportFormat; label: string }[];

function scopeChoices(target: FormTargetChoice) {
  const key = target.path.findLast((seg) => typeof seg === 'string') ?? target.kind;
  return [
    { value: 'file', label: 'Whole file' },
    { value: 'section', label: `This section, with its ${key}: key` },
    { value: 'body', label: 'This section, without its key' },
  ] as const satisfies readonly { value: ExportScope; label: string }[];
}

/** Downloads or copies the file or the edited section as YAML, JSON or a Python snippet. */
export function ExportDialog({ text, kind, target, issues, onClose, onExported }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('yaml');
  const [scope, setScope] = useState<ExportScope>('file');
  const [copied, setCopied] = useState<string>('');
  const outcome = useMemo(
    () => buildExport({ text, kind, target, format, scope }),
    [text, kind, target, format, scope],
  );
  const preview = outcome.ok ? previewOf(outcome.text) : null;
  const warning = errorsWarning(issues.filter((i) => i.severity === 'error').length);
  const sectionLabel = target.path.length === 0 ? `${target.kind} (whole document)` : target.label;

  const copy = async (content: string) => {
    const copied = await copyText(content);
    if (copied) onExported?.();
    setCopied(copied ? 'Copied' : 'Could not copy to the clipboard; use Download instead');
  };

  return (
    <Dialog
      title="Export"
      onClose={onClose}
      testId="export-dialog"
      width="wide"
      actions={
        <>
          <span role="status" data-testid="export-copy-status" className="mr-auto text-xs">
            {copied}
          </span>
          {outcome.ok && (
            <>
              <button
                type="button"
                className={SMALL_BUTTON}
                data-testid="export-download"
                onClick={() => {
                  downloadText(outcome.fileName, outcome.text, outcome.mimeType);
                  onExported?.();
                }}
              >
                {`Download ${outcome.fileName}`}
              </button>
              <button
                type="button"
                className={SMALL_BUTTON}
                data-testid="export-copy"
                onClick={() => void copy(outcome.text)}
              >
                Copy to clipboard
              </button>
            </>
          )}
        </>
      }
    >
      <div className="mt-2 flex flex-col gap-3 text-sm">
        {warning && (
          <p
            role="alert"
            data-testid="export-warning"
            className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
          >
            {warning}
          </p>
        )}
        <div className="flex flex-wrap gap-6">
          <RadioGroup
            legend="Format"
            name="export-format"
            choices={FORMATS}
            value={format}
            onChange={(value) => {
              setFormat(value);
              setCopied('');
            }}
          />
          {format === 'yaml' && (
            <RadioGroup
              legend="What to export"
              name="export-scope"
              choices={scopeChoices(target)}
              value={scope}
              onChange={(value) => {
                setScope(value);
                setCopied('');
              }}
            />
          )}
        </div>
        {(format !== 'yaml' || scope !== 'file') && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {'Section: '}
            <code className="font-mono" data-testid="export-section">
              {sectionLabel}
            </code>
          </p>
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {'File: '}
          <code className="font-mono" data-testid="export-filename">
            {outcome.fileName}
          </code>
        </p>
        {preview ? (
          <div>
            <pre
              data-testid="export-preview"
              tabIndex={0}
              aria-label={`Preview of ${outcome.fileName}`}
              className="max-h-80 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs focus:outline-2 focus:outline-indigo-500 dark:bg-slate-800"
            >
              {preview.shown}
            </pre>
            {preview.more > 0 && (
              <p data-testid="export-more" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {`… ${preview.more} more line${preview.more === 1 ? '' : 's'}`}
              </p>
            )}
          </div>
        ) : (
          !outcome.ok && (
            <p role="alert" data-testid="export-error" className="text-red-700 dark:text-red-400">
              {outcome.error}
            </p>
          )
        )}
      </div>
    </Dialog>
  );
}
