-- Accounts: users of organisations, server-side sessions, API tokens, sign-in throttling,
-- password resets and the e-mail outbox. Secrets (session tokens, API tokens, reset tokens) are stored
-- only as SHA-256 hashes; passwords only as argon2id hashes.

CREATE TABLE users (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email                text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
  display_name         text NOT NULL,
  -- A platform administrator may belong to no organisation; everyone else belongs to exactly one.
  organisation_id      bigint REFERENCES organisations (id),
  role                 text NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'member')),
  is_platform_admin    boolean NOT NULL DEFAULT false,
  password_hash        text,               -- argon2id PHC string; NULL until an invited user sets one
  must_change_password boolean NOT NULL DEFAULT false,
  password_changed_at  timestamptz,
  last_sign_in_at      timestamptz,
  disabled_at          timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (organisation_id IS NOT NULL OR is_platform_admin)
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_organisation_idx ON users (organisation_id);

CREATE TABLE sessions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash   text NOT NULL,              -- hex SHA-256 of the zh_session cookie value
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,       -- idle expiry counts from here
  expires_at   timestamptz NOT NULL,       -- absolute expiry
  revoked_at   timestamptz,
  ip           text,
  user_agent   text
);
CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash);
CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE api_tokens (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  token_prefix text NOT NULL,              -- first characters of the token, to recognise it in lists
  token_hash   text NOT NULL,              -- hex SHA-256 of the whole token
  scopes       text[] NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz
);
CREATE UNIQUE INDEX api_tokens_token_hash_key ON api_tokens (token_hash);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Failed sign-in counters per account (normalised e-mail, known or not, so lock-out behaves the same for
-- unknown addresses) and per client IP. In the database so a lock survives restarts and holds across
-- processes; updated with one atomic upsert per failure.
CREATE TABLE sign_in_throttles (
  scope             text NOT NULL CHECK (scope IN ('account', 'ip')),
  key               text NOT NULL,
  failures          integer NOT NULL,
  window_started_at timestamptz NOT NULL,
  locked_until      timestamptz,
  PRIMARY KEY (scope, key)
);

CREATE TABLE password_resets (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose    text NOT NULL DEFAULT 'reset' CHECK (purpose IN ('reset', 'invite')),
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  ip         text
);
CREATE UNIQUE INDEX password_resets_token_hash_key ON password_resets (token_hash);
CREATE INDEX password_resets_user_idx ON password_resets (user_id, created_at);

-- Messages waiting for (or done with) delivery. Without SMTP_URL they stay 'pending' and administrators
-- read them at GET /admin/outbox. `locked_until` is the lease of the sender that claimed the row.
CREATE TABLE email_outbox (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  to_address      text NOT NULL,
  subject         text NOT NULL,
  text_body       text NOT NULL,
  html_body       text,
  -- Bodies holding secrets (reset links) are blanked once delivered.
  sensitive       boolean NOT NULL DEFAULT false,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until    timestamptz,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'pending';
