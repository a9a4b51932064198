import { graphqlRequest } from '../../api/graphql-client';

/** One of the workshop's own operations on a line, as myWorkItems lists it. */
export interface MyOperation {
  readonly opNo: number;
  readonly process: string;
  /** When it was reported completed (shop-floor time); null while it is not. */
  readonly completedAt: string | null;
}

/** A purchase order line the workshop works on, as `myWorkItems` answers it. */
export interface MyWorkItem {
  readonly poId: string;
  readonly lineNo: number;
  readonly partNumber: string | null;
  readonly description: string | null;
  readonly quantity: number | null;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  /** YYYY-MM-DD */
  readonly dueDate: string | null;
  /** YYYY-MM-DD */
  readonly eta: string | null;
  /** not_started, in_progress, completed, delayed or blocked: the status of the latest report */
  readonly status: string;
  readonly percent: number | null;
  readonly delayReason: string | null;
  readonly buyerId: string | null;
  readonly outdatedRevision: number | null;
  readonly updatedAt: string;
  readonly operations: readonly MyOperation[];
  readonly nextOperation: MyOperation | null;
}

/** The API's vocabulary (libs/contracts work-progress): canonical statuses and delay reason codes. */
export const WORK_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'blocked'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];
export const DELAY_REASON_CODES = ['material', 'machine', 'labour', 'quality', 'subcontractor', 'customer-change', 'other'] as const;
export type DelayReasonCode = (typeof DELAY_REASON_CODES)[number];

/** A page the gateway serves at once; a workshop with more open lines than this sees the first by due date. */
export const WORK_PAGE_SIZE = 50;

const OPERATION_FIELDS = 'opNo process completedAt';
// A literal page size: the gateway's cost limit counts `first: $variable` as the largest page.
const MY_WORK_ITEMS = `query PhoneWorkItems {
  myWorkItems(first: ${WORK_PAGE_SIZE}) {
    edges { node { poId lineNo partNumber description quantity qtyGood qtyScrap dueDate eta status percent delayReason buyerId outdatedRevision updatedAt
      operations { ${OPERATION_FIELDS} } nextOperation { ${OPERATION_FIELDS} } } }
    pageInfo { hasNextPage }
  }
}`;

export interface WorkPage {
  readonly items: readonly MyWorkItem[];
  readonly hasMore: boolean;
}

interface MyWorkItemsAnswer {
  readonly myWorkItems: { readonly edges: ReadonlyArray<{ readonly node: MyWorkItem }>; readonly pageInfo: { readonly hasNextPage: boolean } };
}

/** The workshop's unfinished work, earliest due date first. */
export async function loadWorkItems(token: string, signal?: AbortSignal): Promise<WorkPage> {
  const answer = await graphqlRequest<MyWorkItemsAnswer>(MY_WORK_ITEMS, {}, token, signal);
  return { items: answer.myWorkItems.edges.map((edge) => edge.node), hasMore: answer.myWorkItems.pageInfo.hasNextPage };
}

export function workItemKey(item: { readonly poId: string; readonly lineNo: number }): string {
  return `${item.poId}/${item.lineNo}`;
}
