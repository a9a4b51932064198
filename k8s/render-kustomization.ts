/**
 * Renders a kustomization as `kubectl kustomize` does, for the subset of kustomize the manifests in k8s/ use:
 * resources, components, namespace, images, replicas and patches (strategic merge or JSON 6902, from a file or
 * inline, with or without a target). Kustomize ships no npm package we trust, and the tests may download
 * nothing else, so this stays small and throws on every field or case outside that subset instead of guessing.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { applyOperations, readOperations } from './kustomize/json6902';
import { isObject, strategicMerge, type JsonObject } from './kustomize/strategic-merge';

export type Resource = JsonObject;

const supportedFields = {
  Kustomization: ['apiVersion', 'kind', 'resources', 'components', 'namespace', 'images', 'replicas', 'patches'],
  Component: ['apiVersion', 'kind', 'resources', 'components', 'patches'],
} as const;
const apiVersions = { Kustomization: 'kustomize.config.k8s.io/v1beta1', Component: 'kustomize.config.k8s.io/v1alpha1' } as const;
type KustomizationKind = keyof typeof supportedFields;

/** Every object `kubectl kustomize <directory>` would print (in the order the files list them, not kustomize's). */
export function renderKustomization(directory: string): Resource[] {
  return build(resolve(directory), 'Kustomization', []);
}

function build(directory: string, kind: KustomizationKind, inherited: Resource[]): Resource[] {
  const file = join(directory, 'kustomization.yaml');
  const kustomization = readKustomization(file, kind);
  let resources = inherited;
  for (const entry of stringList(kustomization, 'resources', file)) resources = addResources(resources, loadResources(join(directory, entry), file), file);
  // A component works on everything gathered so far, as kustomize applies components after resources.
  for (const entry of stringList(kustomization, 'components', file)) resources = build(resolve(directory, entry), 'Component', resources);
  resources = applyPatches(resources, kustomization.patches, directory, file);
  if (kustomization.namespace !== undefined) resources = setNamespace(resources, kustomization.namespace, file);
  resources = applyReplicas(resources, kustomization.replicas, file);
  return applyImages(resources, kustomization.images, file);
}

function readKustomization(file: string, kind: KustomizationKind): JsonObject {
  const [document, ...others] = readYamlDocuments(file);
  if (!isObject(document) || others.length > 0) throw new Error(`${file}: must hold one ${kind}`);
  if (document.kind !== kind || document.apiVersion !== apiVersions[kind]) throw new Error(`${file}: expected ${apiVersions[kind]} ${kind}`);
  const allowed: readonly string[] = supportedFields[kind];
  const unsupported = Object.keys(document).filter((field) => !allowed.includes(field));
  if (unsupported.length > 0) throw new Error(`${file}: field ${unsupported.join(', ')} is not supported by this renderer`);
  return document;
}

function readYamlDocuments(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message}`);
    return document.toJS();
  });
}

function stringList(kustomization: JsonObject, field: string, file: string): string[] {
  const value = kustomization[field] ?? [];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) throw new Error(`${file}: ${field} must be a list of paths`);
  return value as string[];
}

/** A resources entry is a YAML file or a directory holding a kustomization.yaml (never a URL). */
function loadResources(path: string, file: string): Resource[] {
  if (/^[a-z]+:\/\//.test(path) || !statSync(path, { throwIfNoEntry: false })) throw new Error(`${file}: resource ${path} is not a local file or directory`);
  if (statSync(path).isDirectory()) return build(path, 'Kustomization', []);
  return readYamlDocuments(path)
    .filter((document) => document !== null)
    .map((document) => {
      if (!isObject(document) || typeof document.kind !== 'string' || !isObject(document.metadata)) throw new Error(`${path}: every document must be a Kubernetes object`);
      return document;
    });
}

export function identity(resource: Resource): string {
  const metadata = resource.metadata as JsonObject;
  const namespace = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${String(resource.apiVersion)} ${String(resource.kind)} ${namespace}${String(metadata.name)}`;
}

