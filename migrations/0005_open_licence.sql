-- Open licence (开放许可, Patent Law Art. 50–52; Implementing Regulations Art. 85–88) and the patent
-- encumbrances its rules read: licences, pledges, procedure suspensions, evaluation reports.
-- Dates are calendar dates; money is integer fen; rates are basis points. User ids carry no foreign key
-- (as in audit_log): the records outlive accounts.

-- Licences on a patent: negotiated ones (exclusive 独占 / sole 排他 / ordinary 普通, Judicial
-- Interpretation Art. 25) and those obtained under an open licence (kind 'open').
CREATE TABLE licences (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patent_id                bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  kind                     text NOT NULL CHECK (kind IN ('exclusive', 'sole', 'ordinary', 'open')),
  licensor_name            text NOT NULL,          -- 许可方: the patentees, '、'-joined
  licensor_organisation_id bigint REFERENCES organisations (id),
  licensee_name            text NOT NULL,          -- 被许可方
  licensee_organisation_id bigint REFERENCES organisations (id),
  start_date               date NOT NULL,
  end_date                 date,                   -- last day, inclusive; NULL = no time limit (JI Art. 28)
  territory                text[] NOT NULL DEFAULT '{}',   -- GB/T 2260 codes; empty = 中华人民共和国境内
  field                    text,                   -- field of use; NULL = every field
  effective_date           date NOT NULL,          -- 合同生效日期
  filing_deadline          date NOT NULL,          -- Regs Art. 15(2): effective date + 3 months
  filing_status            text NOT NULL DEFAULT 'not_filed' CHECK (filing_status IN ('not_filed', 'filed', 'refused')),
  filing_number            text,                   -- 备案号 once filed
  filed_on                 date,
  reminders_sent           integer[] NOT NULL DEFAULT '{}', -- days-before values already reminded; -1 = overdue
  fee_description          text NOT NULL,          -- 使用费及支付方式 as written on the filing form
  fee_amount_fen           bigint CHECK (fee_amount_fen >= 0),
  declaration_id           bigint,                 -- set for kind 'open' (FK added below)
  source                   text NOT NULL CHECK (source IN ('open_licence_uptake', 'recorded')),
  created_by_user_id       bigint,
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((kind = 'open') = (declaration_id IS NOT NULL))
);
CREATE INDEX licences_patent_idx ON licences (patent_id);
CREATE INDEX licences_licensee_org_idx ON licences (licensee_organisation_id);
CREATE INDEX licences_licensor_org_idx ON licences (licensor_organisation_id);
CREATE INDEX licences_filing_due_idx ON licences (filing_deadline) WHERE filing_status = 'not_filed';

-- Pledges (质押, registered with CNIPA; 专利权质押登记办法 2021) and the pledgee's consent to an open
-- licence (Regs Art. 86(iv)).
CREATE TABLE pledges (
  id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patent_id               bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  pledgor                 text NOT NULL,
  pledgee                 text NOT NULL,
  pledgee_organisation_id bigint REFERENCES organisations (id),
  registration_number     text,                    -- 质押登记号
  registered_on           date NOT NULL,           -- 质权自登记时设立
  released_on             date,                    -- cancellation registered; no longer binds from this day
  created_by_user_id      bigint,
  created_at              timestamptz NOT NULL DEFAULT now(),
  CHECK (released_on IS NULL OR released_on >= registered_on)
);
CREATE INDEX pledges_patent_idx ON pledges (patent_id);

