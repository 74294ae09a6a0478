import type { IssueSource, Severity } from '../issues/issue';
import type { Located } from './located';

/**
 * What a section is judged as:
 * - `environment`: Polyaxon's V1Environment (a run's `environment`).
 * - `cleaner`: Polyaxon's V1PolyaxonCleaner (a deployment's `cleaner`).
 * - `podSpec`: the pod-level fields of a Kubernetes manifest, judged as the API server does.
 */
export type SectionKind = 'environment' | 'cleaner' | 'podSpec';

export interface SectionInfo {
  readonly kind: SectionKind;
  /**
   * What runs the pod, when the file says so: a Polyaxon run kind (`job`, `service`,
   * `tfjob`, …) or a Kubernetes workload kind (`Pod`, `Job`, `Deployment`, …).
   */
  readonly runKind?: string;
  /** True for a replica of a distributed run (Kubeflow, Ray, Dask), where `ExitCode` is allowed. */
  readonly replica?: boolean;
}

export type PolicyProfile = 'none' | 'baseline' | 'restricted';

export interface RuleOptions {
  /** Pod Security Standards profile the user targets; findings at or below it become warnings. */
  readonly policy: PolicyProfile;
}

/** What a rule reports. Severity and source default to the code's catalog entry. */
export interface Report {
  readonly code: string;
  readonly message: string;
  /** The value concerned. */
  readonly at: Located;
  /**
   * When set, the issue is about the key `missing` of the mapping `at`, which is absent:
   * the path becomes `[...at.path, missing]` and the range is `at`'s key (or value).
   */
  readonly missing?: string;
  /** Underline the key rather than the value (e.g. an invalid label key). */
  readonly onKey?: boolean;
  readonly severity?: Severity;
  readonly source?: IssueSource;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface RuleContext {
  readonly section: SectionInfo;
  /** The section's normalized value; `entries` keyed by camelCase field names. */
  readonly root: Located;
  readonly options: RuleOptions;
  report(report: Report): void;
}

/** A semantic check: reads the normalized section and reports. Never throws, never mutates. */
export interface Rule {
  readonly id: string;
  readonly appliesTo: readonly SectionKind[];
  run(ctx: RuleContext): void;
}