function addResources(existing: Resource[], added: Resource[], file: string): Resource[] {
  const seen = new Set(existing.map(identity));
  for (const resource of added) {
    if (seen.has(identity(resource))) throw new Error(`${file}: ${identity(resource)} is declared twice`);
    seen.add(identity(resource));
  }
  return [...existing, ...added];
}

function applyPatches(resources: Resource[], patches: unknown, directory: string, file: string): Resource[] {
  if (patches === undefined) return resources;
  if (!Array.isArray(patches)) throw new Error(`${file}: patches must be a list`);
  return patches.reduce<Resource[]>((current, entry: unknown, index) => {
    const where = `${file}: patches[${index}]`;
    if (!isObject(entry) || Object.keys(entry).some((field) => !['path', 'patch', 'target'].includes(field))) {
      throw new Error(`${where}: only path, patch and target are supported`);
    }
    const [body, ...more] = typeof entry.path === 'string' ? readYamlDocuments(join(directory, entry.path)) : parseInlinePatch(entry.patch, where);
    if (more.length > 0) throw new Error(`${where}: one patch per file`);
    const isSelected = entry.target === undefined ? namedBy(body, where) : selectedBy(entry.target, where);
    let matched = 0;
    const patched = current.map((resource) => {
      if (!isSelected(resource)) return resource;
      matched += 1;
      return Array.isArray(body) ? applyOperations(resource, readOperations(body, where), `${where} on ${identity(resource)}`) : mergeInto(resource, body as JsonObject, where);
    });
    // Kustomize is silent when a target matches nothing; a typo in a target should not be.
    if (matched === 0) throw new Error(`${where}: matches no resource`);
    return patched;
  }, resources);
}

function parseInlinePatch(patch: unknown, where: string): unknown[] {
  if (typeof patch !== 'string') throw new Error(`${where}: needs a path or an inline patch`);
  return parseAllDocuments(patch).map((document) => document.toJS());
}

/** A strategic-merge patch changes the target's content; its own kind and name only select, so they never rename it. */
function mergeInto(resource: Resource, patch: JsonObject, where: string): Resource {
  const { apiVersion: _apiVersion, kind: _kind, metadata, ...content } = patch;
  const { name: _name, namespace: _namespace, ...metadataChanges } = isObject(metadata) ? metadata : {};
  return strategicMerge(resource, { ...content, ...(Object.keys(metadataChanges).length > 0 ? { metadata: metadataChanges } : {}) }, `${where} on ${identity(resource)}`);
}

function namedBy(body: unknown, where: string): (resource: Resource) => boolean {
  if (!isObject(body) || !isObject(body.metadata)) throw new Error(`${where}: a patch without target must be a strategic-merge patch naming its resource`);
  const { kind } = body;
  const { name, namespace } = body.metadata;
  return (resource) =>
    resource.kind === kind && (resource.metadata as JsonObject).name === name && (namespace === undefined || (resource.metadata as JsonObject).namespace === namespace);
}

function selectedBy(target: unknown, where: string): (resource: Resource) => boolean {
  if (!isObject(target)) throw new Error(`${where}: target must be a map`);
  const unsupported = Object.keys(target).filter((field) => !['group', 'version', 'kind', 'name', 'labelSelector'].includes(field));
  if (unsupported.length > 0) throw new Error(`${where}: target field ${unsupported.join(', ')} is not supported`);
  // Kustomize reads a target name as a regular expression; this renderer takes plain names only.
  if (typeof target.name === 'string' && !/^[a-z0-9.-]+$/.test(target.name)) throw new Error(`${where}: target name ${target.name} must be a plain name`);
  const labels = parseLabelSelector(target.labelSelector, where);
  return (resource) => {
    const [group, version] = String(resource.apiVersion).includes('/') ? String(resource.apiVersion).split('/') : ['', resource.apiVersion];
    const metadata = resource.metadata as JsonObject;
    const resourceLabels = isObject(metadata.labels) ? metadata.labels : {};
    return (
      (target.kind === undefined || target.kind === resource.kind) &&
      (target.name === undefined || target.name === metadata.name) &&
      (target.group === undefined || target.group === group) &&
      (target.version === undefined || target.version === version) &&
      Object.entries(labels).every(([key, value]) => resourceLabels[key] === value)
    );
  };
}

