import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import { ReplayedRows, foldRows, type RowProjection } from '../../read-models/fold-rows';
import type { ProjectionReplay, ReadModelProjection, Rebuild } from '../../read-models/read-model-projection';
import type { ReadModelTable } from '../../read-models/read-model-table';
import { COMPANY_PROFILE_EVENT_TYPES, evolveCompanyProfileRow, type CompanyProfileRow } from './company-profile-row';

export function companyProfileRows(table: ReadModelTable<CompanyProfileRow>): RowProjection<CompanyProfileRow> {
  return {
    table,
    keyOf: (event) => ((COMPANY_PROFILE_EVENT_TYPES as readonly string[]).includes(event.type) ? { companyId: (event.data as { companyId: string }).companyId } : null),
    keyString: (key) => key.companyId as string,
    evolve: evolveCompanyProfileRow,
  };
}

export function companyProfileProjection(table: ReadModelTable<CompanyProfileRow>): ReadModelProjection {
  const rows = companyProfileRows(table);
  return {
    eventTypes: COMPANY_PROFILE_EVENT_TYPES,
    async apply(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
      await foldRows(rows, events, transaction);
    },
    replay(rebuild: Rebuild): ProjectionReplay {
      const held = new ReplayedRows(rows, rebuild);
      return {
        async apply(events: readonly EventEnvelope[]): Promise<void> {
          await held.fold(events);
        },
        finish: () => held.flush(),
      };
    },
  };
}
