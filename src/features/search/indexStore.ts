import fs from 'node:fs';
import path from 'node:path';
import { Bm25fIndex, type IndexDocument, type IndexImage, type IndexSchema } from './bm25fIndex';
import { PAGE_SIZE } from './postingPool';
import { type Analyzer, chineseAnalyzer } from './segment';

/**
 * A {@link Bm25fIndex} persisted under one directory, updated incrementally:
 *
 * - `snapshot.bin`: a binary image of the index (header JSON + typed-array sections + end marker) with the
 *   watermark it includes and a log generation number.
 * - `changes.log`: append-only JSON lines. Line 1 is a header `{format, generation, fingerprint}`; each
 *   further line is one batch `{"w": watermark, "c": [changes…]}` written with a single write (and fsync
 *   when durable). One line per batch makes a batch atomic: a torn last line (crash mid-write) is
 *   ignored and cut off on open, so the watermark never claims changes that were not stored.
 *
 * Opening loads the snapshot and replays the log of the same generation, so a restart never rebuilds
 * from scratch. {@link IndexStore.compact} writes `snapshot.bin.tmp`, fsyncs it, renames it over the
 * old snapshot (atomic), then starts a new log of the next generation the same way. A crash before the
 * rename keeps the old snapshot and log; a crash after it leaves a log of an older generation, which
 * opening discards because the new snapshot already contains it.
 *
 * The caller supplies watermarks (the database's change sequence): batches must not go backwards, and
 * {@link IndexStore.watermark} tells the caller which rows to fetch next. A snapshot written by another
 * format version, analyzer version or schema is incompatible: opening throws
 * {@link IncompatibleIndexError} (or starts empty with `ifIncompatible: 'reset'`) and the caller rebuilds.
 *
 * One process per directory: the store does not lock the directory.
 */
export const SNAPSHOT_FORMAT_VERSION = 2;

const SNAPSHOT = 'snapshot.bin';
const SNAPSHOT_TMP = 'snapshot.bin.tmp';
const LOG = 'changes.log';
const LOG_TMP = 'changes.log.tmp';
const MAGIC = Buffer.from('ZHSEARCH', 'ascii');
const END_MAGIC = Buffer.from('ZHSEND\0\0', 'ascii');
const DEFAULT_AUTO_COMPACT_LOG_BYTES = 64 * 2 ** 20;
const DEFAULT_COMPACT_TOMBSTONE_RATIO = 0.1;

export type IndexChange =
  | { readonly op: 'upsert'; readonly doc: IndexDocument }
  | { readonly op: 'delete'; readonly key: number };

export class IncompatibleIndexError extends Error {
  constructor(readonly reason: string) {
    super(`search index on disk cannot be used: ${reason}`);
    this.name = 'IncompatibleIndexError';
  }
}

export interface IndexStoreOptions {
  readonly directory: string;
  readonly schema: IndexSchema;
  readonly analyzer?: Analyzer;
  /** 'throw' (default): throw {@link IncompatibleIndexError}; 'reset': delete the files and start empty. */
  readonly ifIncompatible?: 'throw' | 'reset';
  /** fsync after each batch and around snapshots (default true). */
  readonly durable?: boolean;
  /** After a batch, compact automatically once the log exceeds this many bytes (default 64 MiB ≈ 60k documents, about 12 s of replay). */
  readonly autoCompactLogBytes?: number;
  /** compact() also drops tombstones when at least this share of ids is tombstoned (default 0.1). */
  readonly compactTombstoneRatio?: number;
}

export interface OpenReport {
  /** 'empty': no files; 'snapshot': loaded a snapshot (and maybe a log); 'log': only a log; 'reset': incompatible files removed. */
  readonly from: 'empty' | 'snapshot' | 'log' | 'reset';
  readonly reason?: string;
  readonly replayedBatches: number;
  /** Bytes of a torn last log line that were ignored and cut off. */
  readonly tornBytes: number;
}

