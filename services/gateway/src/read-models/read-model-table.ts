import type { Connection, Pool, PoolClient, Submittable } from 'pg';
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
  private readonly columns: ReadonlyArray<{ property: string; column: string; json: boolean }>;
  private readonly keyColumns: readonly string[];

  constructor(metadata: EntityMetadata) {
    this.table = `"${metadata.schema ?? 'public'}"."${metadata.tableName}"`;
    this.columns = metadata.columns.map((column) => ({ property: column.propertyName, column: column.databaseName, json: column.type === 'jsonb' || column.type === 'json' }));
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

  /**
   * The statement inserting rows the table does not hold (a rebuild's rows, into tables it
   * emptied), with COPY: about twice as fast as saveMany, as PostgreSQL neither parses the batch
   * as JSON first nor looks for a conflict. The rows are encoded now, so the statement goes out
   * the moment the connection is free; the values are those saveMany would store. A key already
   * there fails it, and with it the transaction.
   */
  insertion(rows: readonly Row[]): (db: PoolClient) => Promise<void> {
    if (rows.length === 0) return () => Promise.resolve();
    let text = '';
    for (const row of rows) {
      this.columns.forEach(({ property, json }, index) => {
        text += (index === 0 ? '' : '\t') + copyField((row as Record<string, unknown>)[property], json);
      });
      text += '\n';
    }
    const data = Buffer.from(text, 'utf8');
    const statement = `COPY ${this.table} (${this.columnList()}) FROM STDIN`;
    return (db) => copyIn(db, statement, data);
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

/**
 * A value in COPY's text format, as json_populate_recordset reads it from the row's JSON (saveMany):
 * JSON null (so undefined, NaN, ±Infinity too) is NULL, a JSON string its text unless the column is
 * json, anything else its JSON text. Backslash, tab, newline and carriage return are escaped.
 */
function copyField(value: unknown, json: boolean): string {
  if (typeof value === 'string' && !json) return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIALS, (special) => COPY_ESCAPES[special] as string) : value;
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined || text === 'null') return '\\N';
  if (!json && text.startsWith('"')) return copyField(JSON.parse(text), false); // a Date, say
  // JSON text holds no raw tab, newline or carriage return: only its backslashes need escaping.
  return text.includes('\\') ? text.replaceAll('\\', '\\\\') : text;
}

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * `COPY … FROM STDIN` with `data` as its input. node-postgres has no COPY of its own: this is the
 * Submittable protocol pg-copy-streams uses (the client hands it the connection, then the
 * server's replies), reduced to one buffer sent whole.
 */
function copyIn(db: PoolClient, statement: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => db.query(new CopyIn(statement, data, (error) => (error === null ? resolve() : reject(error)))));
}

type CopyConnection = Connection & { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void };

class CopyIn implements Submittable {
  constructor(
    private readonly statement: string,
    private readonly data: Buffer,
    /** Called once done; the client wraps it when a query_timeout is set. */
    public callback: (error: Error | null) => void,
  ) {}

  /**
   * The data goes right behind the statement, without waiting for the server's CopyInResponse:
   * that round trip would leave PostgreSQL idle whenever this process is busy folding. The
   * protocol allows it: should the COPY fail, the server drops the CopyData and CopyDone that follow.
   */
  submit(connection: Connection): void {
    connection.query(this.statement);
    (connection as CopyConnection).sendCopyFromChunk(this.data);
    (connection as CopyConnection).endCopyFrom();
  }

  handleCopyInResponse(): void {}

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    this.callback(null);
  }

  /** A failed COPY ends here: the client forgets the statement before the ReadyForQuery that follows. */
  handleError(error: Error): void {
    this.callback(error);
  }
}
