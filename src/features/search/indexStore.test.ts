import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bm25fIndex, type IndexSchema, type SearchRequest } from './bm25fIndex';
import { IncompatibleIndexError, type IndexChange, openIndexStore } from './indexStore';
import { loadTitles } from './testCorpus';

const schema: IndexSchema = {
  fields: [{ name: 'title', weight: 3 }, { name: 'abstract' }],
  facets: ['ipc'],
  sortKeys: ['filingDate'],
};

const titles = loadTitles().slice(0, 600);
const upserts = (from: number, to: number): IndexChange[] =>
  titles.slice(from, to).map((t, i) => ({
    op: 'upsert',
    doc: {
      key: from + i + 1,
      fields: { title: t.title },
      facets: { ipc: t.ipcSubclasses },
      sort: { filingDate: 20200101 + from + i },
    },
  }));

const QUERIES: SearchRequest[] = [
  { text: '装置', facets: ['ipc'], limit: 20 },
  { text: '无人机 系统', match: 'any', limit: 20 },
  { text: '方法', filters: { ipc: ['G06F'] }, sort: { key: 'filingDate', order: 'desc' }, limit: 15 },
  { filters: { ipc: ['H04L', 'H04N'] }, facets: ['ipc'], limit: 5, offset: 3 },
];

function sameAnswers(a: Bm25fIndex, b: Bm25fIndex): void {
  expect(b.size).toBe(a.size);
  for (const q of QUERIES) expect(b.search(q)).toEqual(a.search(q));
}

