import { NETWORK_COMPANY_ROLES, NETWORK_SLUG_PATTERN, NETWORK_TIME_ZONE_PATTERN, type NetworkCompanyRole } from './network-vocabulary';

export const COMPANY_REGISTERED_SCHEMA_VERSION = 1;

/** Data of `CompanyRegistered`, schema version 1: a coordinator admitted a company to the network. */
export interface CompanyRegisteredV1 {
  readonly companyId: string;
  readonly legalName: string;
  readonly roles: readonly NetworkCompanyRole[];
  /** IANA name, e.g. Asia/Tokyo: the company's working day for deadlines and reports. */
  readonly timeZone: string;
  readonly contactEmail: string;
  /** Company id of the coordinator that registered it. */
  readonly registeredBy: string;
  readonly registeredAt: string;
}

export const COMPANY_REGISTERED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/CompanyRegistered/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CompanyRegistered v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'legalName', 'roles', 'timeZone', 'contactEmail', 'registeredBy', 'registeredAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    legalName: { type: 'string', minLength: 1, maxLength: 200 },
    roles: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...NETWORK_COMPANY_ROLES] } },
    timeZone: { type: 'string', maxLength: 64, pattern: NETWORK_TIME_ZONE_PATTERN },
    contactEmail: { type: 'string', format: 'email', maxLength: 254 },
    registeredBy: { type: 'string', minLength: 1 },
    registeredAt: { type: 'string', format: 'date-time' },
  },
} as const;
