import type { NetworkIntegratorScope, WorkStatus } from '@renkei/contracts';
import type { DirectoryWorkshop } from '@renkei/quotes';

/** What services ask the member directory. Answers come from the network context's events. */
export interface MemberDirectory {
  /** Every registered workshop with its capabilities and the certifications valid at `at`. */
  workshopsAt(at: Date): DirectoryWorkshop[];
  /** The roles a company is registered with; undefined when it is not registered. */
  rolesOf(companyId: string): readonly string[] | undefined;
  /** A workshop's own status words and the canonical status each means; empty when it declared none or is unknown. */
  statusWordsOf(companyId: string): Record<string, WorkStatus>;
  /** The companies whose grant in force lets this integrator read their data in `scope`, sorted; empty when none. */
  grantorsOf(integratorId: string, scope: NetworkIntegratorScope): readonly string[];
  /** The integrators a company's grant in force lets read its data in `scope`, sorted; empty when none. */
  integratorsGrantedBy(grantorId: string, scope: NetworkIntegratorScope): readonly string[];
}
