/** One user action sent to the API, and the key that makes sending it again harmless. */
export interface Attempt {
  readonly key: string;
  /** The input as sent, so a retry can be told from a new action. */
  readonly payload: string;
}

/**
 * The key for sending `payload`: the previous attempt's when it is a retry of the same input (the API
 * then answers as the first time, never recording it twice), a fresh one for anything new.
 */
export function attemptFor(previous: Attempt | null, payload: unknown, mint: () => string): Attempt {
  const text = JSON.stringify(payload);
  return previous !== null && previous.payload === text ? previous : { key: mint(), payload: text };
}
