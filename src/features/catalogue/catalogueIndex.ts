import path from 'node:path';
import type { Database } from '../../platform/db/database';
import type { IndexDocument, IndexSchema, SearchRequest, SearchResult } from '../search/bm25fIndex';
import { type IndexChange, type IndexStore, openIndexStore } from '../search/indexStore';

/** What the catalogue indexes: weighted text fields, facets, sort keys. Changing it forces a rebuild. */
export const CATALOGUE_SCHEMA: IndexSchema = {
  fields: [
    { name: 'title', weight: 3 },
    { name: 'abstract', weight: 1 },
    { name: 'claim', weight: 0.8 },
  ],
  facets: [
    'type',
    'legalStatus',
    'ipcSection',
    'ipcClass',
    'ipcSubclass',
    'sei',
    'province',
    'city',
    'applicantType',
    'organisation',
    'filingYear',
    'industry',
    'trl',
  ],
  sortKeys: ['filingDate', 'grantDate', 'publicationDate'],
};

interface IndexRow {
  id: number;
  change_seq: number;
  title: string;
  abstract: string | null;
  first_claim: string | null;
  patent_type: string;
  legal_status: string;
  ipc_codes: string[];
  sei_codes: string[];
  region_code: string | null;
  applicant_type: string | null;
  filing_date: string | null;
  grant_date: string | null;
  publication_date: string | null;
  industry_codes: string[];
  trl: number | null;
  organisation_ids: number[] | null;
}

const dayNumber = (d: string | null) => (d ? Number(d.replaceAll('-', '')) : null);

/** One patent row as the engine's document. Pure, so it is tested on its own. */
export function toIndexDocument(r: IndexRow): IndexDocument {
  const sections = new Set<string>();
  const classes = new Set<string>();
  const subclasses = new Set<string>();
  for (const code of r.ipc_codes) {
    if (code.length >= 1) sections.add(code.slice(0, 1));
    if (code.length >= 3) classes.add(code.slice(0, 3));
    if (code.length >= 4) subclasses.add(code.slice(0, 4));
  }
  const region = r.region_code;
  return {
    key: r.id,
    fields: { title: r.title, abstract: r.abstract, claim: r.first_claim },
    facets: {
      type: [r.patent_type],
      legalStatus: [r.legal_status],
      ipcSection: [...sections],
      ipcClass: [...classes],
      ipcSubclass: [...subclasses],
      sei: r.sei_codes,
      province: region && region.length >= 2 ? [region.slice(0, 2)] : [],
      city: region && region.length >= 4 ? [region.slice(0, 4)] : [],
      applicantType: r.applicant_type ? [r.applicant_type] : [],
      organisation: (r.organisation_ids ?? []).map(String),
      filingYear: r.filing_date ? [r.filing_date.slice(0, 4)] : [],
      industry: r.industry_codes,
      trl: r.trl ? [String(r.trl)] : [],
    },
    sort: {
      filingDate: dayNumber(r.filing_date),
      grantDate: dayNumber(r.grant_date),
      publicationDate: dayNumber(r.publication_date),
    },
  };
}

const SELECT_ROWS = `
  SELECT p.id, p.change_seq, p.title, p.abstract, p.first_claim, p.patent_type, p.legal_status, p.ipc_codes,
         p.sei_codes, p.region_code, p.applicant_type, p.filing_date, p.grant_date, p.publication_date,
         p.industry_codes, p.trl,
         ARRAY(SELECT po.organisation_id FROM patent_owners po
                WHERE po.patent_id = p.id AND po.organisation_id IS NOT NULL ORDER BY po.position) AS organisation_ids
    FROM patents p`;

/**
 * Change sequence numbers are taken when a row is written but become visible when its transaction commits.
 * On a PostgreSQL server with concurrent writers a lower number can therefore appear after a higher one was
 * read, so each catch-up looks back this far below the watermark (only ids and sequence numbers; rows whose
 * exact version was applied are skipped). The embedded database runs one transaction at a time: no look-back.
 */
const LOOKBACK_SERVER = 2_000;
const PAGE = 5_000;

export interface CatchUpReport {
  upserts: number;
  deletes: number;
  watermark: number;
}

/**
 * The catalogue's search index: a persisted BM25F index fed from the patents table by change sequence.
 * Opening loads the snapshot and log from disk and fetches only rows changed since; every write path calls
 * `catchUp()` after committing, and a timer catches up with writers in other processes.
 */
