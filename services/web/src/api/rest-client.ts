import { ApiError, kindOfStatus, networkError } from './api-error';
import { authorizationHeader } from './credentials';

/** RFC 9457 problem details, as every /v1 endpoint refuses. */
interface Problem {
  readonly title?: string;
  readonly detail?: string;
  readonly code?: string;
}

/** GET /v1/{path}: the JSON body, or an ApiError with the problem's code. */
export async function getJson<T>(path: string, token: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/v1/${path}`, { headers: { authorization: authorizationHeader(token), accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError(error);
  }
  if (response.ok) return (await response.json()) as T;
  const problem = (await response.json().catch(() => ({}))) as Problem;
  throw new ApiError(kindOfStatus(response.status), problem.code ?? `HTTP_${response.status}`, problem.detail ?? problem.title ?? `GET /v1/${path} answered ${response.status}`);
}
