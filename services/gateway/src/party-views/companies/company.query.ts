import type { Pool, PoolClient } from 'pg';
import type { NetworkCapabilityV1, NetworkCertificationKind, NetworkProcess } from '@renkei/contracts';

export interface PublicCertification {
  readonly name: string;
  readonly kind: NetworkCertificationKind;
  readonly scopeProcess: NetworkProcess;
  /** End of the validity period `at` falls in. */
  readonly validUntil: string;
}

/** What every member may see of another: the directory's public face. */
export interface PublicCompanyProfile {
  readonly companyId: string;
  readonly legalName: string;
  readonly roles: readonly string[];
  readonly capabilities: readonly NetworkCapabilityV1[];
  /** Only those valid at the moment asked about: history, lapses and revocations stay private. */
  readonly certifications: readonly PublicCertification[];
  readonly consortia: readonly string[];
}

/**
 * A member's public profile, or null when no such company is registered. Certifications are cut
 * in the SQL to those valid at `at` (inside a period and not revoked by then), by the same rule
 * as the network context's validCertificationsAt; the rest never leaves the database.
 */
export async function loadCompanyProfile(db: Pool | PoolClient, schema: string, companyId: string, at: Date): Promise<PublicCompanyProfile | null> {
  const result = await db.query<{ company: PublicCompanyProfile }>(
    `SELECT jsonb_build_object(
         'companyId', c.company_id, 'legalName', c.legal_name, 'roles', c.roles, 'capabilities', c.capabilities, 'consortia', c.consortia,
         'certifications', (
           SELECT coalesce(jsonb_agg(jsonb_build_object('name', x.entry->'name', 'kind', x.entry->'kind', 'scopeProcess', x.entry->'scopeProcess', 'validUntil', period.valid_until)
                                     ORDER BY x.entry->>'name', x.entry->>'certificationId'), '[]')
             FROM jsonb_array_elements(c.certifications) AS x(entry)
             CROSS JOIN LATERAL (
               SELECT p->'validUntil' AS valid_until FROM jsonb_array_elements(x.entry->'periods') p
                WHERE (p->>'validFrom')::timestamptz <= $2 AND $2 < (p->>'validUntil')::timestamptz LIMIT 1) period
            WHERE x.entry->>'revokedAt' IS NULL OR $2 < (x.entry->>'revokedAt')::timestamptz)
       ) AS company
       FROM "${schema}".company_profiles c WHERE c.company_id = $1`,
    [companyId, at.toISOString()],
  );
  return result.rows[0]?.company ?? null;
}
