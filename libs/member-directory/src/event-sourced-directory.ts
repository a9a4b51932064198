import { asDomainEvent } from '@renkei/command-handling';
import { createHash } from 'node:crypto';
import type { EventStore, Subscription } from '@renkei/event-store';
import { currentIntegratorGrants, evolve, initialCompany, phoneLinkOpenAt, validCertificationsAt, type Company, type NetworkEvent, type PhoneLink } from '@renkei/network';
import type { NetworkIntegratorScope, WorkStatus } from '@renkei/contracts';
import type { DirectoryWorkshop } from '@renkei/quotes';
import type { Authenticator, Caller, MemberDirectory, Role } from '@renkei/service-kit';
import type { OpenPhoneLinks } from './phone-link-authenticator';

const COMPANY_STREAM = 'company-';

/**
 * The member directory and the credential table, folded in memory from the
 * network context's events (company streams) and kept current by a subscription.
 * A revoked credential or phone link stops working as soon as its event is read
 * (milliseconds); phone links' tokens are checked by a PhoneLinkAuthenticator over it.
 */
export class EventSourcedDirectory implements MemberDirectory, Authenticator, OpenPhoneLinks {
  private readonly companies = new Map<string, Company>();
  private readonly credentialsByHash = new Map<string, Caller & { credentialId: string }>();
  private subscription: Subscription | undefined;

  /** Subscribes from the start of the log and resolves once caught up, so the first request already sees every credential. */
  async start(store: EventStore): Promise<void> {
    this.subscription = store.subscribe({ batchSize: 1000, pollIntervalMs: 500 }, async (batch) => {
      for (const event of batch) {
        if (!event.streamId.startsWith(COMPANY_STREAM)) continue;
        const companyId = event.streamId.slice(COMPANY_STREAM.length);
        const next = evolve(this.companies.get(companyId) ?? initialCompany, asDomainEvent<NetworkEvent>(event));
        this.companies.set(companyId, next);
        this.indexCredentials(companyId, next);
      }
    });
    await this.subscription.caughtUp();
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Resolves when every event stored so far has been folded in (tests and the CLI use it after a write). */
  caughtUp(): Promise<void> {
    return this.subscription?.caughtUp() ?? Promise.resolve();
  }

  authenticate(presented: string | undefined): Caller | undefined {
    if (!presented) return undefined;
    const found = this.credentialsByHash.get(createHash('sha256').update(presented).digest('hex'));
    return found === undefined ? undefined : { companyId: found.companyId, role: found.role };
  }

  openPhoneLink(companyId: string, linkId: string, now: Date): PhoneLink | undefined {
    const company = this.companies.get(companyId);
    return company === undefined ? undefined : phoneLinkOpenAt(company, linkId, now);
  }

  /** A workshop is active once registered with the workshop role; capabilities and certifications decide the matching. */
  workshopsAt(at: Date): DirectoryWorkshop[] {
    return [...this.companies.values()].flatMap((company) =>
      company.status === 'Registered' && company.roles.includes('workshop')
        ? [
            {
              companyId: company.companyId,
              capabilities: company.capabilities.map(({ process, materials, maxSizeMm }) => ({ process, materials, maxSizeMm })),
              validCertifications: validCertificationsAt(company, at).map((certification) => certification.name),
              active: true,
            },
          ]
        : [],
    );
  }

  rolesOf(companyId: string): readonly string[] | undefined {
    const company = this.companies.get(companyId);
    return company?.status === 'Registered' ? company.roles : undefined;
  }

  statusWordsOf(companyId: string): Record<string, WorkStatus> {
    const company = this.companies.get(companyId);
    if (company?.status !== 'Registered') return {};
    // fromEntries defines own properties, so a word like "__proto__" stays a word and never reaches the prototype.
    return Object.fromEntries(company.statusWords.map(({ word, status }) => [word, status]));
  }

  grantorsOf(integratorId: string, scope: NetworkIntegratorScope): readonly string[] {
    const covers = (company: Company) => currentIntegratorGrants(company).some((grant) => grant.integratorId === integratorId && grant.scopes.includes(scope));
    return [...this.companies.values()].flatMap((company) => (company.status === 'Registered' && covers(company) ? [company.companyId] : [])).sort();
  }

  integratorsGrantedBy(grantorId: string, scope: NetworkIntegratorScope): readonly string[] {
    const grantor = this.companies.get(grantorId);
    if (grantor === undefined || grantor.status !== 'Registered') return [];
    return currentIntegratorGrants(grantor).flatMap((grant) => (grant.scopes.includes(scope) ? [grant.integratorId] : [])).sort();
  }

  private indexCredentials(companyId: string, company: Company): void {
    for (const [hash, entry] of this.credentialsByHash) {
      if (entry.companyId === companyId) this.credentialsByHash.delete(hash);
    }
    if (company.status !== 'Registered') return;
    for (const credential of company.credentials.values()) {
      if (credential.revokedAt !== null) continue;
      this.credentialsByHash.set(credential.secretHash, { companyId, role: credential.role as Role, credentialId: credential.credentialId });
    }
  }
}
