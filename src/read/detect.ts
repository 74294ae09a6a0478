import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SectionKind } from '../judge/rule';
import type { Path } from '../path/path';
import { formatPath } from '../path/path';
import { classifyBareMapping } from './bare';
import { scanPolyaxonFile, isPolyaxonFile } from './polyaxonFile';
import { manifestSections, isWorkloadManifest } from './manifest';

/** What kind of text a document is. */
export type DocFormat = 'empty' | 'section' | 'wrapper' | 'polyaxonfile' | 'helm' | 'manifest' | 'unknown';

export type KindChoice = 'auto' | 'environment' | 'cleaner';

/** A section found in a document, to be judged as `kind`. */
export interface FoundSection {
  readonly doc: number;
  /** Path of the section's value from the document root; [] for a bare section. */
  readonly path: Path;
  readonly kind: SectionKind;
  readonly label: string;
  readonly runKind?: string;
  readonly replica?: boolean;
  /** For manifests: where the pod's metadata (labels, annotations) is. */
  readonly metadataPath?: Path;
}

/** A place that holds an environment where Polyaxon does not accept one. */
export interface Misplaced {
  readonly doc: number;
  readonly path: Path;
  readonly message: string;
  readonly target?: Path;
}

export interface DocDetection {
  readonly format: DocFormat;
  readonly description: string;
  readonly sections: readonly FoundSection[];
  readonly misplaced: readonly Misplaced[];
}

export function pairKey(pair: Pair): string | null {
  const k = pair.key;
  if (isScalar(k) && typeof k.value === 'string') return k.value;
  return null;
}

export function mapGet(map: YAMLMap, key: string): Node | null {
  for (const pair of map.items) if (pairKey(pair) === key) return (pair.value as Node | null) ?? null;
  return null;
}

export function keysOf(map: YAMLMap): string[] {
  return map.items.map(pairKey).filter((k): k is string => k !== null);
}

/** Detects what a document holds and where its environment / cleaner sections are. */
export function detectDocument(doc: Document.Parsed, index: number, choice: KindChoice): DocDetection {
  const root = doc.contents as Node | null;
  const none = (format: DocFormat, description: string): DocDetection => ({
    format,
    description,
    sections: [],
    misplaced: [],
  });
  if (root === null || (isScalar(root) && root.value === null)) return none('empty', 'an empty document');
  if (!isMap(root)) {
    if (choice !== 'auto') return bare(index, choice, 'a section');
    return none('unknown', isSeq(root) ? 'a list, not a mapping' : 'a single value, not a mapping');
  }
  const keys = keysOf(root);

  if (isWorkloadManifest(root)) {
    const found = manifestSections(root, index);
    if (choice === 'cleaner') return { ...found, sections: [] };
    return found;
  }

  if (isPolyaxonFile(root, keys)) {
    const found = scanPolyaxonFile(root, index);
    return { ...found, sections: found.sections.filter((s) => choice === 'auto' || s.kind === choice) };
  }

  const wrapperKeys = keys.filter((k) => k === 'environment' || k === 'cleaner');
  if (wrapperKeys.length > 0 && wrapperKeys.length === keys.length) {
    const sections = wrapperKeys
      .map((k): FoundSection => ({ doc: index, path: [k], kind: k as SectionKind, label: k }))
      .filter((s) => choice === 'auto' || s.kind === choice);
    return {
      format: 'wrapper',
      description: `${wrapperKeys.map((k) => `${k === 'environment' ? 'an' : 'a'} ${k}: section`).join(' and ')}`,
      sections,
      misplaced: [],
    };
  }
  if (keys.includes('cleaner') && choice !== 'environment') {
    return {
      format: 'helm',
      description: 'a Polyaxon deployment config (Helm values) with a cleaner: section',
      sections: [{ doc: index, path: ['cleaner'], kind: 'cleaner', label: 'cleaner' }],
      misplaced: [],
    };
  }
  if (choice !== 'auto') return bare(index, choice, `a bare ${choice} section`);
  const guess = classifyBareMapping(keys);
  if (guess) return bare(index, guess, `a bare ${guess} section`);
  return none(
    'unknown',
    'a mapping that is not an environment or cleaner section, a Polyaxon file, Helm values or a Kubernetes workload',
  );
}

function bare(index: number, kind: SectionKind, description: string): DocDetection {
  return {
    format: 'section',
    description,
    sections: [{ doc: index, path: [], kind, label: `${kind} (bare)` }],
    misplaced: [],
  };
}

export function sectionLabel(path: Path, kind: SectionKind): string {
  return path.length === 0 ? kind : formatPath(path);
}
