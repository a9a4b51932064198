/** RFC 6902 JSON patches, limited to add, replace and remove: the operations the overlays use. */
import { isObject, type JsonObject } from './strategic-merge';

interface Operation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

export function readOperations(document: unknown, where: string): Operation[] {
  if (!Array.isArray(document)) throw new Error(`${where}: a JSON patch must be a list of operations`);
  return document.map((operation: unknown, index) => {
    if (!isObject(operation) || typeof operation.path !== 'string') throw new Error(`${where}: operation ${index} needs a path`);
    const { op } = operation;
    if (op !== 'add' && op !== 'replace' && op !== 'remove') throw new Error(`${where}: operation ${index}: op ${String(op)} is not supported`);
    const unknownField = Object.keys(operation).find((field) => !['op', 'path', 'value'].includes(field));
    if (unknownField !== undefined) throw new Error(`${where}: operation ${index}: field ${unknownField} is not supported`);
    return { op, path: operation.path, value: operation.value };
  });
}

/** Returns a patched copy; a path that does not exist (except the last step of an add) throws, as in RFC 6902. */
export function applyOperations(target: JsonObject, operations: Operation[], where: string): JsonObject {
  const result = structuredClone(target);
  for (const { op, path, value } of operations) {
    const steps = path.split('/').slice(1).map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = steps.pop();
    if (!path.startsWith('/') || last === undefined) throw new Error(`${where}: ${op} ${path}: not a JSON pointer to a field`);
    const parent = steps.reduce<unknown>((node, step) => child(node, step, `${where}: ${op} ${path}`), result);
    if (Array.isArray(parent)) changeList(parent, op, last, value, `${where}: ${op} ${path}`);
    else if (isObject(parent)) changeObject(parent, op, last, value, `${where}: ${op} ${path}`);
    else throw new Error(`${where}: ${op} ${path}: the parent is not a map or list`);
  }
  return result;
}

function child(node: unknown, step: string, where: string): unknown {
  const next = Array.isArray(node) ? node[Number(step)] : isObject(node) ? node[step] : undefined;
  if (next === undefined) throw new Error(`${where}: no ${step} on the way`);
  return next;
}

function changeObject(parent: JsonObject, op: Operation['op'], key: string, value: unknown, where: string): void {
  if (op !== 'add' && !(key in parent)) throw new Error(`${where}: nothing to ${op}`);
  if (op === 'remove') delete parent[key];
  else parent[key] = structuredClone(value) as JsonObject[string];
}

function changeList(parent: unknown[], op: Operation['op'], step: string, value: unknown, where: string): void {
  const index = step === '-' && op === 'add' ? parent.length : Number(step);
  if (!Number.isInteger(index) || index < 0 || index > parent.length || (op !== 'add' && index === parent.length)) {
    throw new Error(`${where}: index ${step} is out of range`);
  }
  if (op === 'add') parent.splice(index, 0, structuredClone(value));
  else if (op === 'replace') parent[index] = structuredClone(value);
  else parent.splice(index, 1);
}
