import { BoardNav } from './board-nav';
import { OrderBoard } from './orders/order-board';
import { OrderDetailView } from './orders/order-detail';
import { PurchaseOrdersView } from './purchase-orders/purchase-orders-view';
import { RfqDetailView } from './rfqs/rfq-detail';
import { RfqListView } from './rfqs/rfq-list';
import { routeHref, sectionOf } from './routes';
import { useFocusOnViewChange, useRoute } from './use-route';

/** The signed-in board: navigation between its sections and the view the URL names. */
export function BoardViews({ apiKey, onUnauthenticated }: { apiKey: string; onUnauthenticated: () => void }) {
  const route = useRoute();
  useFocusOnViewChange(route.view === 'order' ? `order:${route.orderId}` : routeHref(route));
  const session = { apiKey, onUnauthenticated };
  return (
    <>
      <BoardNav current={sectionOf(route)} />
      {route.view === 'orders' && <OrderBoard {...session} />}
      {route.view === 'order' && <OrderDetailView key={route.orderId} {...session} orderId={route.orderId} asOf={route.asOf} />}
      {route.view === 'rfqs' && <RfqListView {...session} />}
      {route.view === 'rfq' && <RfqDetailView key={route.rfqId} {...session} rfqId={route.rfqId} />}
      {route.view === 'purchase-orders' && <PurchaseOrdersView {...session} />}
    </>
  );
}