export class CatalogueIndex {
  private readonly applied = new Map<number, number>();
  private running: Promise<CatchUpReport> | null = null;
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly db: Database,
    readonly store: IndexStore,
  ) {}

  static async open(
    db: Database,
    dataDir: string,
    options: { durable?: boolean } = {},
  ): Promise<CatalogueIndex> {
    const store = openIndexStore({
      directory: path.join(dataDir, 'index', 'catalogue'),
      schema: CATALOGUE_SCHEMA,
      ifIncompatible: 'reset',
      durable: options.durable ?? true,
    });
    const index = new CatalogueIndex(db, store);
    await index.catchUp();
    return index;
  }

  get size(): number {
    return this.store.index.size;
  }

  get watermark(): number {
    return this.store.watermark;
  }

  search(request: SearchRequest): SearchResult {
    return this.store.index.search(request);
  }

  /** Applies every committed change newer than the watermark. Concurrent calls share one run. */
  catchUp(): Promise<CatchUpReport> {
    if (this.running) return this.running.then(() => this.catchUp());
    this.running = this.doCatchUp().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async doCatchUp(): Promise<CatchUpReport> {
    const report: CatchUpReport = { upserts: 0, deletes: 0, watermark: this.store.watermark };
    const lookback = this.db.kind === 'postgres' ? LOOKBACK_SERVER : 0;
    let from = Math.max(0, this.store.watermark - lookback);
    for (;;) {
      const versions = await this.db.query<{ id: number; change_seq: number }>(
        `SELECT id, change_seq FROM patents WHERE change_seq > $1 ORDER BY change_seq LIMIT ${PAGE}`,
        [from],
      );
      const last = versions.rows.at(-1)?.change_seq ?? null;
      const full = versions.rows.length === PAGE;
      const deletions = await this.db.query<{ patent_id: number; change_seq: number }>(
        `SELECT patent_id, change_seq FROM catalogue_deletions
          WHERE change_seq > $1 AND ($2::bigint IS NULL OR change_seq <= $2) ORDER BY change_seq`,
        [from, full ? last : null],
      );
      // A row carries only its latest version, so "not applied at exactly this sequence" means new to us
      // (after a restart on a server, the look-back rows are re-applied once: upserts are idempotent).
      const freshIds = versions.rows.filter((v) => this.applied.get(v.id) !== v.change_seq).map((v) => v.id);
      const rows = freshIds.length
        ? (await this.db.query<IndexRow>(`${SELECT_ROWS} WHERE p.id = ANY($1::bigint[])`, [freshIds])).rows
        : [];
      const events = [
        ...rows.map((r) => ({
          seq: r.change_seq,
          id: r.id,
          change: { op: 'upsert', doc: toIndexDocument(r) } as IndexChange,
        })),
        ...deletions.rows
          .filter((d) => this.applied.get(d.patent_id) !== -d.change_seq)
          .map((d) => ({
            seq: d.change_seq,
            id: d.patent_id,
            change: { op: 'delete', key: d.patent_id } as IndexChange,
          })),
      ].sort((a, b) => a.seq - b.seq);
      const top = Math.max(this.store.watermark, last ?? 0, deletions.rows.at(-1)?.change_seq ?? 0);
      if (events.length > 0 || top > this.store.watermark) {
        this.store.apply(
          events.map((e) => e.change),
          top,
        );
        for (const e of events) {
          // deletions are remembered with a negative sequence so a tombstone is applied once
          this.applied.set(e.id, e.change.op === 'upsert' ? e.seq : -e.seq);
          if (e.change.op === 'upsert') report.upserts++;
          else report.deletes++;
        }
      }
      if (!full) break;
      from = last!;
    }
    report.watermark = this.store.watermark;
    return report;
  }

  /** Catches up every `ms` milliseconds (writers in other processes, e.g. a CLI import against a server). */
  startPolling(ms: number, onError: (err: unknown) => void): void {
    this.stopPolling();
    this.timer = setInterval(() => {
      this.catchUp().catch(onError);
    }, ms);
    this.timer.unref();
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async close(): Promise<void> {
    this.stopPolling();
    await this.running?.catch(() => {});
    this.store.close();
  }
}
