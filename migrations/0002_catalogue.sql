-- The patent catalogue: organisations, patents, their ordered owners, import runs.

CREATE TABLE organisations (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text NOT NULL,
  kind        text NOT NULL CHECK (kind IN
                ('university', 'institute', 'enterprise', 'service_organisation', 'government', 'bank', 'other')),
  credit_code text,                  -- 统一社会信用代码 (GB 32100), when known
  region_code text,                  -- GB/T 2260
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name_key ON organisations (name);
CREATE UNIQUE INDEX organisations_credit_code_key ON organisations (credit_code) WHERE credit_code IS NOT NULL;

-- Every change to a patent takes the next value, so the in-process search index can catch up with
-- exactly the rows written since its last persisted watermark (also after a crash or a CLI import).
CREATE SEQUENCE catalogue_change_seq;

CREATE TABLE patents (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Canonical application number without prefix: '202122975192.6', old style '03123456.7'.
  -- NULL for records known only by publication number (e.g. title/IPC data sets) until one arrives.
  application_number text,
  publication_number text,           -- 'CN114081026A', 'CN218751475U'
  grant_number       text,           -- grant publication number, 'CN111464778B'
  patent_type        text NOT NULL CHECK (patent_type IN ('invention', 'utility_model', 'design')),
  pct                boolean NOT NULL DEFAULT false,   -- PCT national-phase entry (type digit 8/9)
  title              text NOT NULL,
  abstract           text,
  first_claim        text,
  main_ipc           text,
  ipc_codes          text[] NOT NULL DEFAULT '{}',
  cpc_codes          text[] NOT NULL DEFAULT '{}',
  applicants         text[] NOT NULL DEFAULT '{}',
  patentees          text[] NOT NULL DEFAULT '{}',     -- current right holders, in recorded order
  inventors          text[] NOT NULL DEFAULT '{}',
  applicant_type     text CHECK (applicant_type IN
                       ('university', 'institute', 'enterprise', 'individual', 'government', 'other')),
  address            text,
  region_code        text,           -- GB/T 2260, most specific known (province, city or county)
  filing_date        date,
  publication_date   date,
  grant_date         date,
  legal_status       text NOT NULL DEFAULT 'unknown' CHECK (legal_status IN
                       ('pending', 'in_force', 'lapsed', 'expired', 'invalidated', 'withdrawn', 'rejected',
                        'abandoned', 'unknown')),
  legal_status_raw   text,
  legal_events       text,
  fee_paid_until     date,           -- annual fee paid up to (inclusive)
  transfer_count     integer NOT NULL DEFAULT 0 CHECK (transfer_count >= 0),
  licence_count      integer NOT NULL DEFAULT 0 CHECK (licence_count >= 0),
  pledge_count       integer NOT NULL DEFAULT 0 CHECK (pledge_count >= 0),
  transfer_dates     date[] NOT NULL DEFAULT '{}',
  licence_dates      date[] NOT NULL DEFAULT '{}',
  pledge_dates       date[] NOT NULL DEFAULT '{}',
  lapse_date         date,
  invalidation_date  date,
  expiry_date        date,           -- last day of the statutory term (Patent Law Art. 42), computed
  -- manual tags
  industry_codes     text[] NOT NULL DEFAULT '{}',     -- GB/T 4754-2017
  technical_effects  text[] NOT NULL DEFAULT '{}',     -- 技术功效
  trl                smallint CHECK (trl BETWEEN 1 AND 9),
  -- derived from ipc_codes through the SEI–IPC concordance
  sei_codes          text[] NOT NULL DEFAULT '{}',
  source             text NOT NULL,
  content_hash       text NOT NULL,
  change_seq         bigint NOT NULL DEFAULT nextval('catalogue_change_seq'),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (application_number IS NOT NULL OR publication_number IS NOT NULL)
);
CREATE UNIQUE INDEX patents_application_number_key ON patents (application_number) WHERE application_number IS NOT NULL;
CREATE UNIQUE INDEX patents_publication_number_key ON patents (publication_number) WHERE publication_number IS NOT NULL;
CREATE INDEX patents_grant_number_idx ON patents (grant_number) WHERE grant_number IS NOT NULL;
CREATE UNIQUE INDEX patents_change_seq_key ON patents (change_seq);
CREATE INDEX patents_filing_date_idx ON patents (filing_date);

-- Current right holders linked to organisations (individuals have no organisation).
CREATE TABLE patent_owners (
  patent_id       bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  position        smallint NOT NULL,
  name            text NOT NULL,
  organisation_id bigint REFERENCES organisations (id),
  PRIMARY KEY (patent_id, position)
);
CREATE INDEX patent_owners_organisation_idx ON patent_owners (organisation_id);

-- Tombstones, so the search index also catches up with deletions.
CREATE TABLE catalogue_deletions (
  patent_id  bigint NOT NULL,
  change_seq bigint NOT NULL DEFAULT nextval('catalogue_change_seq') PRIMARY KEY,
  deleted_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE import_runs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_name    text NOT NULL,
  format       text NOT NULL,
  encoding     text,
  layout       text,
  status       text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
  total_rows   integer NOT NULL DEFAULT 0,
  accepted     integer NOT NULL DEFAULT 0,
  created      integer NOT NULL DEFAULT 0,
  updated      integer NOT NULL DEFAULT 0,
  unchanged    integer NOT NULL DEFAULT 0,
  rejected     jsonb NOT NULL DEFAULT '[]',
  failure      text,
  started_at   timestamptz NOT NULL DEFAULT now(),
  finished_at  timestamptz
);