export interface IndexStore {
  readonly index: Bm25fIndex;
  /** The highest watermark whose changes the index holds (0 when empty). */
  readonly watermark: number;
  readonly opened: OpenReport;
  /** Size of the change log in bytes. */
  readonly logBytes: number;
  /** Logs then applies a batch of changes, all stamped with `watermark` (≥ the current watermark). */
  apply(changes: readonly IndexChange[], watermark: number): void;
  /** Replaces the whole index with one built in memory from every row up to `watermark`, then snapshots. */
  rebuild(index: Bm25fIndex, watermark: number): void;
  /** Drops tombstones if many, writes a new snapshot and starts an empty log. */
  compact(options?: { readonly dropTombstones?: boolean }): void;
  close(): void;
}

interface SnapshotHeader {
  readonly formatVersion: number;
  readonly littleEndian: true;
  readonly fingerprint: string;
  readonly watermark: number;
  readonly generation: number;
  readonly meta: IndexImage['meta'];
  readonly sections: { readonly name: string; readonly bytes: number }[];
}

interface LogHeader {
  readonly format: number;
  readonly generation: number;
  readonly fingerprint: string;
}

/** What must match for files to be reusable: format, analyzer and schema. */
function fingerprintOf(schema: IndexSchema, analyzer: Analyzer): string {
  return JSON.stringify({
    format: SNAPSHOT_FORMAT_VERSION,
    analyzer: { id: analyzer.id, version: analyzer.version },
    schema: {
      fields: schema.fields.map((f) => ({ name: f.name, weight: f.weight ?? 1, b: f.b ?? null })),
      facets: schema.facets ?? [],
      sortKeys: schema.sortKeys ?? [],
      k1: schema.k1 ?? null,
      b: schema.b ?? null,
    },
  });
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
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

function pad8(n: number): number {
  return (8 - (n % 8)) % 8;
}

/** Writes the snapshot atomically (tmp file, fsync, rename, fsync directory). */
function writeSnapshot(
  directory: string,
  index: Bm25fIndex,
  fingerprint: string,
  watermark: number,
  generation: number,
  durable: boolean,
): void {
  const image = index.toImage();
  const vocabulary = Buffer.from(image.terms.join('\n'), 'utf8');
  const sections: { name: string; data: Uint8Array }[] = [
    { name: 'vocabulary', data: vocabulary },
    ...Object.entries(image.termArrays).map(([name, a]) => ({ name: `term.${name}`, data: bytesOf(a) })),
    ...image.pages.map((p, i) => ({ name: `page.${i}`, data: p })),
    { name: 'doc.keys', data: bytesOf(image.docArrays.keys) },
    { name: 'doc.alive', data: bytesOf(image.docArrays.alive) },
    { name: 'doc.fieldLen', data: bytesOf(image.docArrays.fieldLen) },
    ...image.docArrays.sortValues.map((a, i) => ({ name: `doc.sort.${i}`, data: bytesOf(a) })),
    ...image.docArrays.facetOffsets.map((a, i) => ({ name: `doc.facetOffsets.${i}`, data: bytesOf(a) })),
    ...image.docArrays.facetValues.map((a, i) => ({ name: `doc.facetValues.${i}`, data: bytesOf(a) })),
  ];
  const header: SnapshotHeader = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    littleEndian: true,
    fingerprint,
    watermark,
    generation,
    meta: image.meta,
    sections: sections.map((s) => ({ name: s.name, bytes: s.data.byteLength })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const tmp = path.join(directory, SNAPSHOT_TMP);
  const fd = fs.openSync(tmp, 'w');
  try {
    const prefix = Buffer.alloc(16);
    MAGIC.copy(prefix, 0);
    prefix.writeUInt32LE(SNAPSHOT_FORMAT_VERSION, 8);
    prefix.writeUInt32LE(headerBytes.byteLength, 12);
    fs.writeSync(fd, prefix);
    fs.writeSync(fd, headerBytes);
    const zeros = Buffer.alloc(8);
    fs.writeSync(fd, zeros, 0, pad8(headerBytes.byteLength));
    for (const s of sections) {
      let written = 0;
      while (written < s.data.byteLength) {
        written += fs.writeSync(fd, s.data, written, Math.min(s.data.byteLength - written, 1 << 30));
      }
      fs.writeSync(fd, zeros, 0, pad8(s.data.byteLength));
    }
    fs.writeSync(fd, END_MAGIC);
    if (durable) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, path.join(directory, SNAPSHOT));
  if (durable) fsyncDirectory(directory);
}

function readExactly(fd: number, target: Uint8Array, position: number): void {
  let read = 0;
  while (read < target.byteLength) {
    const n = fs.readSync(fd, target, read, Math.min(target.byteLength - read, 1 << 30), position + read);
    if (n === 0) throw new IncompatibleIndexError('snapshot is truncated');
    read += n;
  }
}

/** Reads a snapshot; throws IncompatibleIndexError when it cannot be used with this fingerprint. */
function readSnapshot(
  file: string,
  fingerprint: string,
  analyzer: Analyzer,
): { index: Bm25fIndex; watermark: number; generation: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size < 16 + END_MAGIC.byteLength) throw new IncompatibleIndexError('snapshot is truncated');
    const prefix = Buffer.alloc(16);
    readExactly(fd, prefix, 0);
    if (!prefix.subarray(0, 8).equals(MAGIC)) throw new IncompatibleIndexError('not a search snapshot');
    const version = prefix.readUInt32LE(8);
    if (version !== SNAPSHOT_FORMAT_VERSION) {
      throw new IncompatibleIndexError(
        `snapshot format ${version}, this program reads ${SNAPSHOT_FORMAT_VERSION}`,
      );
    }
    const headerBytes = Buffer.alloc(prefix.readUInt32LE(12));
    readExactly(fd, headerBytes, 16);
    let header: SnapshotHeader;
    try {
      header = JSON.parse(headerBytes.toString('utf8')) as SnapshotHeader;
    } catch {
      throw new IncompatibleIndexError('snapshot header is damaged');
    }
    if (header.fingerprint !== fingerprint) {
      throw new IncompatibleIndexError('snapshot was built with another schema or analyzer version');
    }
    let position = 16 + headerBytes.byteLength + pad8(headerBytes.byteLength);
    const expected =
      header.sections.reduce((s, x) => s + x.bytes + pad8(x.bytes), position) + END_MAGIC.byteLength;
    if (expected !== size) throw new IncompatibleIndexError('snapshot is truncated or has trailing bytes');
    const end = Buffer.alloc(END_MAGIC.byteLength);
    readExactly(fd, end, size - END_MAGIC.byteLength);
    if (!end.equals(END_MAGIC)) throw new IncompatibleIndexError('snapshot end marker is missing');

    const pageCount = header.meta.pageUsed.length;
    const sections = new Map<string, ArrayBuffer>();
    const pages: Uint8Array[] = [];
    for (const s of header.sections) {
      let target: Uint8Array;
      if (s.name.startsWith('page.')) {
        const i = Number(s.name.slice(5));
        // The last page keeps growing after load, so it gets a whole page.
        target = new Uint8Array(i === pageCount - 1 ? Math.max(PAGE_SIZE, s.bytes) : s.bytes);
        readExactly(fd, target.subarray(0, s.bytes), position);
        pages.push(target);
      } else {
        target = new Uint8Array(s.bytes);
        readExactly(fd, target, position);
        sections.set(s.name, target.buffer as ArrayBuffer);
      }
      position += s.bytes + pad8(s.bytes);
    }
    const section = (name: string): ArrayBuffer => {
      const b = sections.get(name);
      if (!b) throw new IncompatibleIndexError(`snapshot lacks section ${name}`);
      return b;
    };
    const { meta } = header;
    const vocabulary = Buffer.from(section('vocabulary')).toString('utf8');
    const terms = meta.termCount === 0 ? [] : vocabulary.split('\n');
    if (terms.length !== meta.termCount) throw new IncompatibleIndexError('snapshot vocabulary is damaged');
    const facets = meta.schema.facets ?? [];
    const sorts = meta.schema.sortKeys ?? [];
    const image: IndexImage = {
      meta,
      terms,
      termArrays: {
        head: new Uint32Array(section('term.head')),
        tail: new Uint32Array(section('term.tail')),
        tailPos: new Uint32Array(section('term.tailPos')),
        tailEnd: new Uint32Array(section('term.tailEnd')),
        lastDoc: new Int32Array(section('term.lastDoc')),
        df: new Uint32Array(section('term.df')),
      },
      pages,
      docArrays: {
        keys: new Float64Array(section('doc.keys')),
        alive: new Uint8Array(section('doc.alive')),
        fieldLen: new Uint16Array(section('doc.fieldLen')),
        sortValues: sorts.map((_s, i) => new Float64Array(section(`doc.sort.${i}`))),
        facetOffsets: facets.map((_f, i) => new Uint32Array(section(`doc.facetOffsets.${i}`))),
        facetValues: facets.map((_f, i) => new Uint32Array(section(`doc.facetValues.${i}`))),
      },
    };
    return {
      index: Bm25fIndex.fromImage(image, { analyzer }),
      watermark: header.watermark,
      generation: header.generation,
    };
  } finally {
    fs.closeSync(fd);
  }
}

