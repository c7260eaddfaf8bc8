/**
 * The audit log's hash chain, pure. Each row stores hash = sha256(prev_hash || canonical(row)); the first
 * row chains to GENESIS_HASH. `canonical` is key-sorted JSON of the row's content as the database returns
 * it, so the writer and the verifier compute the same text.
 */
import { createHash } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  seq: number;
  at: Date;
  actorKind: 'anonymous' | 'user' | 'system';
  actorUserId: number | null;
  actorOrganisationId: number | null;
  actorLabel: string | null;
  via: 'session' | 'token' | null;
  credentialId: number | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: Json;
  after: Json;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A value as it will come back from a jsonb column: JSON-serialised (dates become ISO strings, undefined
 * members vanish, bigints become strings), with the two things jsonb refuses (NUL, lone surrogates)
 * replaced by U+FFFD.
 */
export function toStoredJson(value: unknown): Json {
  if (value === undefined) return null;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'string') return v.split('\u0000').join('\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
    return v;
  });
  return text === undefined ? null : (JSON.parse(text) as Json);
}

/** JSON with object keys sorted by code unit, no whitespace. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as Json)}`).join(',')}}`;
}

export function rowHash(prevHash: string, row: ChainedContent): string {
  const canonical = canonicalJson({
    seq: row.seq,
    at: row.at.toISOString(),
    actorKind: row.actorKind,
    actorUserId: row.actorUserId,
    actorOrganisationId: row.actorOrganisationId,
    actorLabel: row.actorLabel,
    via: row.via,
    credentialId: row.credentialId,
    ip: row.ip,
    requestId: row.requestId,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    before: row.before,
    after: row.after,
  });
  return createHash('sha256')
    .update(prevHash + canonical, 'utf8')
    .digest('hex');
}

export type ChainBreak =
  | { seq: number; reason: 'SEQUENCE_GAP'; expectedSeq: number }
  | { seq: number; reason: 'PREVIOUS_HASH_MISMATCH' }
  | { seq: number; reason: 'HASH_MISMATCH' };

/**
 * Checks one stored row against the row before it. A changed row fails its own hash; a removed row
 * leaves a gap; a row whose hash was recomputed after an edit breaks its successor's `prevHash`.
 */
export function checkLink(
  previous: { seq: number; hash: string } | null,
  row: ChainedContent & { prevHash: string; hash: string },
): ChainBreak | null {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (row.seq !== expectedSeq) return { seq: row.seq, reason: 'SEQUENCE_GAP', expectedSeq };
  if (row.prevHash !== (previous?.hash ?? GENESIS_HASH))
    return { seq: row.seq, reason: 'PREVIOUS_HASH_MISMATCH' };
  if (rowHash(row.prevHash, row) !== row.hash) return { seq: row.seq, reason: 'HASH_MISMATCH' };
  return null;
}
