import fs from 'node:fs';
import path from 'node:path';
import type { Database, Queryable } from '../../../platform/db/database';
import type { Bilingual } from '../../../platform/http/problem';
import { type AuditActor, recordAudit } from '../../audit';
import { expiryDate } from '../expiry';
import { classifyHolderName } from '../holderName';
import { contentHash, mergeRecord, type PatentRecord } from '../patentRecord';
import {
  type DerivedColumns,
  ensureOrganisations,
  findByKeys,
  insertPatents,
  type OwnerRow,
  replaceOwners,
  updatePatents,
} from '../repository';
import {
  type Field,
  LAYOUT_LABEL,
  type Layout,
  mapHeader,
  mapObjectKeys,
  missingRequiredColumns,
} from './headerMaps';
import { FileLevelError, type ImportFormat, openImportFile } from './readers';
import { type ImportReference, type RowError, type RowKey, validateRow } from './rowValidation';

export interface CatalogueReference extends ImportReference {
  /** SEI category and domain codes for a patent's IPC codes (SEI–IPC concordance 2021). */
  seiCodesFor(ipcCodes: readonly string[]): string[];
}

export interface ImportProgress {
  processedRows: number;
  bytesRead: number;
  totalBytes: number;
  accepted: number;
  rejected: number;
}

export interface ImportOptions {
  fileName?: string;
  format?: ImportFormat | 'auto';
  reference: CatalogueReference;
  /** Label stored with every record written, e.g. 'import:export-61col-sample.csv'. */
  source?: string;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /** An import run row already created by the caller (the upload route answers with its id at once). */
  runId?: number;
  /**
   * A patentee organisation importing its own export: rows whose patentees (or, where none are recorded,
   * applicants) do not include this name are refused.
   */
  restrictToHolder?: string;
  /** Who imports: the finished run is recorded in the audit log (one entry per run, with its totals). */
  audit?: { actor: AuditActor; request?: { ip: string; id: string } | null };
}

export interface ImportReport {
  runId: number;
  fileName: string;
  format: ImportFormat | null;
  encoding: string | null;
  layout: Layout | null;
  layoutLabel: Bilingual | null;
  ignoredColumns: string[];
  totalRows: number;
  /** rows that passed validation and are in the catalogue now (created + updated + unchanged) */
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RowError[];
  /** ids of the patents this import created or changed (for the search index and re-verification) */
  changedPatentIds: number[];
}

interface PendingRow {
  row: number;
  record: Partial<PatentRecord>;
  key: RowKey;
}

/** How many rejected rows an import run keeps in the database; the count is always exact. */
const MAX_STORED_REJECTIONS = 100_000;

export async function createImportRun(db: Queryable, fileName: string, format: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    'INSERT INTO import_runs (file_name, format) VALUES ($1, $2) RETURNING id',
    [fileName, format],
  );
  return rows[0]!.id;
}

/**
 * Imports a patent file: streams it, validates every row, upserts valid rows in batches (each batch one
 * transaction, so no record is ever half-written), reports every bad row with its row number, field and
 * reason, and never lets a bad row stop the good ones. Idempotent: the same file again changes nothing.
 */