interface LogBatch {
  readonly w: number;
  readonly c: IndexChange[];
}

/** Reads the log: its header, complete batches, and where a torn tail starts. */
function readLog(file: string): {
  header: LogHeader | undefined;
  batches: LogBatch[];
  goodBytes: number;
  size: number;
} {
  const data = fs.readFileSync(file);
  const batches: LogBatch[] = [];
  let header: LogHeader | undefined;
  let start = 0;
  let goodBytes = 0;
  while (start < data.byteLength) {
    const nl = data.indexOf(0x0a, start);
    if (nl < 0) break; // torn: no newline yet
    const line = data.subarray(start, nl).toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      // A damaged line is tolerated only as the last one (a torn write); anything after it is corruption.
      if (data.indexOf(0x0a, nl + 1) >= 0) throw new IncompatibleIndexError('change log is damaged');
      break;
    }
    if (header === undefined) header = parsed as LogHeader;
    else batches.push(parsed as LogBatch);
    start = nl + 1;
    goodBytes = start;
  }
  return { header, batches, goodBytes, size: data.byteLength };
}

function applyChanges(index: Bm25fIndex, changes: readonly IndexChange[]): void {
  for (const change of changes) {
    if (change.op === 'upsert') index.upsert(change.doc);
    else index.delete(change.key);
  }
}

