-- Enterprises' technology demands (企业专利技术需求调查问卷), their matches with the catalogue, feedback on
-- matches, and push: subscriptions, in-app notifications, signed webhooks with retries, the daily digest.

-- Every write to a demand takes the next value, so push and reverse matching catch up with exactly the
-- demands written since their watermark (as catalogue_change_seq does for patents).
CREATE SEQUENCE demand_change_seq;

CREATE TABLE demands (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The enterprise that owns the demand on the platform (NULL: imported by an operator for an enterprise
  -- that has no account yet; only operators and the IP administration then see a private one).
  organisation_id     bigint REFERENCES organisations (id),
  enterprise_name     text NOT NULL,
  credit_code         text NOT NULL,           -- 统一社会信用代码, GB 32100 (check character verified)
  region_code         text,                    -- GB/T 2260
  industry_code       text,                    -- GB/T 4754-2017, letter-prefixed ('C3841')
  enterprise_size     text CHECK (enterprise_size IN ('large', 'medium', 'small', 'micro')),
  title               text NOT NULL,
  problem             text NOT NULL,           -- 需要解决的技术问题
  current_solution    text NOT NULL DEFAULT '',
  target_indicators   text NOT NULL DEFAULT '', -- 预期技术指标
  desired_field       text NOT NULL DEFAULT '', -- 期望的技术领域 (free text)
  desired_ipc         text[] NOT NULL DEFAULT '{}',
  sei_codes           text[] NOT NULL DEFAULT '{}', -- 战略性新兴产业 the enterprise names
  preferred_modes     text[] NOT NULL DEFAULT '{}',
  budget_min_fen      bigint CHECK (budget_min_fen >= 0),
  budget_max_fen      bigint CHECK (budget_max_fen >= 0),
  timeline            text CHECK (timeline IN ('within_3_months', 'within_6_months', 'within_1_year', 'over_1_year')),
  min_trl             smallint CHECK (min_trl BETWEEN 1 AND 9),
  contact_name        text NOT NULL,
  contact_phone       text,
  contact_email       text,
  visibility          text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),
  state               text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'matched', 'negotiating', 'closed')),
  closed_reason       text,
  source              text NOT NULL DEFAULT 'form',  -- 'form' or 'import:<file name>'
  source_row          integer,
  created_by_user_id  bigint,
  -- The demand text's embedding (float32, little-endian) for reverse matching, with the model and the hash of
  -- the text it was computed from: a restart does not re-embed unchanged demands.
  embedding           bytea,
  embedding_model     text,
  embedding_hash      bigint,
  change_seq          bigint NOT NULL DEFAULT nextval('demand_change_seq'),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (budget_min_fen IS NULL OR budget_max_fen IS NULL OR budget_min_fen <= budget_max_fen),
  CHECK (contact_phone IS NOT NULL OR contact_email IS NOT NULL)
);
CREATE INDEX demands_organisation_idx ON demands (organisation_id);
CREATE INDEX demands_state_idx ON demands (state);
-- The batch import recognises a row it wrote before by enterprise and title (re-running a sheet changes nothing).
CREATE INDEX demands_import_key_idx ON demands (organisation_id, credit_code, title);
CREATE UNIQUE INDEX demands_change_seq_key ON demands (change_seq);

