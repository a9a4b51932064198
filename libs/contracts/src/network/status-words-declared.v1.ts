import { WORK_STATUSES, type WorkStatus } from '../work-progress/progress-reported.v1';
import { NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const STATUS_WORDS_DECLARED_SCHEMA_VERSION = 1;

/** At most this many words per workshop: a shop floor's vocabulary, not a dictionary. */
export const NETWORK_MAX_STATUS_WORDS = 100;
/** Longest status word, in characters (code points, as JSON Schema counts them). */
export const NETWORK_MAX_STATUS_WORD_LENGTH = 40;

/** One of a workshop's own status words ('加工中', '完了', ...) and the canonical status it means. */
export interface NetworkStatusWordV1 {
  /** As the workshop writes it, trimmed; never a canonical status, and unique ignoring case and full-/half-width form. */
  readonly word: string;
  readonly status: WorkStatus;
}

/** Data of `StatusWordsDeclared`, schema version 1: the full list, replacing any earlier declaration. */
export interface StatusWordsDeclaredV1 {
  readonly companyId: string;
  readonly words: readonly NetworkStatusWordV1[];
  readonly declaredBy: string;
  readonly declaredAt: string;
}

export const STATUS_WORDS_DECLARED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/StatusWordsDeclared/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'StatusWordsDeclared v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'words', 'declaredBy', 'declaredAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    words: {
      type: 'array',
      maxItems: NETWORK_MAX_STATUS_WORDS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['word', 'status'],
        properties: {
          word: { type: 'string', minLength: 1, maxLength: NETWORK_MAX_STATUS_WORD_LENGTH, not: { enum: [...WORK_STATUSES] } },
          status: { enum: [...WORK_STATUSES] },
        },
      },
    },
    declaredBy: { type: 'string', minLength: 1 },
    declaredAt: { type: 'string', format: 'date-time' },
  },
} as const;
