import { NETWORK_RECORD_ID_PATTERN, NETWORK_SLUG_PATTERN } from './network-vocabulary';

export const PHONE_LINK_ISSUED_SCHEMA_VERSION = 1;

/**
 * Data of `PhoneLinkIssued`, schema version 1: a link that opens a workshop's phone page until
 * expiresAt. No secret is recorded: the link's token is signed with a deployment key from these
 * claims (companyId, linkId, expiresAt) and handed out once, in the answer to the request.
 */
export interface PhoneLinkIssuedV1 {
  readonly companyId: string;
  readonly linkId: string;
  /** What the issuer calls it, e.g. "line 2 foreman's phone". */
  readonly label: string;
  readonly expiresAt: string;
  readonly issuedBy: string;
  readonly issuedAt: string;
}

export const PHONE_LINK_ISSUED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/PhoneLinkIssued/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PhoneLinkIssued v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'linkId', 'label', 'expiresAt', 'issuedBy', 'issuedAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    linkId: { type: 'string', pattern: NETWORK_RECORD_ID_PATTERN },
    label: { type: 'string', minLength: 1, maxLength: 100 },
    expiresAt: { type: 'string', format: 'date-time' },
    issuedBy: { type: 'string', minLength: 1 },
    issuedAt: { type: 'string', format: 'date-time' },
  },
} as const;
