import { z } from 'zod';
import { doc, field } from '../field';
import { stringListSchema } from './common';
import { hostAliasDoc, podDnsConfigDoc, podDnsConfigOptionDoc } from '../docs/dns';

/** PodDNSConfigOption: one resolver option (`options ndots:2`). */
export const podDnsConfigOptionSchema = doc(
  z.object({
    name: field(z.string(), podDnsConfigOptionDoc.fields.name),
    value: field(z.string(), podDnsConfigOptionDoc.fields.value),
  }),
  podDnsConfigOptionDoc,
);

/** PodDNSConfig: extra resolver settings merged with those of the DNS policy. */
export const podDnsConfigSchema = doc(
  z.object({
    nameservers: field(stringListSchema, podDnsConfigDoc.fields.nameservers),
    searches: field(stringListSchema, podDnsConfigDoc.fields.searches),
    options: field(z.array(podDnsConfigOptionSchema), podDnsConfigDoc.fields.options),
  }),
  podDnsConfigDoc,
);

/** HostAlias: an /etc/hosts entry. */
export const hostAliasSchema = doc(
  z.object({
    ip: field(z.string(), hostAliasDoc.fields.ip),
    hostnames: field(stringListSchema, hostAliasDoc.fields.hostnames),
  }),
  hostAliasDoc,
);
