import type { Client } from 'graphql-ws';
import { graphqlRequest } from '../../api/graphql-client';
import type { DelayReason } from './order-detail-api';

/** A node of an open order whose ETA passed its due date, with the nodes above it that wait for it. */
export interface LateItem {
  readonly orderId: string;
  readonly nodeId: string;
  readonly partNumber: string;
  readonly description: string;
  readonly dueDate: string;
  readonly eta: string;
  readonly daysLate: number;
  readonly blocked: boolean;
  readonly delayReasons: readonly DelayReason[];
  readonly holdsUp: ReadonlyArray<{ readonly nodeId: string; readonly partNumber: string }>;
}

export interface Viewer {
  readonly companyId: string;
  readonly role: string;
  readonly legalName: string | null;
}

const VIEWER = 'query BoardViewer { viewer { companyId role legalName } }';

const LATE_ITEMS_CHANGED = `subscription BoardLateItems($leadId: String!) {
  lateItemsChanged(leadId: $leadId) {
    orderId nodeId partNumber description dueDate eta daysLate blocked
    delayReasons { poId lineNo workshopId reasonCode note eta blocked }
    holdsUp { nodeId partNumber }
  }
}`;

/** Who the key acts for: the board asks for late items by its own company id. */
export async function loadViewer(token: string, signal?: AbortSignal): Promise<Viewer> {
  return (await graphqlRequest<{ viewer: Viewer }>(VIEWER, {}, token, signal)).viewer;
}

/**
 * The late items now, then again after each change that alters them, most days late first. A
 * refusal (a key that is not a lead's) is reported, so the panel can say so rather than wait forever.
 */
export function watchLateItems(client: Client, leadId: string, onItems: (items: readonly LateItem[]) => void, onRefused: () => void): () => void {
  return client.subscribe<{ lateItemsChanged: LateItem[] }>(
    { query: LATE_ITEMS_CHANGED, variables: { leadId } },
    {
      next: (result) => {
        if (result.data) onItems(result.data.lateItemsChanged);
        else if (result.errors) onRefused();
      },
      error: () => onRefused(),
      complete: () => undefined,
    },
  );
}
