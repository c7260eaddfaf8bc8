import type { Queryable } from '../../platform/db/database';
import type { Actor } from '../accounts/actor';
import { GENESIS_HASH, type Json, rowHash, toStoredJson } from './chain';

/** A process acting on its own (CLI import, bootstrap, scheduled job). */
export interface SystemActor {
  kind: 'system';
  name: string;
}
export type AuditActor = Actor | SystemActor;

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}

export interface AuditEntry {
  actor: AuditActor;
  /** The HTTP request, for the client IP and request id (a FastifyRequest fits). */
  request?: { ip: string; id: string } | null;
  /** `<object>.<verb>`, e.g. `user.create`, `openLicence.declare`, `auth.signIn`. */
  action: string;
  objectType: string;
  objectId: string | number | null;
  /** The object before and after the write; never secrets (hashes, tokens). */
  before?: unknown;
  after?: unknown;
  /** Defaults to now; services with an injected clock pass theirs. */
  at?: Date;
}

export interface AuditReceipt {
  seq: number;
  hash: string;
}

// pg_advisory_xact_lock key serialising appends (chain order = commit order).
const AUDIT_LOCK = 7262004;

/**
 * Appends one entry to the audit log **inside the writer's transaction**, so the entry and the change
 * commit or roll back together. Holds a lock until that transaction ends: call it last in the transaction.
 */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<AuditReceipt> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const last = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
  const a = entry.actor;
  const row = {
    seq: (last.rows[0]?.seq ?? 0) + 1,
    at: entry.at ?? new Date(),
    actorKind: a.kind,
    actorUserId: a.kind === 'user' ? a.userId : null,
    actorOrganisationId: a.kind === 'user' ? a.organisationId : null,
    actorLabel: a.kind === 'user' ? a.email : a.kind === 'system' ? a.name : null,
    via: a.kind === 'user' ? a.via : null,
    credentialId: a.kind === 'user' ? a.credentialId : null,
    ip: entry.request?.ip ?? null,
    requestId: entry.request?.id ?? null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId === null ? null : String(entry.objectId),
    before: toStoredJson(entry.before),
    after: toStoredJson(entry.after),
  };
  const hash = rowHash(prevHash, row);
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor_kind, actor_user_id, actor_organisation_id, actor_label, via,
       credential_id, ip, request_id, action, object_type, object_id, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16, $17)`,
    [
      row.seq,
      row.at,
      row.actorKind,
      row.actorUserId,
      row.actorOrganisationId,
      row.actorLabel,
      row.via,
      row.credentialId,
      row.ip,
      row.requestId,
      row.action,
      row.objectType,
      row.objectId,
      jsonParam(row.before),
      jsonParam(row.after),
      prevHash,
      hash,
    ],
  );
  return { seq: row.seq, hash };
}

function jsonParam(value: Json): string | null {
  return value === null ? null : JSON.stringify(value);
}
