/** A schema change, applied once, in version order. `__SCHEMA__` stands for the store's schema name. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
