/** Rfq, quote and company ids: chosen or generated at the edge; they appear in stream ids and URLs. */
export const QUOTES_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
/** Money is a decimal string, never a float: up to 12 integer digits and 4 decimals (JPY, EUR, KWD all fit). */
export const QUOTES_DECIMAL_PATTERN = '^\\d{1,12}(\\.\\d{1,4})?$';
/** ISO 4217 alphabetic code, e.g. JPY, EUR, USD. */
export const QUOTES_CURRENCY_PATTERN = '^[A-Z]{3}$';
/** Calendar date YYYY-MM-DD. */
export const QUOTES_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** How the invited workshops were chosen: named by the lead, or matched against the member directory. */
export const QUOTES_INVITATION_SELECTIONS = ['invited', 'matched'] as const;
export type QuotesInvitationSelection = (typeof QUOTES_INVITATION_SELECTIONS)[number];

/** An amount of money in one currency. */
export interface QuotesMoneyV1 {
  readonly amount: string;
  readonly currency: string;
}

export const QUOTES_MONEY_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'string', pattern: QUOTES_DECIMAL_PATTERN },
    currency: { type: 'string', pattern: QUOTES_CURRENCY_PATTERN },
  },
} as const;

/** What is asked for on an RFQ line: a part number, the BOM node it makes (when the lead has a BOM), and words. */
export interface QuotesPartV1 {
  readonly partNumber: string;
  readonly bomNodeId: string | null;
  readonly description: string;
}

export const QUOTES_PART_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['partNumber', 'bomNodeId', 'description'],
  properties: {
    partNumber: { type: 'string', minLength: 1, maxLength: 64 },
    bomNodeId: { type: ['string', 'null'], minLength: 1, maxLength: 64 },
    description: { type: 'string', minLength: 1, maxLength: 500 },
  },
} as const;