-- State changes of a demand (open → matched → negotiating → closed), who made them and why: the demand's
-- history as its owner and the administration see it (demands/lifecycle.ts holds the rules).
CREATE TABLE demand_transitions (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  demand_id   bigint NOT NULL REFERENCES demands (id) ON DELETE CASCADE,
  from_state  text NOT NULL,
  to_state    text NOT NULL,
  reason      text,
  user_id     bigint,                 -- NULL: the platform (first relevant match marks a demand matched)
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX demand_transitions_demand_idx ON demand_transitions (demand_id, id);

-- Organisations the owner approved to see a private demand (matched parties), see accounts/permissions.ts.
CREATE TABLE demand_approvals (
  demand_id       bigint NOT NULL REFERENCES demands (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  approved_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (demand_id, organisation_id)
);

-- The matches last shown for a demand: rank, score and its breakdown, so feedback refers to what was seen
-- and evaluation can compare the score bands with the verdicts.
CREATE TABLE demand_matches (
  demand_id   bigint NOT NULL REFERENCES demands (id) ON DELETE CASCADE,
  patent_id   bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  rank        integer NOT NULL,
  score       double precision NOT NULL,
  breakdown   jsonb NOT NULL,
  reasons     jsonb NOT NULL DEFAULT '[]',
  mode        text NOT NULL CHECK (mode IN ('hybrid', 'lexical')),
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (demand_id, patent_id)
);
CREATE INDEX demand_matches_patent_idx ON demand_matches (patent_id);

-- One verdict per demand, patent and organisation: relevant / not relevant, and whether it was contacted.
CREATE TABLE match_feedback (
  demand_id       bigint NOT NULL REFERENCES demands (id) ON DELETE CASCADE,
  patent_id       bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  relevance       text CHECK (relevance IN ('relevant', 'not_relevant')),
  contacted_at    timestamptz,
  rank_seen       integer,
  score_seen      double precision,
  user_id         bigint NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (demand_id, patent_id, organisation_id)
);

-- Webhook endpoints of an organisation. The secret signs every delivery (HMAC-SHA256); it is shown once when
-- the endpoint is created and kept here because signing needs it.
CREATE TABLE webhooks (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id bigint REFERENCES organisations (id),
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  url             text NOT NULL,
  secret          text NOT NULL,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  disabled_at     timestamptz
);
CREATE INDEX webhooks_user_idx ON webhooks (user_id);

-- What a user follows: a demand (new matching patents), a saved search (new patents it finds) or a patent
-- (new matching demands).
CREATE TABLE subscriptions (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id bigint REFERENCES organisations (id),
  kind            text NOT NULL CHECK (kind IN ('demand', 'search', 'patent')),
  demand_id       bigint REFERENCES demands (id) ON DELETE CASCADE,
  patent_id       bigint REFERENCES patents (id) ON DELETE CASCADE,
  query           text,
  filters         jsonb NOT NULL DEFAULT '{}',
  label           text NOT NULL,
  top_k           integer NOT NULL DEFAULT 20 CHECK (top_k BETWEEN 1 AND 100),
  email           text NOT NULL DEFAULT 'daily' CHECK (email IN ('none', 'immediate', 'daily')),
  webhook_id      bigint REFERENCES webhooks (id) ON DELETE SET NULL,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'demand') = (demand_id IS NOT NULL)),
  CHECK ((kind = 'patent') = (patent_id IS NOT NULL)),
  CHECK ((kind = 'search') = (query IS NOT NULL))
);
CREATE INDEX subscriptions_user_idx ON subscriptions (user_id);
CREATE INDEX subscriptions_demand_idx ON subscriptions (demand_id) WHERE demand_id IS NOT NULL;
CREATE INDEX subscriptions_patent_idx ON subscriptions (patent_id) WHERE patent_id IS NOT NULL;

-- In-app notifications. (subscription, object) is unique: a patent is announced to a subscription once.
CREATE TABLE notifications (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  subscription_id bigint REFERENCES subscriptions (id) ON DELETE CASCADE,
  object_type     text NOT NULL CHECK (object_type IN ('patent', 'demand')),
  object_id       bigint NOT NULL,
  title           text NOT NULL,
  body            text NOT NULL,
  link            text NOT NULL,
  payload         jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  read_at         timestamptz,
  digested_at     timestamptz                        -- included in a daily digest e-mail
);
CREATE UNIQUE INDEX notifications_once_key ON notifications (subscription_id, object_type, object_id);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_digest_idx ON notifications (user_id) WHERE digested_at IS NULL;

-- Webhook deliveries with retry back-off; `locked_until` is the lease of the sender that claimed the row.
CREATE TABLE webhook_deliveries (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  webhook_id       bigint NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  notification_id  bigint REFERENCES notifications (id) ON DELETE SET NULL,
  event            text NOT NULL,
  body             text NOT NULL,                    -- the exact bytes that are signed and sent
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  locked_until     timestamptz,
  last_status_code integer,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  delivered_at     timestamptz
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- How far push has looked at the catalogue and the demands (change sequences), and the digests sent.
CREATE TABLE push_watermarks (
  name text PRIMARY KEY CHECK (name IN ('patents', 'demands')),
  seq  bigint NOT NULL
);
CREATE TABLE digest_runs (
  day     date PRIMARY KEY,
  sent    integer NOT NULL,
  ran_at  timestamptz NOT NULL DEFAULT now()
);
