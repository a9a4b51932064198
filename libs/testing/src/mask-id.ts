/**
 * A response body with every mention of `id` replaced by `{id}`: the answers about an existing
 * and a missing target then compare equal exactly when nothing but the id tells them apart.
 */
export function maskId(body: unknown, id: string): unknown {
  return JSON.parse(JSON.stringify(body).replaceAll(id, '{id}')) as unknown;
}
