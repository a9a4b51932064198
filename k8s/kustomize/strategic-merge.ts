/**
 * The part of Kubernetes' strategic merge patch that Renkei's overlays use: maps merge key by key, and a list
 * present on both sides merges by the list's merge key when we know it. Anything else (directives such as
 * `$patch`, null to delete, a list whose merge strategy we do not know) throws rather than guess.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Merge keys of the pod-template lists patched here (from the Kubernetes API's patchMergeKey tags), by path. */
const mergeKeysByPath: Record<string, string> = {
  'spec.template.spec.containers': 'name',
  'spec.template.spec.initContainers': 'name',
  'spec.template.spec.volumes': 'name',
  'spec.template.spec.topologySpreadConstraints': 'topologyKey',
  'spec.template.spec.containers[].env': 'name',
  'spec.template.spec.containers[].ports': 'containerPort',
  'spec.template.spec.containers[].volumeMounts': 'mountPath',
};

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns `target` with `patch` merged in; neither argument is changed. */
export function strategicMerge(target: JsonObject, patch: JsonObject, where: string): JsonObject {
  return mergeObjects(target, patch, '', where);
}

function mergeObjects(target: JsonObject, patch: JsonObject, path: string, where: string): JsonObject {
  const merged: JsonObject = structuredClone(target);
  for (const [key, patchValue] of Object.entries(patch)) {
    const fieldPath = path === '' ? key : `${path}.${key}`;
    if (key.startsWith('$')) throw new Error(`${where}: strategic-merge directive ${key} at ${fieldPath} is not supported`);
    if (patchValue === null) throw new Error(`${where}: null (delete) at ${fieldPath} is not supported`);
    merged[key] = mergeValues(merged[key], patchValue, fieldPath, where);
  }
  return merged;
}

function mergeValues(current: Json | undefined, patchValue: Json, path: string, where: string): Json {
  if (current === undefined) return structuredClone(patchValue);
  if (isObject(current) && isObject(patchValue)) return mergeObjects(current, patchValue, path, where);
  if (Array.isArray(current) && Array.isArray(patchValue)) return mergeLists(current, patchValue, path, where);
  if (isObject(current) || Array.isArray(current) || isObject(patchValue) || Array.isArray(patchValue)) {
    throw new Error(`${where}: ${path} is a ${describe(current)} in the resource but a ${describe(patchValue)} in the patch`);
  }
  return patchValue;
}

function mergeLists(current: Json[], patchItems: Json[], path: string, where: string): Json[] {
  const mergeKey = mergeKeysByPath[path];
  if (mergeKey === undefined) {
    throw new Error(`${where}: both the resource and the patch have a list at ${path}, whose merge strategy this renderer does not know`);
  }
  const merged = structuredClone(current);
  for (const item of patchItems) {
    if (!isObject(item) || item[mergeKey] === undefined) throw new Error(`${where}: an item of ${path} has no ${mergeKey}`);
    const index = merged.findIndex((existing) => isObject(existing) && existing[mergeKey] === item[mergeKey]);
    if (index === -1) merged.push(structuredClone(item));
    else merged[index] = mergeObjects(merged[index] as JsonObject, item, `${path}[]`, where);
  }
  return merged;
}

function describe(value: Json): string {
  if (Array.isArray(value)) return 'list';
  return isObject(value) ? 'map' : 'scalar';
}