describe('indexStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-search-store-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a new directory opens empty at watermark 0', () => {
    const store = openIndexStore({ directory: dir, schema });
    expect(store.watermark).toBe(0);
    expect(store.index.size).toBe(0);
    expect(store.opened.from).toBe('empty');
    store.close();
  });

  it('round-trips a snapshot: same answers, same watermark, nothing replayed', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 300), 10);
    store.apply([...upserts(300, 400), { op: 'delete', key: 5 }], 20);
    store.compact();
    const log = fs.readFileSync(path.join(dir, 'changes.log'), 'utf8');
    expect(log.split('\n')).toHaveLength(2); // the header line only
    expect(store.logBytes).toBe(Buffer.byteLength(log));
    store.close();
    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.opened).toMatchObject({ from: 'snapshot', replayedBatches: 0 });
    expect(reopened.watermark).toBe(20);
    sameAnswers(store.index, reopened.index);
    reopened.close();
  });

  it('replays the log written after the snapshot, and keeps accepting changes after a reload', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 200), 1);
    store.compact();
    store.apply(upserts(200, 300), 2);
    store.apply([{ op: 'delete', key: 3 }, ...upserts(0, 10)], 3);
    store.close();

    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.opened).toMatchObject({ from: 'snapshot', replayedBatches: 2, tornBytes: 0 });
    expect(reopened.watermark).toBe(3);
    sameAnswers(store.index, reopened.index);

    // Appending to postings loaded from a snapshot (tail blocks full) must work too.
    reopened.apply(upserts(300, 600), 4);
    const fresh = new Bm25fIndex(schema);
    const sequence: IndexChange[] = [
      ...upserts(0, 300),
      { op: 'delete', key: 3 },
      ...upserts(0, 10),
      ...upserts(300, 600),
    ];
    for (const c of sequence) {
      if (c.op === 'upsert') fresh.upsert(c.doc);
      else fresh.delete(c.key);
    }
    expect(reopened.index.size).toBe(fresh.size);
    for (const q of QUERIES) {
      expect(reopened.index.search(q).hits.map((h) => h.key)).toEqual(fresh.search(q).hits.map((h) => h.key));
    }
    reopened.close();
  });

  it('ignores a torn last log line, cuts it off, and the watermark stays at the last whole batch', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 50), 7);
    store.apply(upserts(50, 100), 8);
    store.close();
    const logFile = path.join(dir, 'changes.log');
    const whole = fs.statSync(logFile).size;
    const torn = Buffer.from(JSON.stringify({ w: 9, c: upserts(100, 120) })).subarray(0, 500);
    fs.appendFileSync(logFile, torn);

    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.opened).toMatchObject({ from: 'log', replayedBatches: 2, tornBytes: 500 });
    expect(reopened.watermark).toBe(8);
    expect(reopened.index.size).toBe(100);
    expect(fs.statSync(logFile).size).toBe(whole);
    reopened.apply(upserts(100, 120), 9);
    reopened.close();
    const again = openIndexStore({ directory: dir, schema });
    expect(again.watermark).toBe(9);
    expect(again.index.size).toBe(120);
    again.close();
  });

  it('a damaged line in the middle of the log is corruption, not a torn write', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 5), 1);
    store.close();
    const logFile = path.join(dir, 'changes.log');
    fs.appendFileSync(logFile, '{"w":2,"c":[BROKEN\n');
    fs.appendFileSync(logFile, `${JSON.stringify({ w: 3, c: [] })}\n`);
    expect(() => openIndexStore({ directory: dir, schema })).toThrow(IncompatibleIndexError);
  });

  it('a crash after the snapshot rename but before the new log: the old log is not replayed twice', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 100), 1);
    const oldLog = fs.readFileSync(path.join(dir, 'changes.log'));
    store.apply([{ op: 'delete', key: 1 }], 2);
    const logWithDelete = fs.readFileSync(path.join(dir, 'changes.log'));
    store.compact();
    store.close();
    // Simulate the crash: the previous generation's log is still in place.
    fs.writeFileSync(path.join(dir, 'changes.log'), logWithDelete);
    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.opened.replayedBatches).toBe(0);
    expect(reopened.watermark).toBe(2);
    expect(reopened.index.has(1)).toBe(false);
    expect(reopened.index.size).toBe(99);
    reopened.close();
    expect(oldLog.byteLength).toBeLessThan(logWithDelete.byteLength);
  });

  it('a crash while writing the snapshot keeps the old snapshot and log', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 100), 1);
    store.compact();
    store.apply(upserts(100, 150), 2);
    store.close();
    fs.writeFileSync(path.join(dir, 'snapshot.bin.tmp'), 'half a snapshot');
    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.watermark).toBe(2);
    expect(reopened.index.size).toBe(150);
    expect(fs.existsSync(path.join(dir, 'snapshot.bin.tmp'))).toBe(false);
    reopened.close();
  });

  it('refuses watermarks that go backwards and batches that would not replay', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 2), 5);
    expect(() => store.apply(upserts(2, 3), 4)).toThrow(/below/);
    expect(() => store.apply([{ op: 'upsert', doc: { key: 99, fields: { nope: 'x' } } }], 6)).toThrow(
      /unknown field/,
    );
    expect(store.watermark).toBe(5);
    store.close();
    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.index.size).toBe(2);
    reopened.close();
  });

  it('detects a snapshot of another format version, schema or a truncated file', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 20), 1);
    store.compact();
    store.close();
    const file = path.join(dir, 'snapshot.bin');
    const good = fs.readFileSync(file);

    const otherSchema: IndexSchema = {
      ...schema,
      fields: [{ name: 'title', weight: 2 }, { name: 'abstract' }],
    };
    expect(() => openIndexStore({ directory: dir, schema: otherSchema })).toThrow(/another schema/);

    const otherVersion = Buffer.from(good);
    otherVersion.writeUInt32LE(999, 8);
    fs.writeFileSync(file, otherVersion);
    expect(() => openIndexStore({ directory: dir, schema })).toThrow(/format 999/);

    fs.writeFileSync(file, good.subarray(0, good.byteLength - 100));
    expect(() => openIndexStore({ directory: dir, schema })).toThrow(/truncated/);

    const reset = openIndexStore({ directory: dir, schema, ifIncompatible: 'reset' });
    expect(reset.opened.from).toBe('reset');
    expect(reset.opened.reason).toMatch(/truncated/);
    expect(reset.watermark).toBe(0);
    expect(reset.index.size).toBe(0);
    reset.close();
  });

  it('rebuild adopts an index built in memory and snapshots it', () => {
    const store = openIndexStore({ directory: dir, schema });
    store.apply(upserts(0, 10), 3);
    const built = new Bm25fIndex(schema);
    for (const c of upserts(0, 300)) if (c.op === 'upsert') built.upsert(c.doc);
    store.rebuild(built, 42);
    store.close();
    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.watermark).toBe(42);
    sameAnswers(built, reopened.index);
    reopened.close();
  });

  it('compacts automatically when the log grows past the limit', () => {
    const store = openIndexStore({ directory: dir, schema, autoCompactLogBytes: 20_000, durable: false });
    for (let i = 0; i < 10; i++) store.apply(upserts(i * 50, i * 50 + 50), i + 1);
    expect(fs.existsSync(path.join(dir, 'snapshot.bin'))).toBe(true);
    expect(store.logBytes).toBeLessThan(20_000);
    store.close();
    const reopened = openIndexStore({ directory: dir, schema });
    expect(reopened.watermark).toBe(10);
    expect(reopened.index.size).toBe(500);
    reopened.close();
  });
});
