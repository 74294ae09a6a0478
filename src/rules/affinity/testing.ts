import { checkText } from '../../judge/check';
import { WALK_CODES } from '../../judge/codes';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { AFFINITY_CODES } from './codes';

/** Helpers shared by the affinity tests. */

/** This area's errors and warnings and the walker's, as `severity code @ path`. */
export function problems(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity !== 'info')
    .filter((f) => f.code in AFFINITY_CODES || f.code in WALK_CODES)
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

/** The message of the first issue with `code`. */
export function messageOf(text: string, code: string): string {
  return checkText(text).issues.find((i) => i.code === code)?.message ?? '';
}

/** An environment whose required node affinity has one term with the given expression (flow YAML). */
export function nodeRequired(expr: string, list = 'matchExpressions'): string {
  return source`
    environment:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - ${list}:
                  - ${expr}
  `;
}

/** An environment with one preferred node affinity term (flow YAML). */
export function nodePreferred(term: string): string {
  return source`
    environment:
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - ${term}
  `;
}

/** Which pod affinity a term belongs to. */
export type Side = 'podAffinity' | 'podAntiAffinity';

/** An environment with one required pod (anti-)affinity term, written in flow YAML. */
export function podRequired(term: string, side: Side = 'podAffinity'): string {
  return source`
    environment:
      affinity:
        ${side}:
          requiredDuringSchedulingIgnoredDuringExecution:
            - ${term}
  `;
}

/** An environment with one weighted pod (anti-)affinity term. */
export function podPreferred(term: string, side: Side = 'podAntiAffinity'): string {
  return source`
    environment:
      affinity:
        ${side}:
          preferredDuringSchedulingIgnoredDuringExecution:
            - ${term}
  `;
}
