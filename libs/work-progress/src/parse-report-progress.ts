import { WORK_STATUSES, type WorkStatus } from '@renkei/contracts';
import type { FieldError } from './field-error';
import type { ReportProgress } from './report-progress';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PO_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const MAX_NOTE = 500;
const MAX_QUANTITY = 10_000_000;

export type ParseResult = { ok: true; command: ReportProgress } | { ok: false; errors: FieldError[] };

/**
 * Turns untrusted input (an HTTP body, an EDI segment, a phone form) into a
 * command, or lists every field that is wrong; it never stops at the first.
 */
export function parseReportProgress(
  target: { poId: string; lineNo: string | number },
  body: unknown,
  metadata: ReportProgress['metadata'],
): ParseResult {
  const errors: FieldError[] = [];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "status": ..., "qtyGood": ..., ... }' });

  if (!PO_ID.test(target.poId)) {
    errors.push({ field: 'poId', rule: 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit', allowed: 'e.g. PO-2026-0042' });
  }
  const lineNo = typeof target.lineNo === 'number' ? target.lineNo : /^\d+$/.test(target.lineNo) ? Number(target.lineNo) : NaN;
  if (!Number.isInteger(lineNo) || lineNo < 1) errors.push({ field: 'lineNo', rule: 'must be a positive integer', allowed: '1, 2, 3, ...' });

  const status = input['status'];
  if (typeof status !== 'string' || !(WORK_STATUSES as readonly string[]).includes(status)) {
    errors.push({ field: 'status', rule: 'must be one of the canonical statuses', allowed: WORK_STATUSES.join(', ') });
  }
  const quantity = (field: 'qtyGood' | 'qtyScrap'): number => {
    const value = input[field] ?? 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_QUANTITY) {
      errors.push({ field, rule: 'must be a whole number of pieces', allowed: `0 to ${MAX_QUANTITY}; omitted means 0` });
      return 0;
    }
    return value;
  };
  const qtyGood = quantity('qtyGood');
  const qtyScrap = quantity('qtyScrap');

  const eta = input['eta'] ?? null;
  if (eta !== null && (typeof eta !== 'string' || !ISO_DATE.test(eta) || Number.isNaN(Date.parse(`${eta}T00:00:00Z`)))) {
    errors.push({ field: 'eta', rule: 'must be a calendar date', allowed: 'YYYY-MM-DD, or null' });
  }
  const note = input['note'] ?? null;
  if (note !== null && (typeof note !== 'string' || note.length > MAX_NOTE)) {
    errors.push({ field: 'note', rule: `must be text of at most ${MAX_NOTE} characters`, allowed: 'a string, or null' });
  }
  const occurredAtInput = input['occurredAt'];
  const occurredAt = occurredAtInput === undefined ? metadata.now : typeof occurredAtInput === 'string' ? new Date(occurredAtInput) : new Date(NaN);
  if (Number.isNaN(occurredAt.getTime())) {
    errors.push({ field: 'occurredAt', rule: 'must be a timestamp with time zone', allowed: 'RFC 3339, e.g. 2026-11-20T14:05:00+09:00; omitted means now' });
  }
  const known = new Set(['status', 'qtyGood', 'qtyScrap', 'eta', 'note', 'occurredAt']);
  for (const field of Object.keys(input).filter((key) => !known.has(key))) {
    errors.push({ field, rule: 'is not a field of a progress report', allowed: [...known].join(', ') });
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    command: {
      type: 'ReportProgress',
      data: { poId: target.poId, lineNo, status: status as WorkStatus, qtyGood, qtyScrap, eta: eta as string | null, note: note as string | null, occurredAt },
      metadata,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
