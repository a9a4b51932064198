import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { BomNodeEntity } from './bom-nodes/bom-node.entity';
import { CustomerOrderEntity } from './customer-orders/customer-order.entity';
import { PurchaseOrderEntity } from './purchase-orders/purchase-order.entity';
import { READ_MODEL_ENTITIES, READ_MODEL_LOGIC_VERSION } from './read-model-entities';
import { ReadModelTable } from './read-model-table';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { TimelineEventEntity } from './timeline/timeline-event.entity';
import { WorkItemEntity } from './work-items/work-item.entity';
import type { OrderTables } from './order-projection';
import { CompanyProfileEntity } from '../party-views/companies/company-profile.entity';
import type { PartyViewTables } from '../party-views/party-view-tables';
import { RfqQuoteEntity } from '../party-views/rfqs/rfq-quote.entity';
import { RfqEntity } from '../party-views/rfqs/rfq.entity';

export interface ReadModelTables extends OrderTables, PartyViewTables {
  /** Every table, in the order they are emptied for a rebuild. */
  readonly all: ReadonlyArray<ReadModelTable<object>>;
}

/**
 * The read models' tables, described by TypeORM entities. Read models are disposable: when the
 * entities or the projections' logic change, the tables are dropped, created afresh from the
 * entities, and `stale` tells the caller to replay them from the log.
 */
export class ReadModelSchema {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    readonly tables: ReadModelTables,
    /** True when the tables were (re)created and must be replayed from the log before use. */
    readonly stale: boolean,
  ) {}

  static async open(databaseUrl: string, db: Pool, schema: string): Promise<ReadModelSchema> {
    const dataSource = new DataSource({
      type: 'postgres',
      url: databaseUrl,
      schema,
      entities: READ_MODEL_ENTITIES,
      namingStrategy: new SnakeNamingStrategy(),
      poolSize: 1,
      synchronize: false,
      logging: false,
    });
    await dataSource.initialize();
    try {
      const stale = await recreateIfChanged(dataSource, db, schema);
      const table = <Row extends object>(entity: new () => Row) => new ReadModelTable<Row>(dataSource.getMetadata(entity));
      const orderTables = {
        customerOrders: table(CustomerOrderEntity),
        purchaseOrders: table(PurchaseOrderEntity),
        workItems: table(WorkItemEntity),
        bomNodes: table(BomNodeEntity),
        timeline: table(TimelineEventEntity),
      };
      const partyViewTables = {
        rfqs: table(RfqEntity),
        rfqQuotes: table(RfqQuoteEntity),
        companyProfiles: table(CompanyProfileEntity),
      };
      const tables = { ...orderTables, ...partyViewTables };
      return new ReadModelSchema(dataSource, schema, { ...tables, all: Object.values(tables) as Array<ReadModelTable<object>> }, stale);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
  }

  /** Records that the tables now hold the whole log for this shape; until then every start rebuilds them. */
  async markRebuilt(db: Pool): Promise<void> {
    await db.query(
      `INSERT INTO "${this.schema}".read_model_version (name, fingerprint, built_at) VALUES ('gateway', $1, now())
       ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, built_at = excluded.built_at`,
      [fingerprintOf(this.dataSource)],
    );
  }

  async close(): Promise<void> {
    await this.dataSource.destroy();
  }
}

async function recreateIfChanged(dataSource: DataSource, db: Pool, schema: string): Promise<boolean> {
  const fingerprint = fingerprintOf(dataSource);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`CREATE TABLE IF NOT EXISTS "${schema}".read_model_version (name text PRIMARY KEY, fingerprint text NOT NULL, built_at timestamptz NOT NULL)`);
  const found = await db.query<{ fingerprint: string }>(`SELECT fingerprint FROM "${schema}".read_model_version WHERE name = 'gateway'`);
  if (found.rows[0]?.fingerprint === fingerprint) return false;
  // Any older shape of these tables (including the step-1 work_items table) goes; the log has everything.
  for (const metadata of dataSource.entityMetadatas) await db.query(`DROP TABLE IF EXISTS "${schema}"."${metadata.tableName}" CASCADE`);
  await dataSource.synchronize();
  return true;
}

function fingerprintOf(dataSource: DataSource): string {
  const shape = dataSource.entityMetadatas.map((metadata) => ({
    table: metadata.tableName,
    columns: metadata.columns.map((column) => [column.databaseName, String(column.type), column.isNullable, column.isPrimary]),
    indices: metadata.indices.map((index) => index.columns.map((column) => column.databaseName)),
  }));
  return createHash('sha256').update(JSON.stringify({ logic: READ_MODEL_LOGIC_VERSION, shape })).digest('hex');
}
