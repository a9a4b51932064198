import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/api-error';
import { openLiveClient, type LiveState } from '../api/live-client';
import { useI18n } from '../i18n/i18n-context';
import { ApiErrorMessage } from '../ui/api-error-message';
import { loadBoardOrders, watchOrder, withOrder, type BoardPage } from './customer-orders';
import { OrderTable } from './order-table';

type Loading = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly page: BoardPage } | { readonly state: 'failed'; readonly error: ApiError };

const LIVE_MESSAGES = { connecting: 'board.live.connecting', connected: 'board.live.connected', offline: 'board.live.offline' } as const;

/** The customer orders the key may see, newest first, each kept current by its `orderChanged` subscription. */
export function OrderBoard({ apiKey, onUnauthenticated }: { apiKey: string; onUnauthenticated: () => void }) {
  const { t } = useI18n();
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  const [live, setLive] = useState<LiveState>('connecting');
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const abort = new AbortController();
    setLoading({ state: 'loading' });
    loadBoardOrders(apiKey, abort.signal).then(
      (page) => setLoading({ state: 'loaded', page }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.kind === 'unauthenticated') onUnauthenticated();
        else setLoading({ state: 'failed', error: error instanceof ApiError ? error : new ApiError('server', 'CLIENT', String(error)) });
      },
    );
    return () => abort.abort();
  }, [apiKey, generation, onUnauthenticated]);

  const orderIds = loading.state === 'loaded' ? loading.page.orders.map((order) => order.orderId).join('\n') : '';
  useEffect(() => {
    if (orderIds === '') return undefined;
    const client = openLiveClient(apiKey, setLive);
    const stops = orderIds.split('\n').map((orderId) =>
      watchOrder(client, orderId, (changed) => setLoading((current) => (current.state === 'loaded' ? { state: 'loaded', page: withOrder(current.page, changed) } : current))),
    );
    return () => {
      for (const stop of stops) stop();
      void client.dispose();
    };
  }, [apiKey, orderIds]);

  if (loading.state === 'loading') return <p role="status">{t('status.loading')}</p>;
  if (loading.state === 'failed') return <ApiErrorMessage error={loading.error} onRetry={refresh} />;
  const { orders, hasMore } = loading.page;
  return (
    <section aria-labelledby="orders-heading">
      <h2 id="orders-heading" class="visually-hidden">
        {t('board.title')}
      </h2>
      <div class="toolbar">
        <button type="button" onClick={refresh}>
          {t('board.refresh')}
        </button>
        {orders.length > 0 && (
          <p role="status" class="status-line" data-live={live}>
            {t(LIVE_MESSAGES[live])}
          </p>
        )}
      </div>
      {orders.length === 0 ? <p>{t('board.orders.none')}</p> : <OrderTable orders={orders} />}
      {hasMore && <p class="hint">{t('board.orders.more', { count: orders.length })}</p>}
    </section>
  );
}
