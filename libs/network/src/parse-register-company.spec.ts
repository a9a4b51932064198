import { metadata } from './network-test-fixtures';
import { parseRegisterCompany } from './parse-register-company';

const valid = { companyId: 'okada', legalName: '  Okada Seisakusho Co., Ltd. ', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'office@okada.example' };

describe('parseRegisterCompany', () => {
  it('accepts a valid registration, trimming the name', () => {
    expect(parseRegisterCompany(valid, metadata())).toEqual({
      ok: true,
      command: { type: 'RegisterCompany', data: { ...valid, legalName: 'Okada Seisakusho Co., Ltd.' }, metadata: metadata() },
    });
  });

  it.each(['UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+9'])('accepts the time zone %s', (timeZone) => {
    expect(parseRegisterCompany({ ...valid, timeZone }, metadata()).ok).toBe(true);
  });

  it('names every bad field with its rule and the allowed values', () => {
    const result = parseRegisterCompany(
      { companyId: 'Okada Seisakusho', legalName: '   ', roles: ['workshop', 'supplier'], timeZone: '+09:00', contactEmail: 'office at okada', fax: '03-1234' },
      metadata(),
    );
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.field)).toEqual(['companyId', 'legalName', 'roles[1]', 'timeZone', 'contactEmail', 'fax']);
    expect(errors.find((error) => error.field === 'roles[1]')).toEqual({ field: 'roles[1]', rule: 'must be a network role', allowed: 'lead, workshop, integrator, coordinator' });
  });

  it('refuses an empty or repeated list of roles', () => {
    const empty = parseRegisterCompany({ ...valid, roles: [] }, metadata());
    const repeated = parseRegisterCompany({ ...valid, roles: ['lead', 'lead'] }, metadata());
    expect(empty.ok ? [] : empty.errors.map((error) => error.field)).toEqual(['roles']);
    expect(repeated.ok ? [] : repeated.errors.map((error) => error.rule)).toEqual(['must not name a role twice']);
  });

  it('refuses a body that is not an object, naming every missing field', () => {
    const result = parseRegisterCompany('okada', metadata());
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['body', 'companyId', 'legalName', 'roles', 'timeZone', 'contactEmail']);
  });
});