CREATE TABLE pledgee_consents (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pledge_id           bigint NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
  consented_on        date NOT NULL,
  document_ref        text NOT NULL CHECK (btrim(document_ref) <> ''),  -- the written consent
  recorded_by_user_id bigint,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pledgee_consents_pledge_idx ON pledgee_consents (pledge_id);

-- Suspension of procedures on a patent (中止): ownership dispute (Regs Art. 103) or court-ordered
-- preservation (Regs Art. 104). Not to be confused with a suspended declaration.
CREATE TABLE patent_suspensions (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patent_id           bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  kind                text NOT NULL CHECK (kind IN ('ownership_dispute', 'preservation')),
  start_date          date NOT NULL,
  end_date            date,                        -- last day suspended; NULL while it lasts
  reference           text NOT NULL,               -- case or notice number
  note                text,
  created_by_user_id  bigint,
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX patent_suspensions_patent_idx ON patent_suspensions (patent_id);

-- 专利权评价报告 (Regs Art. 62–63): one per patent; Law Art. 50(1) requires it for utility models and designs.
CREATE TABLE evaluation_reports (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patent_id           bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  report_number       text NOT NULL,
  issued_on           date,
  conclusion          text,
  created_by_user_id  bigint,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX evaluation_reports_patent_key ON evaluation_reports (patent_id);

-- Open-licence declarations (Regs Art. 85) and their life on the platform.
CREATE TABLE open_licence_declarations (
  id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patent_id                  bigint NOT NULL REFERENCES patents (id) ON DELETE CASCADE,
  state                      text NOT NULL DEFAULT 'draft' CHECK (state IN
                               ('draft', 'submitted', 'verified', 'published', 'suspended', 'withdrawn', 'ended')),
  patentees                  text[] NOT NULL,       -- Regs 85(1)(ii): all patentees named
  payment_terms              jsonb NOT NULL,        -- paymentTerms.ts PaymentTerms
  -- Denormalised from payment_terms for the pool's filters.
  payment_mode               text NOT NULL CHECK (payment_mode IN
                               ('one_time', 'royalty', 'entry_fee_plus_royalty', 'free', 'try_first')),
  fixed_fee_fen              bigint CHECK (fixed_fee_fen >= 0),
  royalty_base               text CHECK (royalty_base IN ('net_sales', 'profit')),
  royalty_rate_bp            integer CHECK (royalty_rate_bp BETWEEN 0 AND 10000),
  term_start                 date NOT NULL,
  term_end                   date NOT NULL,
  territory                  text[] NOT NULL DEFAULT '{}',
  field                      text,
  other_matters              text NOT NULL DEFAULT '',  -- Regs 85(1)(v), no advertising wording (85(2))
  contact                    text,                      -- contact for written notices
  declared_by_organisation_id bigint REFERENCES organisations (id),
  created_by_user_id         bigint,
  checklist                  jsonb,                 -- the verifier's checklist (lifecycle.ts)
  last_check                 jsonb,                 -- { refusals, warnings } of the latest eligibility run
  last_checked_on            date,
  published_on               date,
  suspended_by               text CHECK (suspended_by IN ('system', 'user')),
  withdrawn_on               date,
  written_withdrawal         text,                  -- Law Art. 50(2): withdrawal in writing
  batch_id                   text,                  -- the uploaded sheet a declaration came from
  batch_row                  integer,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  CHECK (term_end >= term_start OR state = 'draft')
);
-- Platform rule: one declaration per patent that is neither withdrawn nor ended.
CREATE UNIQUE INDEX open_licence_declarations_active_key ON open_licence_declarations (patent_id)
  WHERE state NOT IN ('withdrawn', 'ended');
CREATE INDEX open_licence_declarations_state_idx ON open_licence_declarations (state, published_on);
CREATE INDEX open_licence_declarations_org_idx ON open_licence_declarations (declared_by_organisation_id);

ALTER TABLE licences ADD CONSTRAINT licences_declaration_fk
  FOREIGN KEY (declaration_id) REFERENCES open_licence_declarations (id);

-- Written consent of each co-owner to the declaration (Law Art. 14; pilot practice: all patentees agree).
CREATE TABLE open_licence_co_owner_consents (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id      bigint NOT NULL REFERENCES open_licence_declarations (id) ON DELETE CASCADE,
  patentee_name       text NOT NULL,
  consented_on        date NOT NULL,
  document_ref        text NOT NULL CHECK (btrim(document_ref) <> ''),
  recorded_by_user_id bigint,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX open_licence_co_owner_consents_key ON open_licence_co_owner_consents (declaration_id, patentee_name);

-- Every lifecycle transition: who, when, why.
CREATE TABLE open_licence_transitions (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id        bigint NOT NULL REFERENCES open_licence_declarations (id) ON DELETE CASCADE,
  action                text NOT NULL CHECK (action IN
                          ('create', 'submit', 'return', 'verify', 'publish', 'suspend', 'reinstate', 'withdraw', 'end')),
  from_state            text,
  to_state              text NOT NULL,
  actor_kind            text NOT NULL CHECK (actor_kind IN ('user', 'system')),
  actor_role            text NOT NULL CHECK (actor_role IN ('patentee', 'verifier', 'admin', 'system')),
  actor_user_id         bigint,
  actor_organisation_id bigint,
  actor_label           text NOT NULL,
  at                    timestamptz NOT NULL DEFAULT now(),
  on_date               date NOT NULL,
  reason                text,
  details               jsonb
);
CREATE INDEX open_licence_transitions_declaration_idx ON open_licence_transitions (declaration_id, id);

-- Uptake (Law Art. 51(1)): written notice, then payment under the published terms, then the licence.
CREATE TABLE open_licence_uptakes (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id           bigint NOT NULL REFERENCES open_licence_declarations (id),
  licensee_name            text NOT NULL,
  licensee_organisation_id bigint REFERENCES organisations (id),
  notice_date              date NOT NULL,
  written_notice           text NOT NULL CHECK (btrim(written_notice) <> ''),
  payment_terms            jsonb NOT NULL,        -- the published terms at notice time
  status                   text NOT NULL CHECK (status IN ('awaiting_payment', 'trial', 'in_force', 'payment_overdue')),
  licence_id               bigint REFERENCES licences (id),
  created_by_user_id       bigint,
  created_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX open_licence_uptakes_declaration_idx ON open_licence_uptakes (declaration_id);
CREATE INDEX open_licence_uptakes_licensee_idx ON open_licence_uptakes (licensee_organisation_id);
-- One running uptake per licensee and declaration.
CREATE UNIQUE INDEX open_licence_uptakes_licensee_key ON open_licence_uptakes (declaration_id, licensee_organisation_id)
  WHERE licensee_organisation_id IS NOT NULL;

CREATE TABLE open_licence_payments (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uptake_id           bigint NOT NULL REFERENCES open_licence_uptakes (id) ON DELETE CASCADE,
  kind                text NOT NULL CHECK (kind IN ('upfront', 'royalty')),
  paid_on             date NOT NULL,
  amount_fen          bigint NOT NULL CHECK (amount_fen > 0),
  reported_base_fen   bigint CHECK (reported_base_fen >= 0),  -- royalty: net sales or profit reported
  period_label        text,                                   -- royalty: e.g. '2025', '2025H1', '2025Q3'
  reference           text,                                   -- bank transfer reference
  recorded_by_user_id bigint,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX open_licence_payments_uptake_idx ON open_licence_payments (uptake_id);

-- Messages to organisations (suspension notices, uptake notices, filing reminders); also queued as
-- e-mail through the outbox when the organisation has users.
CREATE TABLE open_licence_messages (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN
                    ('declaration_suspended', 'declaration_reinstated', 'declaration_ended', 'declaration_returned',
                     'uptake_notice', 'payment_recorded', 'filing_reminder', 'filing_overdue')),
  declaration_id  bigint REFERENCES open_licence_declarations (id) ON DELETE CASCADE,
  licence_id      bigint REFERENCES licences (id) ON DELETE CASCADE,
  subject         text NOT NULL,
  body            text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  read_at         timestamptz
);
CREATE INDEX open_licence_messages_org_idx ON open_licence_messages (organisation_id, id DESC);

-- Market-approach benchmark royalty rates by GB/T 4754 section. Ships empty: CNIPA's per-industry
-- statistics (DOMAIN-RULES §2.2) were not found. Rows entered here must say their source.
CREATE TABLE royalty_benchmarks (
  industry_section text NOT NULL,
  base             text NOT NULL CHECK (base IN ('net_sales', 'profit')),
  low_bp           integer NOT NULL CHECK (low_bp BETWEEN 0 AND 10000),
  high_bp          integer NOT NULL CHECK (high_bp BETWEEN 0 AND 10000),
  source           text NOT NULL CHECK (btrim(source) <> ''),
  illustrative     boolean NOT NULL DEFAULT false,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (industry_section, base),
  CHECK (low_bp <= high_bp)
);

-- Operator-editable settings of the open-licence rules (minimum term, fee guidance, word list,
-- annual-fee reduction, re-verification interval). One row; absent keys take the code defaults.
CREATE TABLE open_licence_settings (
  id         smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  settings   jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
