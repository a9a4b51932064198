import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { interpolate, type Interpolation } from './compose-interpolation';

/** The parts of a Compose service the checks read; the schema has already vouched for their shapes. */
export interface ComposeService {
  readonly image?: string;
  readonly build?: string | { readonly context?: string; readonly dockerfile?: string };
  readonly command?: string | readonly string[];
  readonly entrypoint?: string | readonly string[];
  readonly environment?: Readonly<Record<string, string | number | boolean | null>> | readonly string[];
  readonly depends_on?: readonly string[] | Readonly<Record<string, { readonly condition: string }>>;
  readonly healthcheck?: { readonly test?: string | readonly string[]; readonly disable?: boolean };
  readonly ports?: ReadonlyArray<string | number | { readonly target: number; readonly published?: string | number; readonly host_ip?: string }>;
  readonly profiles?: readonly string[];
  readonly volumes?: ReadonlyArray<string | { readonly type?: string; readonly source?: string; readonly target: string }>;
  readonly stop_grace_period?: string;
}

export interface ComposeFile {
  readonly name?: string;
  readonly services: Readonly<Record<string, ComposeService>>;
  readonly volumes?: Readonly<Record<string, unknown>>;
}

export interface LoadedCompose {
  /** As compose sees it: anchors and `<<` merge keys resolved, variables substituted. */
  readonly model: unknown;
  /** YAML errors and warnings, and substitutions compose could not make from the given environment. */
  readonly problems: readonly string[];
}

export function loadCompose(file: string, interpolation: Interpolation): LoadedCompose {
  // Compose reads YAML 1.2 with `<<` merge keys (a YAML 1.1 feature), so turn them on.
  const document = parseDocument(readFileSync(file, 'utf8'), { merge: true, prettyErrors: false });
  const yamlProblems = [...document.errors, ...document.warnings].map((issue) => `YAML: ${issue.message}`);
  const { value, problems } = interpolate(document.toJS({ maxAliasCount: 100 }) as unknown, interpolation);
  return { model: value, problems: [...yamlProblems, ...problems] };
}

/** `environment:` in either form, as the strings the container gets; `KEY` without a value (taken from the shell) is left out. */
export function environmentOf(service: ComposeService): Record<string, string> {
  const { environment } = service;
  if (environment === undefined) return {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      (environment as readonly string[]).filter((entry) => entry.includes('=')).map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
  }
  const entries = Object.entries(environment as Readonly<Record<string, string | number | boolean | null>>);
  return Object.fromEntries(entries.filter(([, value]) => value !== null).map(([key, value]) => [key, String(value)]));
}

export function dependenciesOf(service: ComposeService): Array<{ name: string; condition: string }> {
  const { depends_on: dependsOn } = service;
  if (dependsOn === undefined) return [];
  if (Array.isArray(dependsOn)) return (dependsOn as readonly string[]).map((name) => ({ name, condition: 'service_started' }));
  return Object.entries(dependsOn as Readonly<Record<string, { readonly condition: string }>>).map(([name, { condition }]) => ({ name, condition }));
}

/** A command or entrypoint as its argument list (the string form is split on whitespace, as compose does without quotes). */
export function argv(command: string | readonly string[] | undefined): string[] {
  if (command === undefined) return [];
  return typeof command === 'string' ? command.split(/\s+/).filter((word) => word.length > 0) : [...command];
}

export interface PublishedPort {
  readonly hostIp: string;
  readonly published: string;
  readonly target: number;
}

/** `ports:` in short ("127.0.0.1:3000:3000", "3000") or long form. */
export function publishedPorts(service: ComposeService): PublishedPort[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return { hostIp: port.host_ip ?? '', published: String(port.published ?? ''), target: port.target };
    const parts = String(port).replace(/\/\w+$/, '').split(':');
    const target = Number(parts.pop());
    const published = parts.pop() ?? '';
    return { hostIp: parts.join(':'), published, target };
  });
}

/** Go's time.ParseDuration subset compose accepts ("1m30s", "500ms"), in milliseconds. */
export function durationMs(duration: string | number | undefined): number {
  if (duration === undefined) return 0;
  const units: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const [, amount, unit] of String(duration).matchAll(/(\d+(?:\.\d+)?)(us|ms|s|m|h)/g)) total += Number(amount) * (units[unit ?? ''] ?? 0);
  return total;
}
