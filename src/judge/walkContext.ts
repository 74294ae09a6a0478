import { isCollection, isScalar, type Document, type Node } from 'yaml';
import type { Issue, IssueSource, Range, Severity } from '../issues/issue';
import { CODES } from '../issues/codes';
import type { Path } from '../path/path';
import { headRange, nodeRange, rangeAt, type SourceFile } from '../yaml/source';

/** How scalars are read: PyYAML (Polyaxon files) or go-yaml v2 (kubectl, for manifests). */
export type Dialect = 'pyyaml' | 'goyaml2';

export interface Emit {
  readonly code: string;
  readonly message: string;
  readonly path: Path;
  readonly node?: Node | null | undefined;
  readonly keyNode?: Node | null | undefined;
  readonly onKey?: boolean;
  readonly severity?: Severity;
  readonly source?: IssueSource;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Shared state while judging one document: where issues go and how positions are computed. */
export class WalkContext {
  readonly issues: Issue[] = [];

  constructor(
    readonly file: SourceFile,
    readonly docIndex: number,
    readonly dialect: Dialect,
  ) {}

  get doc(): Document.Parsed {
    const doc = this.file.docs[this.docIndex];
    if (!doc) throw new Error(`no document ${this.docIndex}`);
    return doc;
  }

  /** The range to underline for a node: a key, a scalar, or the first line of a collection. */
  rangeFor(node: Node | null | undefined, keyNode: Node | null | undefined, onKey = false): Range {
    if (onKey && keyNode) return nodeRange(this.file, keyNode);
    if (node && isScalar(node)) return nodeRange(this.file, node);
    if (keyNode) return nodeRange(this.file, keyNode);
    if (node && isCollection(node)) return headRange(this.file, node);
    if (node) return nodeRange(this.file, node);
    const start = this.doc.range[0];
    return rangeAt(this.file, start, start);
  }

  emit(e: Emit): void {
    const info = CODES[e.code];
    const issue: Issue = {
      severity: e.severity ?? info?.severity ?? 'error',
      code: e.code,
      message: e.message,
      path: e.path,
      range: this.rangeFor(e.node, e.keyNode, e.onKey),
      source: e.source ?? info?.source ?? 'polyaxon',
      doc: this.docIndex,
      ...(e.data ? { data: e.data } : {}),
    };
    this.issues.push(issue);
  }
}