function removeFiles(directory: string): void {
  for (const name of [SNAPSHOT, SNAPSHOT_TMP, LOG, LOG_TMP])
    fs.rmSync(path.join(directory, name), { force: true });
}

/** Opens (or creates) the store in `options.directory`. */
export function openIndexStore(options: IndexStoreOptions): IndexStore {
  const analyzer = options.analyzer ?? chineseAnalyzer;
  const durable = options.durable ?? true;
  const autoCompactLogBytes = options.autoCompactLogBytes ?? DEFAULT_AUTO_COMPACT_LOG_BYTES;
  const tombstoneRatio = options.compactTombstoneRatio ?? DEFAULT_COMPACT_TOMBSTONE_RATIO;
  const fingerprint = fingerprintOf(options.schema, analyzer);
  const directory = options.directory;
  fs.mkdirSync(directory, { recursive: true });
  fs.rmSync(path.join(directory, SNAPSHOT_TMP), { force: true });
  fs.rmSync(path.join(directory, LOG_TMP), { force: true });

  let index: Bm25fIndex;
  let watermark = 0;
  let generation = 0;
  let opened: OpenReport;

  const load = (): OpenReport => {
    const snapshotFile = path.join(directory, SNAPSHOT);
    const logFile = path.join(directory, LOG);
    let from: OpenReport['from'] = 'empty';
    if (fs.existsSync(snapshotFile)) {
      const snap = readSnapshot(snapshotFile, fingerprint, analyzer);
      index = snap.index;
      watermark = snap.watermark;
      generation = snap.generation;
      from = 'snapshot';
    } else {
      index = new Bm25fIndex(options.schema, { analyzer });
    }
    let replayedBatches = 0;
    let tornBytes = 0;
    if (fs.existsSync(logFile)) {
      const log = readLog(logFile);
      if (log.header && log.header.fingerprint !== fingerprint) {
        throw new IncompatibleIndexError('change log was written with another schema or analyzer version');
      }
      // An older generation's log is already inside the snapshot (crash between snapshot and new log).
      if (log.header && log.header.generation === generation) {
        for (const batch of log.batches) {
          applyChanges(index, batch.c);
          watermark = Math.max(watermark, batch.w);
          replayedBatches++;
        }
        if (from === 'empty' && replayedBatches > 0) from = 'log';
        tornBytes = log.size - log.goodBytes;
        if (tornBytes > 0) fs.truncateSync(logFile, log.goodBytes);
      } else {
        startLog();
      }
    } else {
      startLog();
    }
    return { from, replayedBatches, tornBytes };
  };

  /** Writes a fresh log holding only its header, atomically. */
  const startLog = (): void => {
    const tmp = path.join(directory, LOG_TMP);
    const header: LogHeader = { format: SNAPSHOT_FORMAT_VERSION, generation, fingerprint };
    fs.writeFileSync(tmp, `${JSON.stringify(header)}\n`);
    if (durable) {
      const fd = fs.openSync(tmp, 'r+');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(directory, LOG));
    if (durable) fsyncDirectory(directory);
  };

  try {
    opened = load();
  } catch (err) {
    if (!(err instanceof IncompatibleIndexError) || options.ifIncompatible !== 'reset') throw err;
    removeFiles(directory);
    watermark = 0;
    generation = 0;
    index = new Bm25fIndex(options.schema, { analyzer });
    startLog();
    opened = { from: 'reset', reason: err.reason, replayedBatches: 0, tornBytes: 0 };
  }

  let logFd: number | undefined = fs.openSync(path.join(directory, LOG), 'a');
  let logBytes = fs.fstatSync(logFd).size;

  const snapshotAndNewLog = (): void => {
    generation++;
    writeSnapshot(directory, index, fingerprint, watermark, generation, durable);
    if (logFd !== undefined) fs.closeSync(logFd);
    startLog();
    logFd = fs.openSync(path.join(directory, LOG), 'a');
    logBytes = fs.fstatSync(logFd).size;
  };

  const store: IndexStore = {
    get index() {
      return index;
    },
    get watermark() {
      return watermark;
    },
    get opened() {
      return opened;
    },
    get logBytes() {
      return logBytes;
    },
    apply(changes, batchWatermark) {
      if (logFd === undefined) throw new Error('index store is closed');
      if (!Number.isSafeInteger(batchWatermark) || batchWatermark < watermark) {
        throw new RangeError(`watermark ${batchWatermark} is below the store's watermark ${watermark}`);
      }
      if (changes.length === 0 && batchWatermark === watermark) return;
      // Validate first: a batch in the log must replay without error.
      for (const change of changes) {
        if (change.op === 'upsert') index.validate(change.doc);
        else if (!Number.isSafeInteger(change.key)) throw new RangeError(`bad key ${change.key}`);
      }
      const line = Buffer.from(`${JSON.stringify({ w: batchWatermark, c: changes })}\n`, 'utf8');
      fs.writeSync(logFd, line);
      if (durable) fs.fsyncSync(logFd);
      logBytes += line.byteLength;
      applyChanges(index, changes);
      watermark = batchWatermark;
      if (logBytes > autoCompactLogBytes) store.compact();
    },
    rebuild(newIndex, newWatermark) {
      if (!Number.isSafeInteger(newWatermark) || newWatermark < 0) throw new RangeError('bad watermark');
      if (fingerprintOf(newIndex.schema, newIndex.analyzer) !== fingerprint) {
        throw new RangeError('the rebuilt index has another schema or analyzer than the store');
      }
      index = newIndex;
      watermark = newWatermark;
      snapshotAndNewLog();
    },
    compact(compactOptions) {
      if (logFd === undefined) throw new Error('index store is closed');
      const drop = compactOptions?.dropTombstones ?? index.tombstoneRatio >= tombstoneRatio;
      if (drop) index.compact();
      snapshotAndNewLog();
    },
    close() {
      if (logFd !== undefined) fs.closeSync(logFd);
      logFd = undefined;
    },
  };
  return store;
}
