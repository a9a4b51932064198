import { ORDER_COMPANY_ID_PATTERN, ORDER_CURRENCY_PATTERN, ORDER_DECIMAL_PATTERN, ORDER_ID_PATTERN, ORDER_MAX_QUANTITY } from '@renkei/contracts';
import type { EdiErrorCode } from '../edi-error';
import { RENKEI_HUB } from '../interchange';

/** A refusal says which rule the text broke; `allowed` defaults to the type's own. */
export type FieldRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: EdiErrorCode; readonly rule: string; readonly allowed?: string };

/** How one field's text becomes a value; `placeholder` stands in for a bad field (its message is refused anyway). */
export interface FieldType<T> {
  read(raw: string): FieldRead<T>;
  /** What the field accepts, for every error about it, including "missing". */
  readonly allowed: string;
  readonly placeholder: T;
}

/** Business texts (reasons, notes) have the domain's limit; acknowledgement texts quote errors and get more room. */
export const REASON_MAX = 500;
export const ACK_TEXT_MAX = 1000;
/** Routing operations are 10, 20, 30, ...; the same bound as the REST progress report. */
export const MAX_OP_NO = 99_999;
export const MAX_LINES = 1000;

const ID = new RegExp(ORDER_ID_PATTERN);
const COMPANY_ID = new RegExp(ORDER_COMPANY_ID_PATTERN);
const DECIMAL = new RegExp(ORDER_DECIMAL_PATTERN);
const CURRENCY = new RegExp(ORDER_CURRENCY_PATTERN);
const DIGITS = /^[0-9]{1,9}$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const UTC_TIMESTAMP = /^([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?Z$/;
const PERCENT = /^[0-9]{1,3}(\.[0-9]{1,4})?$/;
/** C0 controls other than tab, DEL, and halves of surrogate pairs: nothing a text editor shows or UTF-8 encodes. */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udfff]/u;
const UNPRINTABLE_GLOBAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udfff]/gu;

const ok = <T>(value: T): FieldRead<T> => ({ ok: true, value });
const bad = <T>(code: EdiErrorCode, rule: string, allowed?: string): FieldRead<T> => ({ ok: false, code, rule, ...(allowed === undefined ? {} : { allowed }) });

function pattern(regex: RegExp, rule: string, allowed: string): FieldType<string> {
  return { read: (raw) => (regex.test(raw) ? ok(raw) : bad('FIELD_FORMAT', rule)), allowed, placeholder: '' };
}

export const idField = pattern(ID, 'must be an id', '1-64 letters, digits, "_", "." or "-", starting with a letter or digit, e.g. PO-2026-0042');
export const companyIdField = pattern(COMPANY_ID, 'must be a member company id', '2-63 lower-case letters, digits or "-", e.g. okada-seiki');
export const messageRefField = pattern(/^[A-Za-z0-9]{1,14}$/, 'must be a message ref', '1-14 letters or digits, e.g. 1, 2, 3 or M0001');
export const currencyField = pattern(CURRENCY, 'must be an ISO 4217 currency code', '3 capital letters, e.g. JPY, EUR, USD');
export const amountField = pattern(DECIMAL, 'must be a decimal amount', 'e.g. 1250.50: up to 15 digits, 6 decimals, a "." as decimal mark');
export const domainCodeField = pattern(/^[A-Z][A-Z0-9_]{0,30}\.[A-Z0-9_]{1,60}$/, 'must be a domain error code', 'CONTEXT.REASON, e.g. ORDERS.ALREADY_ACKNOWLEDGED');

export const partyField: FieldType<string> = {
  read: (raw) => (raw === RENKEI_HUB || COMPANY_ID.test(raw) ? ok(raw) : bad('FIELD_FORMAT', 'must be a party id')),
  allowed: `${RENKEI_HUB}, or a member company id (2-63 lower-case letters, digits or "-")`,
  placeholder: '',
};

