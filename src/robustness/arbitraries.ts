import fc from 'fast-check';
import { stringify } from 'yaml';

/**
 * Random environment / cleaner sections for the property tests: realistic field names with
 * values that are often right and sometimes wrong (YAML 1.1 traps, wrong types, unknown keys).
 */

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('vision', 'NoSchedule', 'Exists', 'Equal', 'on', 'yes', '1.10', '0777', '12:30', ''),
  fc.constantFrom('example.com/team', 'kubernetes.io/hostname', 'Always', 'Never', 'RuntimeDefault'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 70_000 }),
  fc.double({ noNaN: true, min: -10, max: 10 }),
  fc.boolean(),
  fc.constant(null),
);

const key = fc.oneof(
  fc.constantFrom('team', 'example.com/team', 'app', 'a/b/c', 'node_selector', 'Key', '-x', 'x'.repeat(70)),
  fc.string({ minLength: 1, maxLength: 8 }),
);

const stringMap = fc.dictionary(key, scalar, { maxKeys: 4 });

const toleration = fc.record(
  {
    key: scalar,
    operator: fc.constantFrom('Exists', 'Equal', 'exists', 'In'),
    value: scalar,
    effect: fc.constantFrom('NoSchedule', 'PreferNoSchedule', 'NoExecute', 'noschedule'),
    tolerationSeconds: scalar,
  },
  { requiredKeys: [] },
);

