import type { Pool, PoolClient } from 'pg';
import type { EntityMetadata } from 'typeorm';

type Queryable = Pool | PoolClient;

/**
 * Set-based reads and writes of one read-model table, driven by its TypeORM entity's
 * metadata: a batch of rows is loaded with one statement and saved with one, whatever
 * its size, so a projection costs two round trips per batch rather than two per event.
 * Rows are plain JSON-shaped objects (ISO strings for dates and times).
 */
export class ReadModelTable<Row extends object> {
  private readonly table: string;
  private readonly columns: ReadonlyArray<{ property: string; column: string }>;
  private readonly keyColumns: readonly string[];

  constructor(metadata: EntityMetadata) {
    this.table = `"${metadata.schema ?? 'public'}"."${metadata.tableName}"`;
    this.columns = metadata.columns.map((column) => ({ property: column.propertyName, column: column.databaseName }));
    this.keyColumns = metadata.primaryColumns.map((column) => column.databaseName);
  }

  get name(): string {
    return this.table;
  }

  /** The rows whose primary keys are given (as rows or partial rows holding the key properties). */
  async loadMany(db: Queryable, keys: ReadonlyArray<Partial<Row>>): Promise<Row[]> {
    if (keys.length === 0) return [];
    const result = await db.query<{ row: Record<string, unknown> }>(
      `SELECT to_jsonb(t) AS row FROM ${this.table} t
        JOIN json_populate_recordset(null::${this.table}, $1::json) AS wanted USING (${this.keyColumns.join(', ')})`,
      [JSON.stringify(keys.map((key) => this.toColumns(key)))],
    );
    return result.rows.map((found) => this.fromColumns(found.row));
  }

  /** Inserts or replaces rows by primary key, in one statement. */
  async saveMany(db: Queryable, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const names = this.columns.map((column) => column.column);
    const updates = names.filter((name) => !this.keyColumns.includes(name)).map((name) => `${name} = excluded.${name}`);
    await db.query(
      `INSERT INTO ${this.table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM json_populate_recordset(null::${this.table}, $1::json)
       ON CONFLICT (${this.keyColumns.join(', ')}) ${updates.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updates.join(', ')}`}`,
      [JSON.stringify(rows.map((row) => this.toColumns(row)))],
    );
  }

  /** The table's column names, without the `omitted` properties': a select list. */
  columnList(omitted: ReadonlyArray<keyof Row & string> = []): string {
    return this.columns.filter((column) => !omitted.includes(column.property as keyof Row & string)).map((column) => column.column).join(', ');
  }

  /**
   * A `json_build_object` of the row under `alias`, without the `omitted` properties and with
   * `computed` ones as SQL expressions: a query builds only the columns it hands out (a row's
   * domain `state` is most of its bytes), and as `json`, which PostgreSQL writes as text
   * directly. Read back with `fromColumns`.
   */
  jsonObject(alias: string, omitted: ReadonlyArray<keyof Row & string> = [], computed: Partial<Record<keyof Row & string, string>> = {}): string {
    const kept = this.columns.filter((column) => !omitted.includes(column.property as keyof Row & string));
    // json_build_object takes at most 100 arguments: 50 columns.
    if (kept.length > 50) throw new RangeError(`${this.table} has ${kept.length} columns; jsonObject builds at most 50`);
    const valueOf = ({ property, column }: { property: string; column: string }) => computed[property as keyof Row & string] ?? `${alias}.${column}`;
    return `json_build_object(${kept.map((column) => `'${column.column}', ${valueOf(column)}`).join(', ')})`;
  }

  /** Rows as a query returned them through `to_jsonb(alias)` or `jsonObject(alias)` (omitted properties read as null). */
  fromColumns(columns: Record<string, unknown>): Row {
    const row: Record<string, unknown> = {};
    for (const { property, column } of this.columns) row[property] = columns[column] ?? null;
    return row as Row;
  }

  private toColumns(row: Partial<Row>): Record<string, unknown> {
    const columns: Record<string, unknown> = {};
    for (const { property, column } of this.columns) {
      const value = (row as Record<string, unknown>)[property];
      if (value !== undefined) columns[column] = value;
    }
    return columns;
  }
}