export function integerField(minimum: number, maximum: number, allowed = `a whole number from ${minimum} to ${maximum}`): FieldType<number> {
  return {
    read: (raw) => {
      const value = DIGITS.test(raw) ? Number(raw) : NaN;
      return value >= minimum && value <= maximum ? ok(value) : bad('FIELD_FORMAT', 'must be a whole number in range, digits only');
    },
    allowed,
    placeholder: 0,
  };
}

export const lineNoField = integerField(1, 999_999, 'a line number: 1, 2, 3, ...');
export const quantityField = integerField(1, ORDER_MAX_QUANTITY, `pieces: 1 to ${ORDER_MAX_QUANTITY}`);
export const countField = integerField(0, ORDER_MAX_QUANTITY, `pieces: 0 to ${ORDER_MAX_QUANTITY}`);
export const operationField = integerField(1, MAX_OP_NO, `an operation of the routing: 1 to ${MAX_OP_NO}, e.g. 10, 20, 30`);
export const controlNumberField = integerField(1, 999_999_999, '1 to 999999999; printed as 9 digits, e.g. 000000123');

export const percentField: FieldType<number> = {
  read: (raw) => {
    const value = PERCENT.test(raw) ? Number(raw) : NaN;
    return value <= 100 ? ok(value) : bad('FIELD_FORMAT', 'must be a percentage');
  },
  allowed: '0 to 100, at most 4 decimals, e.g. 0, 37.5, 100',
  placeholder: 0,
};

/** A real calendar day: 2026-02-30 is refused, not rolled over to March. */
export const dateField: FieldType<string> = {
  read: (raw) => {
    const parts = DATE.exec(raw);
    return parts !== null && isCalendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) ? ok(raw) : bad('FIELD_DATE', 'must be a calendar date');
  },
  allowed: 'YYYY-MM-DD, e.g. 2026-12-01',
  placeholder: '',
};

/** UTC only, with seconds: one spelling per instant keeps files comparable and sortable. */
export const timestampField: FieldType<string> = {
  read: (raw) => {
    const parts = UTC_TIMESTAMP.exec(raw);
    const valid =
      parts !== null &&
      dateField.read(parts[1] as string).ok &&
      Number(parts[2]) <= 23 &&
      Number(parts[3]) <= 59 &&
      Number(parts[4]) <= 59;
    return valid ? ok(raw) : bad('FIELD_DATE', 'must be an ISO 8601 timestamp in UTC');
  },
  allowed: 'YYYY-MM-DDTHH:MM:SSZ, optional fraction of a second, e.g. 2026-11-20T09:00:00Z',
  placeholder: '',
};

/** Free text that says something (not only spaces), within `max` characters, without control characters. */
export function textField(max: number): FieldType<string> {
  return {
    read: (raw) => {
      if (raw.trim().length === 0) return bad('FIELD_MISSING', 'must be text that says something, not only spaces');
      if (raw.length > max) return bad('FIELD_FORMAT', `must be at most ${max} characters`);
      if (UNPRINTABLE.test(raw)) return bad('FIELD_FORMAT', 'must not hold control characters', 'printable text; line breaks written as \\n, tabs as they are');
      return ok(raw);
    },
    allowed: `text of 1 to ${max} characters`,
    placeholder: '',
  };
}

export function codeField<Word extends string>(words: readonly Word[], vocabulary: string): FieldType<Word> {
  return {
    read: (raw) => ((words as readonly string[]).includes(raw) ? ok(raw as Word) : bad('FIELD_CODE', `must be one of the ${vocabulary}`)),
    allowed: words.join(', '),
    placeholder: words[0] as Word,
  };
}

/** Makes any text fit a text field: builders quote received input (tags, problem details) that may not. */
export function fitText(text: string, max: number): string {
  const printable = text.replace(UNPRINTABLE_GLOBAL, '?');
  const clipped = printable.length > max ? `${withoutHalfPair(printable.slice(0, max - 1))}…` : printable;
  return clipped.trim().length > 0 ? clipped : '?';
}

/** Clipping may cut a surrogate pair; its first half alone is not text. */
function withoutHalfPair(text: string): string {
  return /[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) : text;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
