import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NetworkCapabilityV1, NetworkCertificationKind, NetworkProcess } from '@renkei/contracts';
import type { ValidityPeriod } from '@renkei/network';

/** A certification with its validity periods, so "valid now" is decided at the moment of the query. */
export interface CertificationRow {
  readonly certificationId: string;
  readonly kind: NetworkCertificationKind;
  readonly name: string;
  readonly scopeProcess: NetworkProcess;
  readonly grantedAt: string;
  readonly validUntil: string;
  readonly periods: readonly ValidityPeriod[];
  readonly revokedAt: string | null;
}

/**
 * A member company's public profile, as the directory shows it to every member. Contact details,
 * status words, credentials and integrator grants are never written here: the projection does
 * not even take the events that carry them.
 */
@Entity('company_profiles')
export class CompanyProfileEntity {
  @PrimaryColumn('text') companyId!: string;
  @Column('text') legalName!: string;
  @Column('jsonb') roles!: string[];
  @Column('jsonb') capabilities!: NetworkCapabilityV1[];
  @Column('jsonb') certifications!: CertificationRow[];
  @Column('jsonb') consortia!: string[];
  @Column('timestamptz') registeredAt!: string;
  @Column('timestamptz') updatedAt!: string;
  @Column('int') lastRevision!: number;
}
