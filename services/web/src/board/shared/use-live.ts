import type { Client } from 'graphql-ws';
import { useEffect, useState } from 'preact/hooks';
import { openLiveClient, type LiveState } from '../../api/live-client';

/** One subscription socket for a view while `enabled`; closed when the view goes or stops being live. */
export function useLiveClient(apiKey: string, enabled: boolean): { readonly client: Client | null; readonly live: LiveState } {
  const [client, setClient] = useState<Client | null>(null);
  const [live, setLive] = useState<LiveState>('connecting');
  useEffect(() => {
    if (!enabled) {
      setClient(null);
      return undefined;
    }
    setLive('connecting');
    const opened = openLiveClient(apiKey, setLive);
    setClient(opened);
    return () => {
      setClient(null);
      void opened.dispose();
    };
  }, [apiKey, enabled]);
  return { client, live };
}

export const LIVE_MESSAGES = { connecting: 'board.live.connecting', connected: 'board.live.connected', offline: 'board.live.offline' } as const;
