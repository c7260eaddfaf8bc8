-- Reference code lists. Loaded from the vendored files in data/reference by the seed step
-- (see NOTICE for sources); the tables are the system of record the API and the indexes read.

-- International Patent Classification, Chinese edition (IPC 2026.01).
CREATE TABLE ipc_codes (
  code   text PRIMARY KEY,            -- 'H', 'H04', 'H04N', 'H04N5/00', 'H04N5/225'
  level  text NOT NULL CHECK (level IN ('section', 'class', 'subclass', 'main_group', 'subgroup')),
  title  text NOT NULL,
  parent text
);
CREATE INDEX ipc_codes_parent_idx ON ipc_codes (parent);

-- GB/T 4754-2017 国民经济行业分类: 门类 section (A), 大类 division (A01), 中类 group (A011), 小类 class (A0111).
-- Codes below the section carry their section letter (as in the vendored list); the bare official digits
-- ('0111') are accepted on input and mapped by src/features/reference/industry.ts.
CREATE TABLE industry_codes (
  code   text PRIMARY KEY,
  name   text NOT NULL,
  level  text NOT NULL CHECK (level IN ('section', 'division', 'group', 'class')),
  parent text
);
CREATE INDEX industry_codes_parent_idx ON industry_codes (parent);

-- GB/T 2260 administrative divisions: province '41', city '4101', county '410105'.
CREATE TABLE regions (
  code   text PRIMARY KEY,
  name   text NOT NULL,
  level  text NOT NULL CHECK (level IN ('province', 'city', 'county')),
  parent text
);
CREATE INDEX regions_parent_idx ON regions (parent);

-- 战略性新兴产业分类（2018）: domains '1'..'9' and categories '1.1', '1.2', ...
CREATE TABLE sei_categories (
  code   text PRIMARY KEY,
  name   text NOT NULL,
  parent text
);

-- 战略性新兴产业分类与国际专利分类参照关系表（2021）（试行）: one row per (category, IPC block).
-- patterns / exclusions exactly as printed in the table ('G06F11*', 'G06F3/041', 'G06F12/00'); how they
-- match is defined once, in src/features/reference/seiConcordance.ts. source_page: page of the table.
CREATE TABLE sei_ipc_rules (
  id          integer PRIMARY KEY,
  sei_code    text NOT NULL REFERENCES sei_categories (code),
  patterns    text[] NOT NULL,
  exclusions  text[] NOT NULL DEFAULT '{}',
  keywords    text,
  source_page integer
);
CREATE INDEX sei_ipc_rules_sei_idx ON sei_ipc_rules (sei_code);

-- Which version of each code list is loaded, so a re-seed is a no-op when nothing changed.
CREATE TABLE reference_datasets (
  name      text PRIMARY KEY,
  checksum  text NOT NULL,
  row_count integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