export async function importPatentFile(
  db: Database,
  file: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const fileName = options.fileName ?? path.basename(file);
  const runId = options.runId ?? (await createImportRun(db, fileName, options.format ?? 'auto'));
  const report: ImportReport = {
    runId,
    fileName,
    format: null,
    encoding: null,
    layout: null,
    layoutLabel: null,
    ignoredColumns: [],
    totalRows: 0,
    accepted: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    changedPatentIds: [],
  };
  const totalBytes = fs.statSync(file).size;
  const reference = withRegionMemo(options.reference);
  const source = options.source ?? `import:${fileName}`;
  const batchSize = options.batchSize ?? 1000;
  let bytesRead = 0;
  try {
    const opened = await openImportFile(file, fileName, options.format ?? 'auto', (n) => {
      bytesRead = n;
    });
    report.format = opened.format;
    report.encoding = opened.encoding;
    let mapping: ReturnType<typeof mapHeader> | null = null;
    if (opened.header) {
      mapping = mapHeader(opened.header);
      const missing = missingRequiredColumns(mapping);
      if (missing) throw new FileLevelError(missing);
      report.layout = mapping.layout;
      report.layoutLabel = LAYOUT_LABEL[mapping.layout];
      report.ignoredColumns = mapping.ignored;
    } else {
      report.layout = 'template';
      report.layoutLabel = LAYOUT_LABEL.template;
    }
    const headerText = new Map<Field, string>();
    if (mapping && opened.header) for (const [i, f] of mapping.columns) headerText.set(f, opened.header[i]!);
    const label = (f: Field) => headerText.get(f) ?? f;
    await updateRun(db, report, 'running', null);

    const seen = new Map<string, number>();
    let batch: PendingRow[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await writeBatch(
        db,
        batch,
        { reference, source, restrictToHolder: options.restrictToHolder ?? null },
        report,
      );
      batch = [];
      options.onProgress?.({
        processedRows: report.totalRows,
        bytesRead,
        totalBytes,
        accepted: report.accepted,
        rejected: report.rejected.length,
      });
      await updateRun(db, report, 'running', null);
    };

    for await (const src of opened.rows) {
      report.totalRows++;
      if (src.kind === 'unreadable') {
        report.rejected.push({ row: src.row, field: '', reason: src.reason });
        continue;
      }
      const values =
        src.kind === 'object'
          ? mapObjectKeys(src.values)
          : new Map([...mapping!.columns].map(([i, f]) => [f, src.cells[i] ?? ''] as [Field, unknown]));
      const v = validateRow(src.row, values, label, reference);
      if (!v.ok) {
        report.rejected.push(...v.errors);
        continue;
      }
      // The same patent twice in one file: the first row wins, the repeat is reported.
      const keys = [
        ...(v.key.applicationNumber ? [`a:${v.key.applicationNumber}`] : []),
        ...v.key.publicationNumbers.map((p) => `p:${p}`),
      ];
      const earlier = keys.map((k) => seen.get(k)).find((r) => r !== undefined);
      if (earlier !== undefined) {
        report.rejected.push({
          row: src.row,
          field: label(v.key.applicationNumber ? 'applicationNumber' : 'publicationNumber'),
          reason: {
            zh: `与第 ${earlier} 行是同一件专利（重复行）`,
            en: `Same patent as row ${earlier} (duplicate row)`,
          },
        });
        continue;
      }
      for (const k of keys) seen.set(k, src.row);
      batch.push({ row: src.row, record: v.record, key: v.key });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    report.rejected.sort((a, b) => a.row - b.row);
    await db.transaction(async (tx) => {
      await updateRun(tx, report, 'completed', null);
      if (options.audit) {
        await recordAudit(tx, {
          actor: options.audit.actor,
          request: options.audit.request ?? null,
          action: 'catalogue.import',
          objectType: 'import_run',
          objectId: runId,
          after: {
            fileName,
            format: report.format,
            layout: report.layout,
            totalRows: report.totalRows,
            accepted: report.accepted,
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
            rejected: report.rejected.length,
            restrictToHolder: options.restrictToHolder ?? null,
            changedPatentIds: report.changedPatentIds.slice(0, 10_000),
          },
        });
      }
    });
    return report;
  } catch (err) {
    const reason =
      err instanceof FileLevelError
        ? err.reason
        : { zh: `导入中断：${(err as Error).message}`, en: `Import aborted: ${(err as Error).message}` };
    await updateRun(db, report, 'failed', reason).catch(() => {});
    throw err instanceof FileLevelError ? err : new FileLevelError(reason);
  }
}

/**
 * Exports repeat the same applicant address on many rows; resolving an address to its region scans the
 * division names, so each distinct address is resolved once per import.
 */
function withRegionMemo(reference: CatalogueReference): CatalogueReference {
  const memo = new Map<string, string | null>();
  return {
    normaliseIpc: (code) => reference.normaliseIpc(code),
    isIndustryCode: (code) => reference.isIndustryCode(code),
    seiCodesFor: (codes) => reference.seiCodesFor(codes),
    regionFrom(field, address) {
      const key = `${field ?? ''}\u0000${address ?? ''}`;
      let code = memo.get(key);
      if (code === undefined) {
        code = reference.regionFrom(field, address);
        if (memo.size > 50_000) memo.clear();
        memo.set(key, code);
      }
      return code;
    },
  };
}

async function updateRun(db: Queryable, r: ImportReport, status: string, failure: Bilingual | null) {
  await db.query(
    `UPDATE import_runs SET status = $2, format = COALESCE($3, format), encoding = $4, layout = $5,
            total_rows = $6, accepted = $7, created = $8, updated = $9, unchanged = $10,
            rejected = $11::jsonb, failure = $12, finished_at = CASE WHEN $2 = 'running' THEN NULL ELSE now() END
      WHERE id = $1`,
    [
      r.runId,
      status,
      r.format,
      r.encoding,
      r.layout,
      r.totalRows,
      r.accepted,
      r.created,
      r.updated,
      r.unchanged,
      status === 'running' ? '[]' : JSON.stringify(r.rejected.slice(0, MAX_STORED_REJECTIONS)),
      failure ? JSON.stringify(failure) : null,
    ],
  );
}

/** One transaction per batch; if the database refuses the batch, rows are retried one by one to isolate the cause. */
interface WriteContext {
  reference: CatalogueReference;
  source: string;
  restrictToHolder: string | null;
}

async function writeBatch(db: Database, batch: PendingRow[], ctx: WriteContext, report: ImportReport) {
  try {
    const outcome = await db.transaction((tx) => upsertRows(tx, batch, ctx));
    apply(report, outcome);
  } catch {
    for (const row of batch) {
      try {
        const outcome = await db.transaction((tx) => upsertRows(tx, [row], ctx));
        apply(report, outcome);
      } catch (err) {
        report.rejected.push({
          row: row.row,
          field: '',
          reason: {
            zh: `数据库拒绝写入该行：${(err as Error).message}`,
            en: `The database refused this row: ${(err as Error).message}`,
          },
        });
      }
    }
  }
}

interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RowError[];
  changedIds: number[];
}

