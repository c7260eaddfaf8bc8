import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Decision, PredictorSettings } from './ipcPredictor';
import {
  type ClassifierReport,
  type ClassifierSettings,
  ReferenceIndex,
  SubclassClassifier,
} from './subclassClassifier';
import { type FeatureSet, LinearSubclassModel, type LossKind } from './subclassModel';

/**
 * A trained {@link SubclassClassifier} in one file, so the platform trains it periodically (minutes for a
 * large catalogue) and a restart or a `zhuanhua classify` run loads it in well under a second.
 *
 * Layout: the magic line `ZHSC <format>\n`, a uint32 (little-endian) byte length, a JSON header (settings,
 * report, labels, vocabulary, the catalogue fingerprint it was trained on, and the offset and length of each
 * array), zero padding to a multiple of 4, then the float32 arrays (little-endian) back to back. Written to
 * `<file>.tmp`, fsynced, renamed: a crash leaves the old file or the new one, never half of one.
 * {@link loadClassifier} refuses (null with the reason) a file of another format, a truncated one, or one whose
 * header does not match its arrays; the caller then trains anew.
 */
export const CLASSIFIER_FILE_FORMAT = 2;
/**
 * Formats still read: 1 had no model `loss` (softmax), no character n-grams, no relative floor and no
 * companions; each absent field means exactly that, so a format-1 file classifies as it did.
 */
const READABLE_FORMATS: readonly number[] = [1, 2];
const magicOf = (format: number) => Buffer.from(`ZHSC ${format}\n`, 'ascii');
const MAGIC = `ZHSC ${CLASSIFIER_FILE_FORMAT}\n`;

/** What the classifier was trained on, for deciding when to train again ({@link isStale}). */
export interface CatalogueFingerprint {
  /** Embedding model name, or null for a lexical-only classifier. */
  readonly model: string | null;
  readonly features: FeatureSet;
  /** Labelled patents it learned from. */
  readonly patents: number;
  /** Catalogue change sequence it had seen. */
  readonly watermark: number;
  /** ISO timestamp. */
  readonly trainedAt: string;
}

interface ArrayRef {
  readonly offset: number;
  readonly length: number;
}

interface Header {
  format: number;
  fingerprint: CatalogueFingerprint;
  settings: { features: FeatureSet; predictor: PredictorSettings; decision: Decision };
  report: ClassifierReport | null;
  model: {
    features: FeatureSet;
    labels: string[];
    vocabulary: string[];
    documents: number;
    epochs: number;
    /** Absent in format 1: softmax. */
    loss?: LossKind;
    arrays: Record<'idf' | 'mean' | 'scale' | 'denseWeights' | 'lexicalWeights' | 'bias', ArrayRef>;
  } | null;
  reference: { dimensions: number; subclasses: string[]; vectors: ArrayRef } | null;
}

const LITTLE_ENDIAN = os.endianness() === 'LE';

function le(a: Float32Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength));
  const b = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) b.writeFloatLE(a[i]!, i * 4);
  return b;
}

