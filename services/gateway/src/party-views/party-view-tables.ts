import type { ReadModelProjection } from '../read-models/read-model-projection';
import type { ReadModelTable } from '../read-models/read-model-table';
import { companyProfileProjection } from './companies/company-profile-projection';
import type { CompanyProfileRow } from './companies/company-profile-row';
import { rfqProjection, type RfqTables } from './rfqs/rfq-projection';

/** The tables behind the party views (purchase orders are the order read model's own table). */
export interface PartyViewTables extends RfqTables {
  readonly companyProfiles: ReadModelTable<CompanyProfileRow>;
}

/** The party views' projections; each only needs its own tables. */
export function partyViewProjections(tables: PartyViewTables): ReadModelProjection[] {
  return [rfqProjection(tables), companyProfileProjection(tables.companyProfiles)];
}
