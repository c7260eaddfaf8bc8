import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREDICTOR } from './ipcPredictor';
import { ReferenceIndex, SubclassClassifier } from './subclassClassifier';
import {
  type CatalogueFingerprint,
  deserialiseClassifier,
  isStale,
  loadClassifier,
  saveClassifier,
  serialiseClassifier,
} from './subclassClassifierFile';
import { type LabelledText, trainLinearModel } from './subclassModel';

const D = 4;
const examples: LabelledText[] = [
  { tokens: ['电池', '锂'], vector: Float32Array.from([1, 0, 0, 0]), subclasses: ['H01M'] },
  { tokens: ['电池', '正极'], vector: Float32Array.from([0.9, 0.1, 0, 0]), subclasses: ['H01M'] },
  { tokens: ['中药', '制剂'], vector: Float32Array.from([0, 0, 1, 0]), subclasses: ['A61K', 'A61P'] },
  { tokens: ['中药', '胶囊'], vector: Float32Array.from([0, 0.1, 0.9, 0]), subclasses: ['A61K'] },
];
const fingerprint: CatalogueFingerprint = {
  model: 'bge-small-zh-v1.5',
  features: 'hybrid',
  patents: 4,
  watermark: 17,
  trainedAt: '2026-12-01T08:00:00.000Z',
};

function classifier(): SubclassClassifier {
  const model = trainLinearModel(examples, {
    features: 'hybrid',
    dimensions: D,
    epochs: 3,
    batchSize: 2,
    minDocumentFrequency: 1,
  });
  return new SubclassClassifier(
    model,
    {
      features: 'hybrid',
      predictor: {
        ...DEFAULT_PREDICTOR,
        weights: { dense: 0.2, lexical: 0.2, centroid: 0, linear: 0.5, reference: 0.1 },
      },
      decision: { threshold: 0.17, maxLabels: 4 },
    },
    null,
    new ReferenceIndex([{ vector: Float32Array.from([0, 0, 0, 1]), subclass: 'G06F' }], D),
  );
}

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('classifier file', () => {
  it('round-trips: the loaded classifier ranks exactly as the saved one', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-classifier-'));
    const file = path.join(dir, 'sub', 'classifier.bin');
    const c = classifier();
    saveClassifier(file, c, fingerprint);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
    const loaded = loadClassifier(file);
    expect(loaded.reason).toBeNull();
    expect(loaded.fingerprint).toEqual(fingerprint);
    const back = loaded.classifier!;
    expect(back.settings).toEqual(c.settings);
    expect(back.reference!.size).toBe(1);
    for (const e of examples) {
      const input = { tokens: e.tokens, vector: e.vector, lexical: [], dense: [], centroids: [] };
      expect(back.rank(input)).toEqual(c.rank(input));
    }
    expect(back.model!.parameters.vocabulary).toEqual(c.model!.parameters.vocabulary);
  });

  it('round-trips the format-2 parts: one-vs-rest model, character n-grams, relative floor, companions', () => {
    const model = trainLinearModel(examples, {
      features: 'hybrid',
      dimensions: D,
      epochs: 3,
      batchSize: 2,
      minDocumentFrequency: 1,
      loss: 'sigmoid',
    });
    const base = classifier();
    const c = new SubclassClassifier(
      model,
      {
        ...base.settings,
        charNgrams: [2],
        decision: { threshold: 0.12, ratio: 0.3, maxLabels: 5 },
        companions: { weight: 0.2, given: { A61K: [['A61P', 0.5]] } },
      },
      null,
      base.reference,
    );
    const back = deserialiseClassifier(serialiseClassifier(c, fingerprint)).classifier!;
    expect(back.settings).toEqual(c.settings);
    expect(back.model!.parameters.loss).toBe('sigmoid');
    for (const e of examples) {
      const input = { tokens: e.tokens, vector: e.vector, lexical: [], dense: [], centroids: [] };
      expect(back.rank(input)).toEqual(c.rank(input));
    }
  });

  it('still reads a format-1 file (softmax, no n-grams, no floor, no companions) and ranks as before', () => {
    const c = classifier();
    const buf = serialiseClassifier(c, fingerprint);
    // Rewrite it as format 1 wrote it: magic, header without the model's loss, padding, the same arrays.
    const magic = 'ZHSC 2\n'.length;
    const jsonLength = buf.readUInt32LE(magic);
    const head = magic + 4 + jsonLength;
    const arrays = buf.subarray(head + ((4 - (head % 4)) % 4));
    const header = JSON.parse(buf.subarray(magic + 4, head).toString('utf8'));
    header.format = 1;
    delete header.model.loss;
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length);
    const oldHead = magic + 4 + json.length;
    const old = Buffer.concat([
      Buffer.from('ZHSC 1\n'),
      length,
      json,
      Buffer.alloc((4 - (oldHead % 4)) % 4),
      arrays,
    ]);
    const loaded = deserialiseClassifier(old);
    expect(loaded.reason).toBeNull();
    expect(loaded.classifier!.model!.parameters.loss).toBe('softmax');
    for (const e of examples) {
      const input = { tokens: e.tokens, vector: e.vector, lexical: [], dense: [], centroids: [] };
      expect(loaded.classifier!.rank(input)).toEqual(c.rank(input));
    }
  });

  it.each([
    ['another format', (b: Buffer) => Buffer.concat([Buffer.from('ZHSC 9\n'), b.subarray(7)]), /format/],
    ['truncated arrays', (b: Buffer) => b.subarray(0, b.length - 8), /truncated|match/],
    ['truncated header', (b: Buffer) => b.subarray(0, 20), /truncated|unreadable/],
    ['not a classifier file', () => Buffer.from('hello'), /not a classifier file/],
  ])('refuses %s with a reason (the caller trains anew)', (_name, damage, reason) => {
    const loaded = deserialiseClassifier(damage(serialiseClassifier(classifier(), fingerprint)));
    expect(loaded.classifier).toBeNull();
    expect(loaded.reason).toMatch(reason);
  });

  it('a missing file is a reason, not an error', () => {
    expect(loadClassifier(path.join(os.tmpdir(), 'zh-no-such-classifier.bin')).reason).toBe(
      'no classifier file',
    );
  });
});

describe('when to train again', () => {
  const now = new Date('2026-12-05T08:00:00.000Z');
  const same = { model: fingerprint.model, features: fingerprint.features, patents: 4, watermark: 17 };
  it.each([
    ['nothing changed', same, now, false],
    [
      'the embedding model vanished (lexical-only now)',
      { ...same, model: null, features: 'lexical' as const },
      now,
      true,
    ],
    ['the catalogue grew by more than 10 %', { ...same, patents: 5, watermark: 30 }, now, true],
    ['changed a little, recently trained', { ...same, watermark: 18 }, now, false],
    [
      'changed a little, trained over a week ago',
      { ...same, watermark: 18 },
      new Date('2026-12-09T08:00:01.000Z'),
      true,
    ],
    ['unchanged for over a week', same, new Date('2026-12-20T08:00:00.000Z'), false],
  ])('%s → stale %s', (_name, current, at, stale) => {
    const r = isStale(fingerprint, current, at);
    expect(r.stale).toBe(stale);
    expect(r.reason === null).toBe(!stale);
  });
});
