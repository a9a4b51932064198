import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { ApiErrorMessage } from '../../ui/api-error-message';
import { loadBoardOrders, watchOrder, withNextPage, withOrder, type BoardPage } from './customer-orders';
import { lateFirst } from './late-first';
import { LateItemsPanel } from './late-items-panel';
import { OrderTable } from './order-table';
import { asApiError } from '../shared/use-load';
import { useLoad } from '../shared/use-load';
import { LIVE_MESSAGES, useLiveClient } from '../shared/use-live';
import type { ApiError } from '../../api/api-error';

/** The customer orders the key may see, late first, each kept current by its `orderChanged` subscription. */
export function OrderBoard({ apiKey, onUnauthenticated }: { apiKey: string; onUnauthenticated: () => void }) {
  const { t } = useI18n();
  const { load, reload, update } = useLoad<BoardPage>(apiKey, (signal) => loadBoardOrders(apiKey, signal), onUnauthenticated);
  const [more, setMore] = useState<{ readonly state: 'idle' | 'loading' } | { readonly state: 'failed'; readonly error: ApiError }>({ state: 'idle' });

  const orderIds = load.state === 'loaded' ? load.value.orders.map((order) => order.orderId).join('\n') : '';
  const { client, live } = useLiveClient(apiKey, true);
  useEffect(() => {
    if (client === null || orderIds === '') return undefined;
    const stops = orderIds.split('\n').map((orderId) => watchOrder(client, orderId, (changed) => update((page) => withOrder(page, changed))));
    return () => {
      for (const stop of stops) stop();
    };
  }, [client, orderIds, update]);

  const endCursor = load.state === 'loaded' ? load.value.endCursor : null;
  const loadMore = useCallback(() => {
    setMore({ state: 'loading' });
    loadBoardOrders(apiKey, undefined, endCursor).then(
      (next) => {
        update((page) => withNextPage(page, next));
        setMore({ state: 'idle' });
      },
      (error: unknown) => setMore({ state: 'failed', error: asApiError(error) }),
    );
  }, [apiKey, endCursor, update]);

  return (
    <section aria-labelledby="orders-heading">
      <h2 id="orders-heading" tabIndex={-1} data-view-heading>
        {t('board.orders.heading')}
      </h2>
      <div class="toolbar">
        <button type="button" onClick={reload}>
          {t('board.refresh')}
        </button>
        <p role="status" class="status-line" data-live={live}>
          {t(LIVE_MESSAGES[live])}
        </p>
      </div>
      {load.state === 'loading' && <p role="status">{t('status.loading')}</p>}
      {load.state === 'failed' && <ApiErrorMessage error={load.error} onRetry={reload} />}
      {load.state === 'loaded' && (
        <>
          {load.value.orders.length === 0 ? <p>{t('board.orders.none')}</p> : <OrderTable orders={lateFirst(load.value.orders)} />}
          {load.value.hasMore && (
            <div class="toolbar">
              <p class="hint">{t('board.orders.more', { count: load.value.orders.length })}</p>
              <button type="button" onClick={loadMore} disabled={more.state === 'loading'}>
                {t('board.orders.loadMore')}
              </button>
            </div>
          )}
          {more.state === 'failed' && <ApiErrorMessage error={more.error} onRetry={loadMore} />}
        </>
      )}
      <LateItemsPanel apiKey={apiKey} client={client} onUnauthenticated={onUnauthenticated} />
    </section>
  );
}
