-- Append-only audit log. Every write of the platform records one row in the writer's transaction.
-- Rows form a hash chain: hash = sha256(prev_hash || canonical row) (see src/features/audit/chain.ts),
-- so an edited, removed or reordered row is detected by GET /audit/verify. The writer serialises
-- appends with a transaction-scoped advisory lock, so the chain order is the commit order.

CREATE TABLE audit_log (
  seq                   bigint PRIMARY KEY CHECK (seq > 0),
  at                    timestamptz NOT NULL,
  actor_kind            text NOT NULL CHECK (actor_kind IN ('anonymous', 'user', 'system')),
  actor_user_id         bigint,          -- no foreign key: the log outlives what it describes
  actor_organisation_id bigint,
  actor_label           text,            -- e-mail of the user, or the name of the system process
  via                   text CHECK (via IN ('session', 'token')),
  credential_id         bigint,          -- sessions.id or api_tokens.id
  ip                    text,
  request_id            text,
  action                text NOT NULL,
  object_type           text NOT NULL,
  object_id             text,
  before                jsonb,
  after                 jsonb,
  prev_hash             text NOT NULL,
  hash                  text NOT NULL
);
CREATE UNIQUE INDEX audit_log_hash_key ON audit_log (hash);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id);
CREATE INDEX audit_log_organisation_idx ON audit_log (actor_organisation_id);
CREATE INDEX audit_log_action_idx ON audit_log (action);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = '审计日志只能追加，不能修改或删除 | The audit log is append-only';
END;
$$;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
