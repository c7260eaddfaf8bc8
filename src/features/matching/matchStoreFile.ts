import fs from 'node:fs';
import path from 'node:path';
import { LEGAL_STATUSES, type LegalStatus } from '../patents/legalStatus';
import { MatchStore, type MatchStoreOptions, type PatentFacts, type QuantisedVector } from './matchStore';

/**
 * A {@link MatchStore} persisted under one directory, so a restart neither re-reads every patent nor
 * re-embeds the catalogue:
 *
 * - `store.log`: JSON lines. Line 1 is a header `{format, model, dimensions, generation}`; each further line is
 *   one batch `{"w": watermark, "u": [records…], "d": [keys…]}` written with one write (and fsync when
 *   durable). A record is `[key, seq, textHash, legalStatus, subclasses, sei, region, trl, industries,
 *   organisations, vector (base64 int8) | null, scale]`. A torn last line (crash mid-write) is ignored and cut
 *   off on open, so the watermark never claims changes that were not stored.
 * - `ann.usearch` + `ann.json` `{generation, lines}`: the HNSW graph as of the first `lines` batches. Opening
 *   loads it and adds only the vectors of later batches; without it the graph is rebuilt from the vectors.
 *
 * {@link MatchStoreFile.compact} rewrites the log as one batch per 5,000 live records under the next generation
 * (tmp file, fsync, rename). A header with another format, model or dimension count resets the directory:
 * the caller then reads every patent again (and embeds them again, since the vectors were another model's).
 */
export const MATCH_STORE_FORMAT = 1;

const LOG = 'store.log';
const LOG_TMP = 'store.log.tmp';
const ANN = 'ann.usearch';
const ANN_META = 'ann.json';

interface LogHeader {
  format: number;
  model: string;
  dimensions: number;
  generation: number;
}

type RecordTuple = [
  number,
  number,
  number,
  LegalStatus,
  string[],
  string[],
  string | null,
  number | null,
  string[],
  number[],
  string | null,
  number,
];

interface Batch {
  w: number;
  u: RecordTuple[];
  d: readonly number[];
}

export interface StoreUpsert {
  facts: PatentFacts;
  /** A new vector, 'keep' the stored one, or null for none. */
  vector: QuantisedVector | 'keep' | null;
}

export interface OpenedFrom {
  from: 'empty' | 'log' | 'reset';
  reason?: string;
  batches: number;
  tornBytes: number;
  /** 'loaded': graph file used (+ later batches added); 'rebuilt': built from the stored vectors. */
  ann: 'loaded' | 'rebuilt' | 'none';
  /** Log batches after the saved graph, whose vectors were added to it on open (0: the graph was current). */
  annBatchesAfter: number;
}