function parseLabelSelector(selector: unknown, where: string): Record<string, string> {
  if (selector === undefined) return {};
  if (typeof selector !== 'string' || !/^[\w./-]+=[\w.-]+(,[\w./-]+=[\w.-]+)*$/.test(selector)) throw new Error(`${where}: labelSelector must be key=value[,key=value]`);
  return Object.fromEntries(selector.split(',').map((pair) => pair.split('=') as [string, string]));
}

function setNamespace(resources: Resource[], namespace: unknown, file: string): Resource[] {
  if (typeof namespace !== 'string') throw new Error(`${file}: namespace must be a name`);
  return resources.map((resource) => ({ ...resource, metadata: { ...(resource.metadata as JsonObject), namespace } }));
}

function applyReplicas(resources: Resource[], replicas: unknown, file: string): Resource[] {
  if (replicas === undefined) return resources;
  if (!Array.isArray(replicas)) throw new Error(`${file}: replicas must be a list`);
  return replicas.reduce<Resource[]>((current, entry: unknown) => {
    if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.count !== 'number' || Object.keys(entry).length !== 2) {
      throw new Error(`${file}: a replicas entry is { name, count }`);
    }
    const { name, count } = entry;
    const isTarget = (resource: Resource) => resource.kind === 'Deployment' && (resource.metadata as JsonObject).name === name;
    if (!current.some(isTarget)) throw new Error(`${file}: replicas: no Deployment ${name}`);
    return current.map((resource) => (isTarget(resource) ? { ...resource, spec: { ...(resource.spec as JsonObject), replicas: count } } : resource));
  }, resources);
}

function applyImages(resources: Resource[], images: unknown, file: string): Resource[] {
  if (images === undefined) return resources;
  if (!Array.isArray(images)) throw new Error(`${file}: images must be a list`);
  return images.reduce<Resource[]>((current, entry: unknown) => {
    if (!isObject(entry) || typeof entry.name !== 'string' || Object.keys(entry).some((field) => !['name', 'newName', 'newTag', 'digest'].includes(field))) {
      throw new Error(`${file}: an images entry is { name, newName?, newTag?, digest? }`);
    }
    let matched = 0;
    const changed = current.map((resource) => {
      const template = structuredClone(resource);
      for (const container of podContainers(template)) {
        const image = parseImage(String(container.image));
        if (image.name !== entry.name) continue;
        matched += 1;
        const name = typeof entry.newName === 'string' ? entry.newName : image.name;
        const suffix = typeof entry.digest === 'string' ? `@${entry.digest}` : typeof entry.newTag === 'string' ? `:${entry.newTag}` : image.suffix;
        container.image = `${name}${suffix}`;
      }
      return template;
    });
    if (matched === 0) throw new Error(`${file}: images: no container uses ${entry.name}`);
    return changed;
  }, resources);
}

function podContainers(resource: Resource): JsonObject[] {
  const podSpec = isObject(resource.spec) && isObject(resource.spec.template) ? resource.spec.template.spec : undefined;
  if (!isObject(podSpec)) return [];
  return [podSpec.containers, podSpec.initContainers].flatMap((list) => (Array.isArray(list) ? list.filter(isObject) : []));
}

/** `registry:5000/renkei:0.1.0` is the name `registry:5000/renkei` with the suffix `:0.1.0`. */
function parseImage(image: string): { name: string; suffix: string } {
  const digestAt = image.indexOf('@');
  const withoutDigest = digestAt === -1 ? image : image.slice(0, digestAt);
  const tagAt = withoutDigest.lastIndexOf(':');
  const nameEnd = tagAt > withoutDigest.lastIndexOf('/') ? tagAt : withoutDigest.length;
  return { name: image.slice(0, nameEnd), suffix: image.slice(nameEnd) };
}
