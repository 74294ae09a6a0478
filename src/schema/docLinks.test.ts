import { describe, expect, it } from 'vitest';
import { documentedPaths, fieldDocLinks } from './docLinks';
import { CLEANER_FIELD_NAMES, ENVIRONMENT_FIELD_NAMES } from './fieldNames';
import { objectShape, type SchemaPathSegment } from './introspect';
import { sectionSchema, type PxSectionKind } from './jsonSchema';
import { pxRegistry } from './meta';
import { fieldDoc } from './sectionDocs';

const KINDS: readonly PxSectionKind[] = ['environment', 'cleaner'];

/** A dotted table path as a schema path, with a list index wherever the schema has a list. */
function schemaPath(kind: PxSectionKind, dotted: string): SchemaPathSegment[] {
  const out: SchemaPathSegment[] = [];
  for (const key of dotted.split('.')) {
    if (fieldDoc(kind, [...out, key]) === undefined && fieldDoc(kind, [...out, 0, key]) !== undefined)
      out.push(0);
    out.push(key);
  }
  return out;
}

describe('fieldDocLinks for every field of both sections', () => {
  it.each(ENVIRONMENT_FIELD_NAMES.map((name) => [name]))('environment.%s has both links', (name) => {
    const links = fieldDocLinks('environment', [name]);
    expect(links.polyaxon).toBe(
      `https://polyaxon.com/docs/core/specification/environment/#${name.toLowerCase()}`,
    );
    expect(links.kubernetes).toMatch(/^https:\/\/kubernetes\.io\/docs\/.+\//);
  });
  it.each(CLEANER_FIELD_NAMES.map((name) => [name]))('cleaner.%s has both links', (name) => {
    const links = fieldDocLinks('cleaner', [name]);
    // hpa is not on the cleaner page: it links the services' autoscaling page instead.
    const polyaxon =
      name === 'hpa'
        ? 'https://polyaxon.com/docs/setup/platform/replication-concurrency/'
        : `https://polyaxon.com/docs/setup/auxiliaries/cleaner/#${name.toLowerCase()}`;
    expect(links.polyaxon).toBe(polyaxon);
    expect(links.kubernetes).toMatch(/^https:\/\/kubernetes\.io\/docs\/.+\//);
  });
  it('covers the 18 environment fields and the 9 cleaner fields', () => {
    expect(ENVIRONMENT_FIELD_NAMES).toHaveLength(18);
    expect(CLEANER_FIELD_NAMES).toHaveLength(9);
  });
});

describe('the link table', () => {
  it('uses only https pages on polyaxon.com or kubernetes.io', () => {
    for (const kind of KINDS) {
      const urls = [[], ...documentedPaths(kind).map((p) => p.split('.'))].flatMap((path) =>
        Object.values(fieldDocLinks(kind, path)),
      );
      expect(urls.length).toBeGreaterThan(20);
      for (const url of urls) {
        const parsed = new URL(url);
        expect(parsed.protocol, url).toBe('https:');
        expect(['polyaxon.com', 'kubernetes.io'], url).toContain(parsed.hostname);
        expect(parsed.pathname, url).toMatch(/^\/docs\/.*\/$/);
      }
    }
  });
  it('documents only paths that exist in the sections', () => {
    for (const kind of KINDS) {
      for (const path of documentedPaths(kind))
        expect(fieldDoc(kind, schemaPath(kind, path)), path).toBeDefined();
    }
    expect(documentedPaths('environment')).toContain('securityContext.seccompProfile');
    expect(documentedPaths('cleaner')).toContain('resources.limits');
    expect(documentedPaths('cleaner')).not.toContain('securityContext');
    expect(documentedPaths('environment')).not.toContain('resources');
  });
});

describe('nested paths', () => {
  it('fall back to the nearest documented parent, list indices ignored', () => {
    expect(fieldDocLinks('environment', ['tolerations', 0, 'effect'])).toEqual({
      polyaxon: 'https://polyaxon.com/docs/core/specification/environment/#tolerations',
      kubernetes: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/',
    });
    expect(fieldDocLinks('environment', ['tolerations', 3, 'effect'])).toEqual(
      fieldDocLinks('environment', ['tolerations']),
    );
    expect(fieldDocLinks('environment', ['dnsConfig', 'options', 0, 'name']).kubernetes).toBe(
      'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config',
    );
    expect(fieldDocLinks('environment', ['labels', 'example.com/team'])).toEqual(
      fieldDocLinks('environment', ['labels']),
    );
  });
  it('take their own Kubernetes anchor and the Polyaxon page of their field', () => {
    const terms = fieldDocLinks('environment', [
      'affinity',
      'nodeAffinity',
      'requiredDuringSchedulingIgnoredDuringExecution',
      'nodeSelectorTerms',
      0,
      'matchExpressions',
      0,
      'key',
    ]);
    expect(terms).toEqual({
      polyaxon: 'https://polyaxon.com/docs/core/specification/environment/#affinity',
      kubernetes: 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity',
    });
    expect(fieldDocLinks('cleaner', ['affinity', 'podAntiAffinity']).kubernetes).toMatch(
      /#inter-pod-affinity-and-anti-affinity$/,
    );
    expect(fieldDocLinks('environment', ['securityContext', 'capabilities', 'add', 0])).toEqual({
      polyaxon: 'https://polyaxon.com/docs/core/specification/environment/#securitycontext',
      kubernetes:
        'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
    });
    expect(fieldDocLinks('cleaner', ['resources', 'limits', 'memory'])).toEqual({
      polyaxon: 'https://polyaxon.com/docs/setup/auxiliaries/cleaner/#resources',
      kubernetes:
        'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
    });
    expect(fieldDocLinks('environment', ['tolerations', 1, 'tolerationSeconds']).kubernetes).toMatch(
      /taint-and-toleration\/#taint-based-evictions$/,
    );
  });
  it('accept the snake_case name of a section field', () => {
    for (const kind of KINDS) {
      for (const [name, f] of Object.entries(objectShape(sectionSchema(kind)) ?? {})) {
        const pyName = pxRegistry.get(f)?.pyName;
        expect(pyName, name).toBeDefined();
        expect(fieldDocLinks(kind, [pyName ?? '', 0, 'x']), `${kind}.${pyName}`).toEqual(
          fieldDocLinks(kind, [name]),
        );
      }
    }
    expect(fieldDocLinks('environment', ['host_pid'])).toEqual(fieldDocLinks('environment', ['hostPID']));
    expect(fieldDocLinks('environment', ['security_context', 'se_linux_options'])).toEqual(
      fieldDocLinks('environment', ['securityContext']),
    );
  });
  it('give the section pages for the section and nothing off the table', () => {
    expect(fieldDocLinks('environment', [])).toEqual({
      polyaxon: 'https://polyaxon.com/docs/core/specification/environment/',
      kubernetes: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/',
    });
    expect(fieldDocLinks('cleaner', [])).toEqual({
      polyaxon: 'https://polyaxon.com/docs/setup/auxiliaries/cleaner/',
    });
    expect(fieldDocLinks('environment', ['nodeselector'])).toEqual({});
    expect(fieldDocLinks('cleaner', ['hostPID'])).toEqual({});
    expect(fieldDocLinks('environment', ['requests.cpu'])).toEqual({});
  });
});
