import type { NetworkCompanyRole } from '@renkei/contracts';

/** The authenticated caller: one company acting in one of its roles (the credential's role). */
export interface NetworkActor {
  readonly companyId: string;
  readonly role: NetworkCompanyRole;
}

/** Who asks, and when the backbone received it: passed in, never read from a clock here. */
export interface NetworkCommandMetadata {
  readonly actor: NetworkActor;
  readonly now: Date;
}
