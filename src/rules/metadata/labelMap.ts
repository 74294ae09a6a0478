import { isCollection } from 'yaml';
import { entriesOf, str, type Located } from '../../judge/located';
import type { RuleContext } from '../../judge/rule';
import { isQualifiedName, isValidLabelValue } from '../../k8s/names';
import { brief } from './brief';

/** Which codes and words a label-like map is reported with. */
export interface LabelMapCodes {
  readonly keyCode: string;
  readonly valueCode: string;
  /** The field name used in messages: `labels`, `nodeSelector`. */
  readonly field: string;
}

/** Why a value was sent as it is, when Polyaxon turned a list or mapping into JSON text. */
function jsonNote(loc: Located): string {
  return isCollection(loc.node) ? ' (a list or mapping is sent as its JSON text)' : '';
}

/**
 * Checks a map with label syntax (labels, nodeSelector): each key a qualified name, each
 * value a label value (at most 63 characters of `[A-Za-z0-9_.-]`, alphanumeric at both ends).
 */
export function checkLabelMap(ctx: RuleContext, map: Located | undefined, codes: LabelMapCodes): void {
  for (const [key, entry] of entriesOf(map)) {
    const keyErrors = isQualifiedName(key);
    if (keyErrors.length > 0) {
      ctx.report({
        code: codes.keyCode,
        message:
          `${codes.field} key "${key}" is not valid: ${brief(keyErrors)}. ` +
          'Write an optional DNS prefix and a name, such as example.com/team',
        at: entry,
        onKey: true,
      });
    }
    const value = str(entry);
    if (value === undefined) continue;
    const valueErrors = isValidLabelValue(value);
    if (valueErrors.length > 0) {
      ctx.report({
        code: codes.valueCode,
        message:
          `${codes.field}.${key}: "${clip(value)}"${jsonNote(entry)} is not a valid label value: ` +
          `${brief(valueErrors)}. Use at most 63 letters, digits, "-", "_" or ".", starting and ending ` +
          'with a letter or digit',
        at: entry,
      });
    }
  }
}

/** Shortens long values for messages. */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
