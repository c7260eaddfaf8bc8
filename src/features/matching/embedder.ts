import fs from 'node:fs';
import path from 'node:path';

/**
 * The sentence-embedding model: BAAI/bge-small-zh-v1.5 (MIT), int8 ONNX as published for transformers.js,
 * run offline through `@huggingface/transformers` from a local directory (`ZHUANHUA_MODEL_DIR`, default
 * `./models`, holding `bge-small-zh-v1.5/`). `npm run model:fetch` puts it there (scripts/fetch-model.mjs).
 *
 * Without the model the platform runs lexical-only: {@link loadEmbedder} answers with the reason instead of
 * throwing, and every caller treats a missing embedder as "no dense signal".
 */
export const MODEL_NAME = 'bge-small-zh-v1.5';
export const MODEL_DIMENSIONS = 512;
/** sha256 of `onnx/model_quantized.onnx`, checked by scripts/fetch-model.mjs. */
export const MODEL_SHA256 = '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc';
export const MODEL_FILES = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'onnx/model_quantized.onnx',
] as const;

/** Characters of a text that are embedded; the rest adds time (attention is quadratic) and little meaning. */
export const MAX_EMBED_CHARS = 256;

export interface Embedder {
  readonly model: string;
  readonly dimensions: number;
  /** L2-normalised CLS embeddings, one per text, in input order. Batches internally, shortest texts together. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

export type ModelStatus =
  | { available: true; directory: string }
  | { available: false; directory: string; missing: string[] };

/** Which model files are present (no loading, no hashing: cheap enough for every start). */
export function modelStatus(modelDir: string): ModelStatus {
  const directory = path.join(modelDir, MODEL_NAME);
  const missing = MODEL_FILES.filter((f) => !fs.existsSync(path.join(directory, f)));
  return missing.length ? { available: false, directory, missing } : { available: true, directory };
}

export interface EmbedderOptions {
  /** Texts per model call (default 32). Texts are sorted by length first so a batch pads little. */
  batchSize?: number;
  /**
   * ONNX intra-op threads (default 1). Measured on the 2-core machine: one thread per call gives more titles
   * per second than two, because tokenising and padding run on the main thread in between.
   */
  threads?: number;
}

type Extractor = (
  texts: string[],
  options: { pooling: 'cls'; normalize: boolean },
) => Promise<{ data: Float32Array; dims: number[] }>;

/**
 * Loads the model from `modelDir`, offline. Resolves `{ embedder: null, reason }` when the files are
 * missing or the runtime cannot load them, so the caller can fall back to lexical matching and say why.
 */
export async function loadEmbedder(
  modelDir: string,
  options: EmbedderOptions = {},
): Promise<{ embedder: Embedder; reason: null } | { embedder: null; reason: string }> {
  const status = modelStatus(modelDir);
  if (!status.available)
    return {
      embedder: null,
      reason: `model ${MODEL_NAME} not found in ${status.directory} (missing ${status.missing.join(', ')}); run npm run model:fetch`,
    };
  try {
    const transformers = await import('@huggingface/transformers');
    const { env } = transformers;
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    // Local files need no cache copy.
    env.useFSCache = false;
    env.useBrowserCache = false;
    // Note: after a directory failed to load, onnxruntime in the same process may fail on the next one too;
    // a process loads one model directory (ZHUANHUA_MODEL_DIR), and the broken-model test runs in its own file.
    env.localModelPath = `${path.resolve(modelDir)}${path.sep}`;
    const extractor = (await transformers.pipeline('feature-extraction', MODEL_NAME, {
      dtype: 'q8',
      session_options: { intraOpNumThreads: options.threads ?? 1, interOpNumThreads: 1 },
    })) as unknown as Extractor & { dispose(): Promise<void> };
    return { embedder: new OnnxEmbedder(extractor, options.batchSize ?? 32), reason: null };
  } catch (err) {
    return { embedder: null, reason: `model ${MODEL_NAME} could not be loaded: ${(err as Error).message}` };
  }
}

/** Whitespace collapsed, cut to {@link MAX_EMBED_CHARS}. Empty texts become a single space (the model needs a token). */
export function embeddingInput(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().slice(0, MAX_EMBED_CHARS);
  return t || ' ';
}

class OnnxEmbedder implements Embedder {
  readonly model = MODEL_NAME;
  readonly dimensions = MODEL_DIMENSIONS;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly extractor: Extractor & { dispose(): Promise<void> },
    private readonly batchSize: number,
  ) {}

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    // One model call at a time: concurrent calls would only fight over the same cores.
    const run = this.queue.then(() => this.embedNow(texts));
    this.queue = run.catch(() => {});
    return run;
  }

  private async embedNow(texts: readonly string[]): Promise<Float32Array[]> {
    const inputs = texts.map(embeddingInput);
    const order = inputs.map((_, i) => i).sort((a, b) => inputs[a]!.length - inputs[b]!.length);
    const out: Float32Array[] = new Array(texts.length);
    const D = this.dimensions;
    for (let s = 0; s < order.length; s += this.batchSize) {
      const idx = order.slice(s, s + this.batchSize);
      const res = await this.extractor(
        idx.map((i) => inputs[i]!),
        { pooling: 'cls', normalize: true },
      );
      idx.forEach((i, j) => {
        out[i] = res.data.slice(j * D, (j + 1) * D);
      });
    }
    return out;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.extractor.dispose();
  }
}
