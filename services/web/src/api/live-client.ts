import { createClient, type Client } from 'graphql-ws';
import { authorizationHeader } from './credentials';

export type LiveState = 'connecting' | 'connected' | 'offline';

/** The gateway closes a socket whose key it does not accept with 4403: retrying cannot help. */
const FORBIDDEN_CLOSE_CODE = 4403;

/** GraphQL subscriptions over the graphql-ws protocol, on the same path as queries (ws://host/graphql). */
export function openLiveClient(token: string, onState: (state: LiveState) => void): Client {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return createClient({
    url: url.href,
    connectionParams: { authorization: authorizationHeader(token) },
    retryAttempts: 5,
    shouldRetry: (event) => !(event instanceof CloseEvent && event.code === FORBIDDEN_CLOSE_CODE),
    on: {
      connecting: () => onState('connecting'),
      connected: () => onState('connected'),
      closed: () => onState('offline'),
    },
  });
}

/** Calls `onData` with each push of one subscription; the returned function ends it. */
export function watch<TData>(client: Client, query: string, variables: Record<string, unknown>, onData: (data: TData) => void): () => void {
  return client.subscribe<TData>(
    { query, variables },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      // A refused or ended subscription leaves the row as last seen; the live indicator tells the reader.
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
