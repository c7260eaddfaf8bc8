/**
 * The one database surface the features see. Both engines (embedded PGlite and a PostgreSQL server)
 * implement it with the same SQL and the same value conversions:
 *   date → 'YYYY-MM-DD' string (calendar dates never drift across time zones),
 *   timestamptz → Date, int8 → number (ids and counts stay far below 2^53), numeric → string.
 */
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export interface Transaction extends Queryable {
  /** Runs a script of several statements inside the transaction (migrations). No parameters. */
  exec(sql: string): Promise<void>;
}

export type EngineKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: EngineKind;
  /** Runs `fn` in one transaction; rolls back if it throws. Nested calls are not supported. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). No parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export const PG_TYPE = { INT8: 20, DATE: 1082, NUMERIC: 1700, TIMESTAMPTZ: 1184, TIMESTAMP: 1114 } as const;

export function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 value ${value} exceeds the safe integer range`);
  return n;
}