function apply(report: ImportReport, o: BatchOutcome) {
  report.created += o.created;
  report.updated += o.updated;
  report.unchanged += o.unchanged;
  report.accepted += o.created + o.updated + o.unchanged;
  report.rejected.push(...o.rejected);
  report.changedPatentIds.push(...o.changedIds);
}

export function derive(record: PatentRecord, reference: CatalogueReference, source: string): DerivedColumns {
  return {
    expiryDate: record.filingDate ? expiryDate(record.patentType, record.filingDate) : null,
    seiCodes: reference.seiCodesFor(record.ipcCodes),
    contentHash: contentHash(record),
    source,
  };
}

async function upsertRows(tx: Queryable, rows: PendingRow[], ctx: WriteContext): Promise<BatchOutcome> {
  const { reference, source } = ctx;
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, rejected: [], changedIds: [] };
  const existing = await findByKeys(
    tx,
    rows.map((r) => r.key.applicationNumber).filter((a): a is string => !!a),
    rows.flatMap((r) => r.key.publicationNumbers),
  );
  const byApp = new Map(
    existing.filter((e) => e.record.applicationNumber).map((e) => [e.record.applicationNumber!, e]),
  );
  const byPub = new Map<string, (typeof existing)[number]>();
  for (const e of existing) {
    if (e.record.publicationNumber) byPub.set(e.record.publicationNumber, e);
    if (e.record.grantNumber) byPub.set(e.record.grantNumber, e);
  }
  const inserts: (PatentRecord & DerivedColumns)[] = [];
  const updates: (PatentRecord & DerivedColumns & { id: number })[] = [];
  for (const r of rows) {
    let match = r.key.applicationNumber ? byApp.get(r.key.applicationNumber) : undefined;
    if (!match) {
      // Known so far only by publication number — unless it already carries a different application number.
      const byNumber = r.key.publicationNumbers.map((p) => byPub.get(p)).find((e) => e !== undefined);
      if (byNumber && r.key.applicationNumber && byNumber.record.applicationNumber) {
        outcome.rejected.push({
          row: r.row,
          field: '',
          reason: {
            zh: `公开号已属于申请号 ${byNumber.record.applicationNumber}，与本行申请号 ${r.key.applicationNumber} 不符`,
            en: `The publication number belongs to application ${byNumber.record.applicationNumber}, not ${r.key.applicationNumber}`,
          },
        });
        continue;
      }
      match = byNumber;
    }
    const merged = mergeRecord(match?.record ?? null, r.record);
    if (!merged) continue; // validation guarantees title and type for new records
    if (ctx.restrictToHolder && !holdersOf(merged).includes(ctx.restrictToHolder)) {
      outcome.rejected.push({
        row: r.row,
        field: '',
        reason: {
          zh: `只能导入本机构（${ctx.restrictToHolder}）为专利权人或申请人的专利`,
          en: `Only patents held or applied for by your organisation (${ctx.restrictToHolder}) can be imported`,
        },
      });
      continue;
    }
    const derived = derive(merged, reference, source);
    if (match && derived.contentHash === match.contentHash) {
      outcome.unchanged++;
      continue;
    }
    if (match) updates.push({ ...merged, ...derived, id: match.id });
    else inserts.push({ ...merged, ...derived });
  }
  const newIds = await insertPatents(tx, inserts);
  await updatePatents(tx, updates);
  outcome.created += inserts.length;
  outcome.updated += updates.length;
  const written = [
    ...inserts.map((r, i) => ({ id: newIds[i]!, r })),
    ...updates.map((r) => ({ id: r.id, r })),
  ];
  await linkOwners(tx, written);
  outcome.changedIds.push(...written.map((w) => w.id));
  return outcome;
}

