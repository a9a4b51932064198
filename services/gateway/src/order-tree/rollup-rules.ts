import type { VisibleWorkItem } from './order-tree-input';

/**
 * Days one remaining operation is assumed to take when a node's ETA is pushed by its inputs.
 * Events carry no standard times, so the rule is the simplest honest one; see docs/rollups.md.
 */
export const DAYS_PER_REMAINING_OPERATION = 1;

/**
 * How far one work item is, 0 to 100: finished is 100; else what the workshop said; else good
 * pieces over ordered. Finished means the supplier's whole part: a report "completed" on an
 * operation with more of its own operations to come is progress, not the end (see own-work.ts).
 */
export function workItemPercent(item: VisibleWorkItem): number {
  if (isFinished(item)) return 100;
  if (item.percent !== null) return item.percent;
  if (item.quantity !== null && item.quantity > 0) return Math.min(100, Math.round((item.qtyGood / item.quantity) * 100));
  return 0;
}

function isFinished(item: VisibleWorkItem): boolean {
  return item.finished || item.completedAt !== null;
}

/** When one work item is expected done: its finish date once finished, else its reported ETA, else its due date (on plan). */
export function workItemEta(item: VisibleWorkItem): string | null {
  if (item.completedAt !== null) return item.completedAt.slice(0, 10);
  return item.eta ?? item.dueDate;
}

/** Quantity-weighted mean; null when nothing weighs. */
export function weightedPercent(parts: ReadonlyArray<{ readonly percent: number; readonly weight: number }>): number | null {
  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  if (total === 0) return null;
  return Math.round((parts.reduce((sum, part) => sum + part.percent * part.weight, 0) / total) * 10) / 10;
}

export function latestDate(dates: ReadonlyArray<string | null>): string | null {
  return dates.reduce<string | null>((latest, date) => (date !== null && (latest === null || date > latest) ? date : latest), null);
}

export function earliestDate(dates: ReadonlyArray<string | null>): string | null {
  return dates.reduce<string | null>((earliest, date) => (date !== null && (earliest === null || date < earliest) ? date : earliest), null);
}

export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The node's own status from its purchase order lines and their work. */
export function nodeStatus(items: readonly VisibleWorkItem[], orderedLines: number): string {
  if (items.some((item) => item.status === 'blocked')) return 'blocked';
  if (items.length > 0 && items.every(isFinished)) return 'completed';
  if (items.some((item) => item.status === 'delayed')) return 'delayed';
  if (items.some((item) => item.status !== 'not_started')) return 'in_progress';
  return orderedLines > 0 ? 'ordered' : 'not_ordered';
}
