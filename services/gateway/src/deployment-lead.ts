import type { ApiKeyAuthenticator } from '@renkei/service-kit';

/**
 * Work reported before any purchase order opened it (step-1 style, no buyer on record)
 * is shown to the deployment's lead contractor, named by the static keys. Two static
 * leads would make that ambiguous, so a second one is refused rather than shown the
 * first one's work. Items opened from purchase orders are shown from their own facts.
 */
export function deploymentLeadOf(staticKeys: ApiKeyAuthenticator): string | null {
  const leads = staticKeys.companiesWithRole('lead');
  if (leads.length > 1) {
    throw new Error(`RENKEI_API_KEYS: ${leads.length} lead companies (${leads.join(', ')}); this version serves one lead contractor per deployment`);
  }
  return leads[0] ?? null;
}
