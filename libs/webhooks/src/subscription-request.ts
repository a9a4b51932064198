import { eventTypePatterns, type SubscriptionFilter } from './event-filter';
import { TARGET_URL_ALLOWED, parseTargetUrl, type TargetUrl } from './target-url';

export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

/** What a subscription asks for; PUT replaces it whole. */
export interface SubscriptionDefinition {
  readonly target: TargetUrl;
  readonly eventTypes: readonly string[];
  readonly filter: SubscriptionFilter;
}

/** Where a new subscription starts reading: after what is already there, from the first event, or after a feed cursor. */
export type SubscriptionStart = { readonly kind: 'now' } | { readonly kind: 'beginning' } | { readonly kind: 'after'; readonly cursor: string };

export const SUBSCRIPTION_ID_ALLOWED = '1–64 characters: letters, digits, and . _ ~ - (not first)';
const SUBSCRIPTION_ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$/;
const FIELDS = ['url', 'eventTypes', 'filter', 'from'] as const;
const FILTER_FIELDS = ['customerOrderIds', 'companyIds'] as const;
const MAX_EVENT_TYPES = 100;
const MAX_FILTER_IDS = 100;
const ID = /^[\x21-\x7e]{1,128}$/;

export function subscriptionIdProblem(id: string): FieldError | null {
  return SUBSCRIPTION_ID.test(id) ? null : { field: 'subscriptionId', rule: 'is not a valid subscription id', allowed: SUBSCRIPTION_ID_ALLOWED };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The body of `PUT /v1/webhook-subscriptions/{id}`, or every field it gets wrong. `isFeedCursor`
 * tells a cursor the feed handed out from anything else (`from` may be one).
 */
export function parseSubscriptionRequest(
  body: unknown,
  isFeedCursor: (cursor: string) => boolean,
): { ok: true; definition: SubscriptionDefinition; start: SubscriptionStart } | { ok: false; errors: FieldError[] } {
  if (!isRecord(body)) return { ok: false, errors: [{ field: 'body', rule: 'must be a JSON object', allowed: '{ "url": …, "eventTypes": […], "filter"?: {…}, "from"?: … }' }] };
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => !(FIELDS as readonly string[]).includes(key))
    .map((key) => ({ field: key, rule: 'is not a field of a webhook subscription', allowed: FIELDS.join(', ') }));

  const url = parseTargetUrl(body['url']);
  if (!url.ok) errors.push({ field: 'url', rule: url.rule, allowed: TARGET_URL_ALLOWED });

  const eventTypes = parseEventTypes(body['eventTypes'], errors);
  const filter = parseFilter(body['filter'], errors);

  const from = body['from'];
  let start: SubscriptionStart = { kind: 'now' };
  if (from === 'beginning') start = { kind: 'beginning' };
  else if (typeof from === 'string' && from !== 'now' && isFeedCursor(from)) start = { kind: 'after', cursor: from };
  else if (from !== undefined && from !== 'now')
    errors.push({ field: 'from', rule: 'must be "now", "beginning" or a cursor the feed returned', allowed: '"now" (default: events shared from now on), "beginning" (every event you may see), or a feed cursor' });

  if (errors.length > 0 || !url.ok) return { ok: false, errors };
  return { ok: true, definition: { target: url.target, eventTypes, filter }, start };
}

function parseEventTypes(value: unknown, errors: FieldError[]): string[] {
  const patterns = eventTypePatterns();
  const allowed = `a list of 1–${MAX_EVENT_TYPES} of: ${patterns.join(', ')}`;
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_EVENT_TYPES) {
    errors.push({ field: 'eventTypes', rule: `must be a list of 1 to ${MAX_EVENT_TYPES} CloudEvents types`, allowed });
    return [];
  }
  const types: string[] = [];
  value.forEach((type: unknown, index) => {
    if (typeof type !== 'string' || !patterns.includes(type)) errors.push({ field: `eventTypes[${index}]`, rule: 'is not a type Renkei publishes', allowed });
    else if (!types.includes(type)) types.push(type);
  });
  return types;
}

function parseFilter(value: unknown, errors: FieldError[]): SubscriptionFilter {
  const allowed = `{ "customerOrderIds"?: [up to ${MAX_FILTER_IDS} ids], "companyIds"?: [up to ${MAX_FILTER_IDS} ids] }`;
  if (value === undefined || value === null) return { customerOrderIds: [], companyIds: [] };
  if (!isRecord(value)) {
    errors.push({ field: 'filter', rule: 'must be an object', allowed });
    return { customerOrderIds: [], companyIds: [] };
  }
  for (const key of Object.keys(value).filter((key) => !(FILTER_FIELDS as readonly string[]).includes(key))) {
    errors.push({ field: `filter.${key}`, rule: 'is not a filter', allowed: FILTER_FIELDS.join(', ') });
  }
  const ids = (field: (typeof FILTER_FIELDS)[number]): string[] => {
    const list = value[field];
    if (list === undefined) return [];
    if (!Array.isArray(list) || list.length > MAX_FILTER_IDS || !list.every((id): id is string => typeof id === 'string' && ID.test(id))) {
      errors.push({ field: `filter.${field}`, rule: `must be a list of at most ${MAX_FILTER_IDS} ids (1–128 visible characters)`, allowed });
      return [];
    }
    return [...new Set(list)];
  };
  return { customerOrderIds: ids('customerOrderIds'), companyIds: ids('companyIds') };
}