const expression = fc.record(
  {
    key: scalar,
    operator: fc.constantFrom('In', 'NotIn', 'Exists', 'Gt', 'in'),
    values: fc.array(scalar, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const affinity = fc.record(
  {
    nodeAffinity: fc.record(
      {
        requiredDuringSchedulingIgnoredDuringExecution: fc.record({
          nodeSelectorTerms: fc.array(
            fc.record({ matchExpressions: fc.array(expression, { maxLength: 2 }) }),
            {
              maxLength: 2,
            },
          ),
        }),
        preferredDuringSchedulingIgnoredDuringExecution: fc.array(
          fc.record({ weight: scalar, preference: fc.record({ matchExpressions: fc.array(expression) }) }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
    podAntiAffinity: fc.record({
      preferredDuringSchedulingIgnoredDuringExecution: fc.array(
        fc.record({
          weight: scalar,
          podAffinityTerm: fc.record({
            topologyKey: scalar,
            labelSelector: fc.record({ matchLabels: stringMap }),
          }),
        }),
        { maxLength: 2 },
      ),
    }),
  },
  { requiredKeys: [] },
);

const securityContext = fc.record(
  {
    runAsUser: scalar,
    runAsNonRoot: scalar,
    fsGroup: scalar,
    privileged: scalar,
    seccompProfile: fc.record({ type: fc.constantFrom('RuntimeDefault', 'Localhost', 'Unconfined', 'x') }),
    sysctls: fc.array(fc.record({ name: scalar, value: scalar }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** An environment section value (before YAML). */
export const environmentValue: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    labels: stringMap,
    annotations: stringMap,
    nodeSelector: stringMap,
    tolerations: fc.oneof(fc.array(toleration, { maxLength: 3 }), toleration),
    affinity,
    securityContext,
    nodeName: scalar,
    serviceAccountName: scalar,
    imagePullSecrets: fc.array(scalar, { maxLength: 2 }),
    hostNetwork: scalar,
    dnsPolicy: fc.constantFrom('ClusterFirst', 'Default', 'None', 'clusterfirst'),
    priority: scalar,
    restartPolicy: fc.constantFrom('Never', 'OnFailure', 'Always', 'ExitCode', 'never'),
    host_aliases: fc.array(fc.record({ ip: scalar, hostnames: fc.array(scalar, { maxLength: 2 }) }), {
      maxLength: 2,
    }),
    unknownField: scalar,
  },
  { requiredKeys: [] },
);

/** A cleaner section value. */
export const cleanerValue: fc.Arbitrary<Record<string, unknown>> = fc.record(
  { image: scalar, imageTag: scalar, imagePullPolicy: scalar, sleepInterval: scalar, environment: stringMap },
  { requiredKeys: [] },
);

/** How the section sits in the text. */
const wrap = fc.constantFrom<(body: string) => string>(
  (body) => `environment:\n${indent(body, 2)}`,
  (body) => body,
  (body) => `kind: component\nrun:\n  kind: job\n  environment:\n${indent(body, 4)}`,
  (body) => `# a comment\nenvironment:\n${indent(body, 2)}---\ncleaner: {}\n`,
);

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** A YAML text holding a generated environment section. */
export const environmentText: fc.Arbitrary<string> = fc
  .tuple(environmentValue, wrap, fc.boolean())
  .map(([value, w, flow]) =>
    w(stringify(value, flow ? { collectionStyle: 'flow' as const, lineWidth: 0 } : { lineWidth: 0 })),
  );

/** A change to a text: the characters and line moves that turn YAML into something else. */
const mutation = fc.oneof(
  fc.record({
    t: fc.constant('insert' as const),
    at: fc.nat(),
    s: fc.constantFrom(
      ':',
      '-',
      ' ',
      '\t',
      '\n',
      '[',
      '{',
      '}',
      '"',
      "'",
      '&a',
      '*a',
      '#',
      '!!',
      '? ',
      '|',
      '>',
      '\u0000',
      '\ud800',
      '---\n',
      '<<: *a\n',
    ),
  }),
  fc.record({ t: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ t: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('swapLines' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  if (m.t === 'insert') return text.slice(0, at) + m.s + text.slice(at);
  if (m.t === 'delete') return text.slice(0, at) + text.slice(at + m.n);
  const lines = text.split('\n');
  const i = lines.length ? m.at % lines.length : 0;
  if (m.t === 'dupLine') lines.splice(i, 0, lines[i] ?? '');
  else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] ?? '', lines[i] ?? ''];
  return lines.join('\n');
}

/** A generated section text, then up to four random mutations. */
export const mutatedText: fc.Arbitrary<string> = fc
  .tuple(environmentText, fc.array(mutation, { maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

const name = fc.constantFrom('vision', 'nlp', 'team-a', 'x1', 'a.b_c', 'Z');
const labelKey = fc.constantFrom('team', 'example.com/team', 'app', 'tier', 'example.org/a-b');
const goodMap = fc.dictionary(labelKey, name, { maxKeys: 3 });

/** An environment that is mostly accepted: valid values, snake_case keys now and then. */
export const acceptedEnvironmentValue: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    labels: goodMap,
    annotations: fc.dictionary(labelKey, fc.string({ maxLength: 20 }), { maxKeys: 3 }),
    nodeSelector: goodMap,
    tolerations: fc.array(
      fc.oneof(
        fc.record({
          key: labelKey,
          operator: fc.constant('Exists'),
          effect: fc.constantFrom('NoSchedule', 'NoExecute'),
        }),
        fc.record({ key: labelKey, operator: fc.constant('Equal'), value: name }),
      ),
      { maxLength: 3 },
    ),
    affinity: fc.record({
      nodeAffinity: fc.record({
        requiredDuringSchedulingIgnoredDuringExecution: fc.record({
          nodeSelectorTerms: fc.array(
            fc.record({
              matchExpressions: fc.array(
                fc.record({
                  key: labelKey,
                  operator: fc.constantFrom('In', 'NotIn'),
                  values: fc.array(name, { minLength: 1, maxLength: 2 }),
                }),
                { minLength: 1, maxLength: 2 },
              ),
            }),
            { minLength: 1, maxLength: 2 },
          ),
        }),
      }),
    }),
    securityContext: fc.record(
      {
        runAsUser: fc.integer({ min: 1, max: 65_000 }),
        runAsNonRoot: fc.constant(true),
        runAsGroup: fc.integer({ min: 1, max: 9 }),
      },
      { requiredKeys: [] },
    ),
    node_selector: goodMap,
    serviceAccountName: fc.constantFrom('runner', 'team-a'),
    priority: fc.integer({ min: 0, max: 1000 }),
    restartPolicy: fc.constantFrom('Never', 'OnFailure'),
  },
  { requiredKeys: [] },
);

/** A text holding a mostly accepted environment section, in any of the usual places. */
export const acceptedEnvironmentText: fc.Arbitrary<string> = fc
  .tuple(acceptedEnvironmentValue, wrap, fc.boolean())
  .map(([value, w, flow]) =>
    w(stringify(value, flow ? { collectionStyle: 'flow' as const, lineWidth: 0 } : { lineWidth: 0 })),
  );