/** Current right holders, or the applicants where an export records none. */
function holdersOf(r: PatentRecord): string[] {
  return r.patentees.length ? r.patentees : r.applicants;
}

/** Current right holders (or applicants where an export has no holders) become organisations and owners. */
async function linkOwners(tx: Queryable, written: { id: number; r: PatentRecord }[]) {
  const orgs = new Map<string, { name: string; kind: string; regionCode: string | null }>();
  for (const { r } of written) {
    const holders = holdersOf(r);
    for (const name of holders) {
      const byName = classifyHolderName(name);
      if (byName === 'individual') continue;
      // A single holder whose type the export states: trust the export over the name heuristic.
      const stated =
        holders.length === 1 && r.applicantType && r.applicantType !== 'individual' ? r.applicantType : null;
      const kind =
        stated === 'government' ||
        stated === 'university' ||
        stated === 'institute' ||
        stated === 'enterprise'
          ? stated
          : byName;
      if (!orgs.has(name)) orgs.set(name, { name, kind, regionCode: r.regionCode });
    }
  }
  const ids = await ensureOrganisations(tx, [...orgs.values()]);
  const owners: OwnerRow[] = [];
  for (const { id, r } of written) {
    holdersOf(r).forEach((name, position) => {
      owners.push({ patentId: id, position, name, organisationId: ids.get(name) ?? null });
    });
  }
  await replaceOwners(
    tx,
    written.map((w) => w.id),
    owners,
  );
}