function fsyncDirectory(directory: string): void {
  try {
    const fd = fs.openSync(directory, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

function encode(facts: PatentFacts, vector: QuantisedVector | null): RecordTuple {
  return [
    facts.key,
    facts.seq,
    facts.textHash,
    facts.legalStatus,
    [...facts.subclasses],
    [...facts.sei],
    facts.region,
    facts.trl,
    [...facts.industries],
    [...facts.organisations],
    vector
      ? Buffer.from(vector.values.buffer, vector.values.byteOffset, vector.values.byteLength).toString(
          'base64',
        )
      : null,
    vector ? vector.scale : 0,
  ];
}

function decode(r: RecordTuple, dimensions: number): { facts: PatentFacts; vector: QuantisedVector | null } {
  const [
    key,
    seq,
    textHash,
    legalStatus,
    subclasses,
    sei,
    region,
    trl,
    industries,
    organisations,
    b64,
    scale,
  ] = r;
  let vector: QuantisedVector | null = null;
  if (b64) {
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.byteLength !== dimensions)
      throw new Error(`record ${key}: vector of ${bytes.byteLength} bytes`);
    vector = {
      values: new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
      scale,
    };
  }
  return {
    facts: {
      key,
      seq,
      textHash,
      legalStatus: (LEGAL_STATUSES as readonly string[]).includes(legalStatus) ? legalStatus : 'unknown',
      subclasses,
      sei,
      region,
      trl,
      industries,
      organisations,
    },
    vector,
  };
}

export interface MatchStoreFileOptions {
  readonly directory: string;
  readonly model: string;
  readonly store: MatchStoreOptions;
  /** fsync after each batch (default true). */
  readonly durable?: boolean;
}

export class MatchStoreFile {
  readonly store: MatchStore;
  private fd: number;
  private header: LogHeader;
  private lines: number;
  private bytes: number;
  private _watermark = 0;
  readonly opened: OpenedFrom;

  private constructor(
    private readonly options: MatchStoreFileOptions,
    init: {
      store: MatchStore;
      fd: number;
      header: LogHeader;
      lines: number;
      bytes: number;
      watermark: number;
      opened: OpenedFrom;
      annLines: number;
    },
  ) {
    this.store = init.store;
    this.fd = init.fd;
    this.header = init.header;
    this.lines = init.lines;
    this.bytes = init.bytes;
    this._watermark = init.watermark;
    this.opened = init.opened;
    this.annLines = init.annLines;
  }

  /** Log batches the saved graph file covers (-1: none saved for this generation). */
  private annLines: number;

  get watermark(): number {
    return this._watermark;
  }

  get logBytes(): number {
    return this.bytes;
  }

  static open(options: MatchStoreFileOptions): MatchStoreFile {
    const { directory } = options;
    fs.mkdirSync(directory, { recursive: true });
    const logPath = path.join(directory, LOG);
    const wanted = { format: MATCH_STORE_FORMAT, model: options.model, dimensions: options.store.dimensions };
    let store = new MatchStore(options.store);
    let opened: OpenedFrom = { from: 'empty', batches: 0, tornBytes: 0, ann: 'none', annBatchesAfter: 0 };
    let header: LogHeader | null = null;
    let lines = 0;
    let watermark = 0;
    let goodBytes = 0;
    let annLines = -1;

    if (fs.existsSync(logPath)) {
      const text = fs.readFileSync(logPath);
      let pos = text.indexOf(10);
      let reason: string | null = null;
      try {
        if (pos < 0) throw new Error('no header line');
        header = JSON.parse(text.subarray(0, pos).toString('utf8')) as LogHeader;
        if (header.format !== wanted.format) reason = `format ${header.format}, expected ${wanted.format}`;
        else if (header.model !== wanted.model)
          reason = `vectors of model ${header.model}, now ${wanted.model}`;
        else if (header.dimensions !== wanted.dimensions)
          reason = `${header.dimensions} dimensions, expected ${wanted.dimensions}`;
      } catch (err) {
        reason = `unreadable header (${(err as Error).message})`;
      }
      if (reason || !header) {
        fs.rmSync(directory, { recursive: true, force: true });
        fs.mkdirSync(directory, { recursive: true });
        header = null;
        opened = {
          from: 'reset',
          reason: reason ?? 'no header',
          batches: 0,
          tornBytes: 0,
          ann: 'none',
          annBatchesAfter: 0,
        };
      } else {
        goodBytes = pos + 1;
        const annMeta = readAnnMeta(directory);
        const annCovers = annMeta && annMeta.generation === header.generation ? annMeta.lines : -1;
        let annLoaded = false;
        if (annCovers === 0) annLoaded = store.ann?.load(path.join(directory, ANN)) ?? false;
        for (;;) {
          const next = text.indexOf(10, pos + 1);
          if (next < 0) break;
          let batch: Batch;
          try {
            batch = JSON.parse(text.subarray(pos + 1, next).toString('utf8')) as Batch;
          } catch {
            break; // a torn or corrupt line: stop here, cut it off below
          }
          applyBatch(store, batch, options.store.dimensions);
          watermark = Math.max(watermark, batch.w);
          lines++;
          goodBytes = next + 1;
          pos = next;
          if (lines === annCovers && store.ann) {
            // The saved graph holds the batches so far; later batches are added to it below.
            annLoaded = store.ann.load(path.join(directory, ANN));
            if (annLoaded) store.markAnnSynced();
          }
        }
        const torn = text.byteLength - goodBytes;
        if (torn > 0) fs.truncateSync(logPath, goodBytes);
        if (!annLoaded) store.resetAnn();
        store.syncAnn();
        opened = {
          from: 'log',
          batches: lines,
          tornBytes: torn,
          ann: store.ann ? (annLoaded ? 'loaded' : 'rebuilt') : 'none',
          annBatchesAfter: annLoaded ? lines - annCovers : lines,
        };
        annLines = annLoaded ? annCovers : -1;
      }
    }
    if (!header) {
      header = { ...wanted, generation: 1 };
      store = new MatchStore(options.store);
      const line = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
      fs.writeFileSync(logPath, line);
      goodBytes = line.byteLength;
    }
    const fd = fs.openSync(logPath, 'a');
    return new MatchStoreFile(options, {
      store,
      fd,
      header,
      lines,
      bytes: goodBytes,
      watermark,
      opened,
      annLines,
    });
  }

  /** Logs, then applies, a batch; `watermark` must not go backwards. */
  apply(upserts: readonly StoreUpsert[], deletes: readonly number[], watermark: number): void {
    if (watermark < this._watermark) throw new RangeError(`watermark ${watermark} < ${this._watermark}`);
    const records = upserts.map((u) => {
      const vector = u.vector === 'keep' ? (this.store.vector(u.facts.key) ?? null) : u.vector;
      return encode(u.facts, vector);
    });
    const line = Buffer.from(
      `${JSON.stringify({ w: watermark, u: records, d: deletes } satisfies Batch)}\n`,
      'utf8',
    );
    fs.writeSync(this.fd, line);
    if (this.options.durable !== false) fs.fsyncSync(this.fd);
    this.bytes += line.byteLength;
    this.lines++;
    for (const u of upserts) this.store.upsert(u.facts, u.vector);
    for (const k of deletes) this.store.delete(k);
    this._watermark = watermark;
  }

  /** Brings the graph up to date and saves it, so the next open loads it instead of rebuilding. */
  saveAnn(): void {
    const ann = this.store.ann;
    if (!ann) return;
    this.store.syncAnn();
    ann.save(path.join(this.options.directory, ANN));
    const meta = { generation: this.header.generation, lines: this.lines };
    fs.writeFileSync(path.join(this.options.directory, ANN_META), JSON.stringify(meta));
    this.annLines = this.lines;
  }

  /** Whether the saved graph misses batches written since (a restart would have to add their vectors). */
  get annStale(): boolean {
    return this.store.ann !== null && this.annLines !== this.lines;
  }

  /** Rewrites the log with only the live records (next generation) and saves the graph. */
  compact(): void {
    const dir = this.options.directory;
    const header: LogHeader = { ...this.header, generation: this.header.generation + 1 };
    const tmp = path.join(dir, LOG_TMP);
    const fd = fs.openSync(tmp, 'w');
    let lines = 0;
    let bytes = 0;
    try {
      const write = (s: string) => {
        const b = Buffer.from(s, 'utf8');
        fs.writeSync(fd, b);
        bytes += b.byteLength;
      };
      write(`${JSON.stringify(header)}\n`);
      let chunk: RecordTuple[] = [];
      const flush = () => {
        write(`${JSON.stringify({ w: this._watermark, u: chunk, d: [] } satisfies Batch)}\n`);
        lines++;
        chunk = [];
      };
      for (const key of this.store.keys()) {
        chunk.push(encode(this.store.get(key)!, this.store.vector(key) ?? null));
        if (chunk.length === 5_000) flush();
      }
      if (chunk.length || lines === 0) flush();
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.closeSync(this.fd);
    fs.renameSync(tmp, path.join(dir, LOG));
    fsyncDirectory(dir);
    this.fd = fs.openSync(path.join(dir, LOG), 'a');
    this.header = header;
    this.lines = lines;
    this.bytes = bytes;
    this.saveAnn();
  }

  close(): void {
    try {
      // Saved whenever the log grew since the graph was: a restart then loads it and adds nothing.
      if (this.annStale || this.store.annBacklog > 0) this.saveAnn();
    } finally {
      fs.closeSync(this.fd);
    }
  }
}

function readAnnMeta(directory: string): { generation: number; lines: number } | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(directory, ANN_META), 'utf8')) as {
      generation: number;
      lines: number;
    };
    return Number.isInteger(m.generation) && Number.isInteger(m.lines) ? m : null;
  } catch {
    return null;
  }
}

function applyBatch(store: MatchStore, batch: Batch, dimensions: number): void {
  for (const r of batch.u) {
    const { facts, vector } = decode(r, dimensions);
    store.upsert(facts, vector);
  }
  for (const k of batch.d) store.delete(k);
}
