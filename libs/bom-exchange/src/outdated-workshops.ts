import type { ProductBom } from './product-bom';

export interface OutdatedWorkshop {
  readonly workshopId: string;
  /** The newest revision it confirmed, or null if it never confirmed one. */
  readonly latestAcknowledged: number | null;
  readonly currentRevision: number;
}

/**
 * Workshops in the current revision's routing that have not acknowledged it: their work in
 * progress may follow an older revision. Flagging that work is a process manager's job (it joins
 * this with the work-progress streams); this query only says who is behind. The owner is never
 * behind: publishing is its acknowledgement. Sorted by workshop id.
 */
export function outdatedWorkshops(state: ProductBom): OutdatedWorkshop[] {
  if (state.status === 'Unpublished') return [];
  const current = state.routedWorkshopsByRevision[state.revision - 1] ?? [];
  return current.flatMap((workshopId) => {
    const latest = Math.max(0, ...(state.acknowledged[workshopId] ?? []));
    return latest >= state.revision ? [] : [{ workshopId, latestAcknowledged: latest === 0 ? null : latest, currentRevision: state.revision }];
  });
}
