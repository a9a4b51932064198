import { WORK_DELAY_REASON_CODES, WORK_MILESTONES, WORK_STATUSES, type WorkDelayReasonCode, type WorkMilestone, type WorkStatus } from '@renkei/contracts';
import type { FieldError } from './field-error';
import { isCalendarDate, isRecord, isWholeNumber, MAX_NOTE, MAX_OP_NO, MAX_QUANTITY, PO_ID } from './field-rules';
import { mapStatusWord, unknownStatusWord, type StatusDialect } from './status-dialect';
import type { ReportProgress } from './work-progress-commands';

export type ParseResult = { ok: true; command: ReportProgress } | { ok: false; errors: FieldError[] };

const FIELDS = ['status', 'qtyGood', 'qtyScrap', 'eta', 'note', 'occurredAt', 'operation', 'milestone', 'percent', 'delayReasonCode'];

/**
 * Turns untrusted input (an HTTP body, an EDI segment, a phone form) into a command, or lists every
 * field that is wrong; it never stops at the first. With a `dialect`, `status` may also be one of the
 * workshop's own words. Whether a delayed report must give a reason depends on whether the item was
 * opened, which only the decider knows: it refuses there, naming `delayReasonCode`.
 */
export function parseReportProgress(
  target: { poId: string; lineNo: string | number },
  body: unknown,
  metadata: ReportProgress['metadata'],
  dialect?: StatusDialect,
): ParseResult {
  const errors: FieldError[] = [];
  const input = isRecord(body) ? body : {};
  if (!isRecord(body)) errors.push({ field: 'body', rule: 'must be a JSON object', allowed: '{ "status": ..., "qtyGood": ..., ... }' });

  if (!PO_ID.test(target.poId)) {
    errors.push({ field: 'poId', rule: 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit', allowed: 'e.g. PO-2026-0042' });
  }
  const lineNo = typeof target.lineNo === 'number' ? target.lineNo : /^\d+$/.test(target.lineNo) ? Number(target.lineNo) : NaN;
  if (!Number.isInteger(lineNo) || lineNo < 1) errors.push({ field: 'lineNo', rule: 'must be a positive integer', allowed: '1, 2, 3, ...' });

  const status = parseStatus(input['status'], dialect, errors);
  const quantity = (field: 'qtyGood' | 'qtyScrap'): number => {
    const value = input[field] ?? 0;
    if (!isWholeNumber(value, 0, MAX_QUANTITY)) {
      errors.push({ field, rule: 'must be a whole number of pieces', allowed: `0 to ${MAX_QUANTITY}; omitted means 0` });
      return 0;
    }
    return value;
  };
  const qtyGood = quantity('qtyGood');
  const qtyScrap = quantity('qtyScrap');

  const eta = input['eta'] ?? null;
  if (eta !== null && !isCalendarDate(eta)) errors.push({ field: 'eta', rule: 'must be a calendar date', allowed: 'YYYY-MM-DD, or null' });
  const note = input['note'] ?? null;
  if (note !== null && (typeof note !== 'string' || note.length > MAX_NOTE)) {
    errors.push({ field: 'note', rule: `must be text of at most ${MAX_NOTE} characters`, allowed: 'a string, or null' });
  }
  const occurredAtInput = input['occurredAt'];
  const occurredAt = occurredAtInput === undefined ? metadata.now : typeof occurredAtInput === 'string' ? new Date(occurredAtInput) : new Date(NaN);
  if (Number.isNaN(occurredAt.getTime())) {
    errors.push({ field: 'occurredAt', rule: 'must be a timestamp with time zone', allowed: 'RFC 3339, e.g. 2026-11-20T14:05:00+09:00; omitted means now' });
  }

  const operation = input['operation'] ?? null;
  if (operation !== null && !isWholeNumber(operation, 1, MAX_OP_NO)) {
    errors.push({ field: 'operation', rule: 'must be the number of an operation of the routing', allowed: `a whole number 1 to ${MAX_OP_NO}, e.g. 10, 20, 30; or null` });
  }
  const milestone = oneOf(input, 'milestone', WORK_MILESTONES, 'milestones', errors);
  if (operation !== null && milestone !== null) {
    errors.push({ field: 'milestone', rule: 'cannot be given together with operation: a report is about one operation or one milestone', allowed: 'operation or milestone, not both' });
  }
  const percent = input['percent'] ?? null;
  if (percent !== null && (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100)) {
    errors.push({ field: 'percent', rule: 'must be a number from 0 to 100', allowed: 'e.g. 0, 37.5, 100; or null' });
  }
  const delayReasonCode = oneOf(input, 'delayReasonCode', WORK_DELAY_REASON_CODES, 'delay reason codes', errors);

  for (const field of Object.keys(input).filter((key) => !FIELDS.includes(key))) {
    errors.push({ field, rule: 'is not a field of a progress report', allowed: FIELDS.join(', ') });
  }

  if (errors.length > 0 || status === null) return { ok: false, errors };
  return {
    ok: true,
    command: {
      type: 'ReportProgress',
      data: {
        poId: target.poId,
        lineNo,
        status,
        qtyGood,
        qtyScrap,
        eta: eta as string | null,
        note: note as string | null,
        occurredAt,
        operation: operation as number | null,
        milestone: milestone as WorkMilestone | null,
        percent: percent as number | null,
        delayReasonCode: delayReasonCode as WorkDelayReasonCode | null,
      },
      metadata,
    },
  };
}

/** Without a dialect only canonical words pass, with the same error as before dialects existed. */
function parseStatus(value: unknown, dialect: StatusDialect | undefined, errors: FieldError[]): WorkStatus | null {
  if (dialect === undefined) {
    if (typeof value === 'string' && (WORK_STATUSES as readonly string[]).includes(value)) return value as WorkStatus;
    errors.push({ field: 'status', rule: 'must be one of the canonical statuses', allowed: WORK_STATUSES.join(', ') });
    return null;
  }
  if (typeof value !== 'string') {
    errors.push(unknownStatusWord('must be a status word', dialect));
    return null;
  }
  const mapped = mapStatusWord(value, dialect);
  if (mapped.ok) return mapped.status;
  errors.push(mapped.error);
  return null;
}

/** An optional field from a fixed vocabulary: omitted or null means "not said". */
function oneOf<Word extends string>(input: Record<string, unknown>, field: string, words: readonly Word[], vocabulary: string, errors: FieldError[]): Word | null {
  const value = input[field] ?? null;
  if (value === null) return null;
  if (typeof value === 'string' && (words as readonly string[]).includes(value)) return value as Word;
  errors.push({ field, rule: `must be one of the ${vocabulary}`, allowed: `${words.join(', ')}; or null` });
  return null;
}
