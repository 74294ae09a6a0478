import { isScalar, type Node } from 'yaml';
import { describePy11Trap } from '../yaml/py11';
import { pyFromNode, pyToJs, type PyValue } from '../yaml/pyValue';
import type { Dialect } from './walkContext';

/** A plain scalar that the dialect reads as something other than text, e.g. `on` → true. */
export interface Trap {
  readonly code: 'yaml11-bool' | 'yaml11-number' | 'yaml11-timestamp';
  /** "YAML 1.1 reads `on` as the boolean true" */
  readonly reading: string;
  /** The source text, to suggest quoting it. */
  readonly text: string;
}

export function readNode(node: Node | null | undefined, dialect: Dialect): PyValue {
  if (!node) return { kind: 'null' };
  return pyFromNode(node, dialect);
}

export function jsOf(value: PyValue): unknown {
  return pyToJs(value);
}

const GO_BOOL_WORDS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** Detects the YAML 1.1 traps of a plain scalar, for the reader Polyaxon or kubectl uses. */
export function trapOf(node: Node | null | undefined, dialect: Dialect): Trap | null {
  if (!node || !isScalar(node) || node.type !== 'PLAIN' || typeof node.source !== 'string') return null;
  const text = node.source;
  if (dialect === 'goyaml2') {
    return GO_BOOL_WORDS.test(text)
      ? { code: 'yaml11-bool', reading: `YAML 1.1 (kubectl) reads \`${text}\` as a boolean`, text }
      : null;
  }
  const trap = describePy11Trap(text);
  if (!trap) return null;
  const code =
    trap.kind === 'bool' ? 'yaml11-bool' : trap.kind === 'timestamp' ? 'yaml11-timestamp' : 'yaml11-number';
  if (trap.kind === 'null') return null;
  return { code, reading: trap.reading, text };
}

/** Short description of a value for messages: `the number 5`, `the boolean true`, `a list`. */
export function describeValue(value: PyValue): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return `the boolean ${String(value.value)}`;
    case 'int':
      return `the number ${value.value.toString()}`;
    case 'float':
      return `the number ${String(value.value)}`;
    case 'str':
      return `the string "${value.value}"`;
    case 'timestamp':
      return `the date ${value.text}`;
    case 'list':
      return 'a list';
    case 'map':
      return 'a mapping';
  }
}

/** The text to suggest when a scalar should be quoted: `"1.10"`. */
export function quoted(node: Node | null | undefined): string | undefined {
  if (!node || !isScalar(node) || typeof node.source !== 'string') return undefined;
  return JSON.stringify(node.source);
}
