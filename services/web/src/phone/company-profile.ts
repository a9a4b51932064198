import { getJson } from '../api/rest-client';

/** The fields of `GET /v1/companies/{id}` the phone page shows. */
export interface CompanyProfile {
  readonly companyId: string;
  readonly legalName: string;
  readonly roles: readonly string[];
  /** IANA zone, e.g. Asia/Tokyo: the workshop's times are shown on its own clock. */
  readonly timeZone: string;
  readonly registeredAt: string;
}

export function loadCompanyProfile(companyId: string, token: string, signal?: AbortSignal): Promise<CompanyProfile> {
  return getJson<CompanyProfile>(`companies/${encodeURIComponent(companyId)}`, token, signal);
}