export function serialiseClassifier(c: SubclassClassifier, fingerprint: CatalogueFingerprint): Buffer {
  const blobs: Buffer[] = [];
  let offset = 0;
  const put = (a: Float32Array): ArrayRef => {
    const ref = { offset, length: a.length };
    blobs.push(le(a));
    offset += a.length * 4;
    return ref;
  };
  const p = c.model?.parameters ?? null;
  const reference = c.reference?.export() ?? null;
  const header: Header = {
    format: CLASSIFIER_FILE_FORMAT,
    fingerprint,
    settings: c.settings as Header['settings'],
    report: c.report,
    model: p
      ? {
          features: p.features,
          labels: [...p.labels],
          vocabulary: [...p.vocabulary],
          documents: p.documents,
          epochs: p.epochs,
          loss: p.loss ?? 'softmax',
          arrays: {
            idf: put(p.idf),
            mean: put(p.mean),
            scale: put(p.scale),
            denseWeights: put(p.denseWeights),
            lexicalWeights: put(p.lexicalWeights),
            bias: put(p.bias),
          },
        }
      : null,
    reference: reference
      ? {
          dimensions: reference.dimensions,
          subclasses: reference.subclasses,
          vectors: put(reference.vectors),
        }
      : null,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const magic = Buffer.from(MAGIC, 'ascii');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const head = magic.length + 4 + json.length;
  const padding = Buffer.alloc((4 - (head % 4)) % 4);
  return Buffer.concat([magic, length, json, padding, ...blobs]);
}

export type Loaded =
  | { classifier: SubclassClassifier; fingerprint: CatalogueFingerprint; reason: null }
  | { classifier: null; fingerprint: null; reason: string };

export function deserialiseClassifier(buf: Buffer): Loaded {
  const fail = (reason: string): Loaded => ({ classifier: null, fingerprint: null, reason });
  const magic = READABLE_FORMATS.map(magicOf).find(
    (m) => buf.length >= m.length + 4 && buf.subarray(0, m.length).equals(m),
  );
  if (!magic) return fail(`not a classifier file of format ${READABLE_FORMATS.join(' or ')}`);
  const jsonLength = buf.readUInt32LE(magic.length);
  const jsonStart = magic.length + 4;
  if (jsonStart + jsonLength > buf.length) return fail('truncated header');
  let header: Header;
  try {
    header = JSON.parse(buf.subarray(jsonStart, jsonStart + jsonLength).toString('utf8')) as Header;
  } catch {
    return fail('unreadable header');
  }
  if (!READABLE_FORMATS.includes(header.format) || !magic.equals(magicOf(header.format)))
    return fail(`format ${header.format}, expected ${READABLE_FORMATS.join(' or ')}`);
  const head = jsonStart + jsonLength;
  const dataStart = head + ((4 - (head % 4)) % 4);
  const read = (ref: ArrayRef): Float32Array | null => {
    const start = dataStart + ref.offset;
    if (ref.offset < 0 || ref.length < 0 || start + ref.length * 4 > buf.length) return null;
    // A copy: aligned, and independent of the (possibly pooled) file buffer.
    if (LITTLE_ENDIAN)
      return new Float32Array(
        buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + ref.length * 4),
      );
    const out = new Float32Array(ref.length);
    for (let i = 0; i < ref.length; i++) out[i] = buf.readFloatLE(start + i * 4);
    return out;
  };
  let model: LinearSubclassModel | null = null;
  if (header.model) {
    const m = header.model;
    const arrays = Object.fromEntries(Object.entries(m.arrays).map(([k, ref]) => [k, read(ref)])) as Record<
      keyof typeof m.arrays,
      Float32Array | null
    >;
    if (Object.values(arrays).some((a) => a === null)) return fail('truncated arrays');
    const C = m.labels.length;
    const D = arrays.mean!.length;
    if (
      arrays.bias!.length !== C ||
      arrays.scale!.length !== D ||
      arrays.denseWeights!.length !== C * D ||
      arrays.idf!.length !== m.vocabulary.length ||
      arrays.lexicalWeights!.length !== m.vocabulary.length * C
    )
      return fail('array sizes do not match the header');
    model = new LinearSubclassModel({
      features: m.features,
      labels: m.labels,
      vocabulary: m.vocabulary,
      documents: m.documents,
      epochs: m.epochs,
      loss: m.loss ?? 'softmax',
      idf: arrays.idf!,
      mean: arrays.mean!,
      scale: arrays.scale!,
      denseWeights: arrays.denseWeights!,
      lexicalWeights: arrays.lexicalWeights!,
      bias: arrays.bias!,
    });
  }
  let reference: ReferenceIndex | null = null;
  if (header.reference) {
    const r = header.reference;
    const vectors = read(r.vectors);
    if (!vectors || vectors.length !== r.subclasses.length * r.dimensions)
      return fail('reference vectors do not match the header');
    reference = ReferenceIndex.fromExport({ dimensions: r.dimensions, subclasses: r.subclasses, vectors });
  }
  const settings: ClassifierSettings = header.settings;
  return {
    classifier: new SubclassClassifier(model, settings, header.report, reference),
    fingerprint: header.fingerprint,
    reason: null,
  };
}

export function saveClassifier(file: string, c: SubclassClassifier, fingerprint: CatalogueFingerprint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, serialiseClassifier(c, fingerprint));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function loadClassifier(file: string): Loaded {
  if (!fs.existsSync(file)) return { classifier: null, fingerprint: null, reason: 'no classifier file' };
  return deserialiseClassifier(fs.readFileSync(file));
}

export interface StalenessPolicy {
  /** Train again when the number of labelled patents changed by more than this share (default 0.1). */
  readonly changeShare?: number;
  /** …or when the classifier is older than this many days and anything changed (default 7). */
  readonly maxAgeDays?: number;
}

/**
 * Whether a saved classifier should be trained again for the catalogue as it is now: another embedding model
 * or feature set (the model appeared or vanished), the catalogue grew or shrank by more than `changeShare`,
 * or it is older than `maxAgeDays` and the catalogue changed since. Pure; `now` is passed in.
 */
export function isStale(
  saved: CatalogueFingerprint,
  current: { model: string | null; features: FeatureSet; patents: number; watermark: number },
  now: Date,
  policy: StalenessPolicy = {},
): { stale: boolean; reason: string | null } {
  if (saved.model !== current.model || saved.features !== current.features)
    return { stale: true, reason: `trained for ${saved.features} (${saved.model ?? 'no model'})` };
  const share = policy.changeShare ?? 0.1;
  const changed = Math.abs(current.patents - saved.patents);
  if (changed > share * Math.max(saved.patents, 1))
    return { stale: true, reason: `catalogue changed from ${saved.patents} to ${current.patents} patents` };
  const ageDays = (now.getTime() - Date.parse(saved.trainedAt)) / 86_400_000;
  if (current.watermark !== saved.watermark && !(ageDays <= (policy.maxAgeDays ?? 7)))
    return { stale: true, reason: `trained ${Math.floor(ageDays)} days ago and the catalogue changed since` };
  return { stale: false, reason: null };
}
