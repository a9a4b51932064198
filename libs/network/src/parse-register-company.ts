import { NETWORK_COMPANY_ROLES, NETWORK_TIME_ZONE_PATTERN, type NetworkCompanyRole } from '@renkei/contracts';
import type { NetworkCommandMetadata } from './command-metadata';
import { FieldReader } from './parse-fields';
import type { NetworkParseResult } from './parse-result';
import type { RegisterCompany } from './register-company';

const TIME_ZONE = new RegExp(NETWORK_TIME_ZONE_PATTERN);
const MAX_TIME_ZONE = 64;
// Shape only: deliverability is the mail server's business, not the directory's.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 254;

export function parseRegisterCompany(body: unknown, metadata: NetworkCommandMetadata): NetworkParseResult<RegisterCompany> {
  const reader = new FieldReader(body, '{ "companyId": ..., "legalName": ..., "roles": [...], "timeZone": ..., "contactEmail": ... }');
  const { input } = reader;
  const companyId = reader.slug('companyId', input['companyId']);
  const legalName = reader.text('legalName', input['legalName'], 200, 'e.g. 岡田製作所株式会社 / Okada Seisakusho Co., Ltd.');
  const roles = readRoles(reader, input['roles']);

  const timeZone = input['timeZone'];
  if (typeof timeZone !== 'string' || timeZone.length > MAX_TIME_ZONE || !TIME_ZONE.test(timeZone)) {
    reader.fail('timeZone', 'must be an IANA time zone name', 'Area/Location, e.g. Asia/Tokyo, Europe/Berlin, UTC');
  }
  const contactEmail = input['contactEmail'];
  if (typeof contactEmail !== 'string' || contactEmail.length > MAX_EMAIL || !EMAIL.test(contactEmail)) {
    reader.fail('contactEmail', 'must be an e-mail address', `name@domain, at most ${MAX_EMAIL} characters`);
  }
  reader.rejectUnknown(['companyId', 'legalName', 'roles', 'timeZone', 'contactEmail'], 'a company registration');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return {
    ok: true,
    command: { type: 'RegisterCompany', data: { companyId, legalName, roles, timeZone: timeZone as string, contactEmail: contactEmail as string }, metadata },
  };
}

function readRoles(reader: FieldReader, value: unknown): NetworkCompanyRole[] {
  if (!Array.isArray(value) || value.length === 0) {
    reader.fail('roles', 'must be a non-empty list of roles', NETWORK_COMPANY_ROLES.join(', '));
    return [];
  }
  const roles = value.map((role, index) => reader.oneOf(`roles[${index}]`, role, NETWORK_COMPANY_ROLES, 'must be a network role'));
  if (new Set(roles).size !== roles.length) reader.fail('roles', 'must not name a role twice', NETWORK_COMPANY_ROLES.join(', '));
  return roles;
}
