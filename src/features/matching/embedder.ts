import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** Where the model runs: on the calling thread, or in a child process of its own. */
  readonly runsIn?: 'main' | 'process';
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
   * per second than two, because tokenising and padding run on the same thread in between; and one thread
   * leaves the other core to the HTTP server.
   */
  threads?: number;
}

function transformersSessionOptions(threads: number) {
  return { intraOpNumThreads: threads, interOpNumThreads: 1 };
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
      session_options: transformersSessionOptions(options.threads ?? 1),
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

/**
 * Embeds `texts` in model calls of `batchSize`, shortest texts together (a batch pads to its longest text), and
 * puts the vectors back in input order. `run` embeds one batch and returns its vectors back to back.
 */
async function embedInBatches(
  texts: readonly string[],
  batchSize: number,
  dimensions: number,
  run: (batch: string[]) => Promise<Float32Array>,
): Promise<Float32Array[]> {
  const inputs = texts.map(embeddingInput);
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[a]!.length - inputs[b]!.length);
  const out: Float32Array[] = new Array(texts.length);
  for (let s = 0; s < order.length; s += batchSize) {
    const idx = order.slice(s, s + batchSize);
    const data = await run(idx.map((i) => inputs[i]!));
    idx.forEach((i, j) => {
      out[i] = data.slice(j * dimensions, (j + 1) * dimensions);
    });
  }
  return out;
}

class OnnxEmbedder implements Embedder {
  readonly model = MODEL_NAME;
  readonly dimensions = MODEL_DIMENSIONS;
  readonly runsIn = 'main' as const;
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

  private embedNow(texts: readonly string[]): Promise<Float32Array[]> {
    return embedInBatches(texts, this.batchSize, this.dimensions, async (batch) => {
      const res = await this.extractor(batch, { pooling: 'cls', normalize: true });
      return res.data;
    });
  }

  async close(): Promise<void> {
    await this.queue;
    await this.extractor.dispose();
  }
}

// The model in a child process ------------------------------------------------------------------------

type ChildReply =
  | { type: 'ready' }
  | { type: 'failed'; reason: string }
  | { id: number; dims: number[]; data: Float32Array }
  | { id: number; error: string };

/**
 * Loads the model in a child process of its own (embeddingProcess.mjs), for embedding the catalogue in the
 * background. onnxruntime-node runs inference synchronously on the thread that calls it, and tokenising is
 * JavaScript too, so on the server's thread every model call held up every HTTP request for its duration
 * (bench/embeddingNeighbour.ts measured searches waiting up to 4 s and query embeddings up to 8 s behind it).
 * In the child, the server's event loop only receives finished vectors. A worker thread would not do: the
 * onnxruntime binding can serve one thread per process, and queries keep their session on the server's
 * thread. `threads` defaults to 1: the child keeps to one core and leaves the other to the server.
 * Resolves `{ embedder: null, reason }` when the child cannot load the model.
 */
export async function loadProcessEmbedder(
  modelDir: string,
  options: EmbedderOptions = {},
): Promise<{ embedder: Embedder; reason: null } | { embedder: null; reason: string }> {
  const status = modelStatus(modelDir);
  if (!status.available)
    return { embedder: null, reason: `model ${MODEL_NAME} not found in ${status.directory}` };
  let child: ChildProcess;
  try {
    child = fork(
      fileURLToPath(new URL('./embeddingProcess.mjs', import.meta.url)),
      [
        JSON.stringify({
          localModelPath: `${path.resolve(modelDir)}${path.sep}`,
          model: MODEL_NAME,
          threads: options.threads ?? 1,
        }),
      ],
      // A plain node: no loader flags of the parent (tsx, vitest), nothing on the parent's stdin/stdout.
      { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
  } catch (err) {
    return { embedder: null, reason: `embedding process could not start: ${(err as Error).message}` };
  }
  const first = await new Promise<ChildReply | { type: 'exit'; reason: string }>((resolve) => {
    child.once('message', (m) => resolve(m as ChildReply));
    child.once('error', (err) => resolve({ type: 'exit', reason: err.message }));
    child.once('exit', (code) => resolve({ type: 'exit', reason: `exit code ${code}` }));
  });
  child.removeAllListeners();
  if (!('type' in first) || first.type !== 'ready') {
    child.kill();
    const reason = 'reason' in first ? first.reason : 'unexpected first message';
    return { embedder: null, reason: `model ${MODEL_NAME} could not be loaded in its process: ${reason}` };
  }
  return { embedder: new ProcessEmbedder(child, options.batchSize ?? 32), reason: null };
}

class ProcessEmbedder implements Embedder {
  readonly model = MODEL_NAME;
  readonly dimensions = MODEL_DIMENSIONS;
  readonly runsIn = 'process' as const;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (data: Float32Array) => void; reject: (err: Error) => void }
  >();
  /** Why the child is gone (it crashed or was closed); every later call fails with it. */
  private dead: Error | null = null;

  constructor(
    private readonly child: ChildProcess,
    private readonly batchSize: number,
  ) {
    // An idle child must not keep the parent alive; one with work in flight must (a CLI awaiting vectors).
    this.hold(false);
    child.on('message', (reply: ChildReply) => {
      if (!('id' in reply)) return;
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.hold(false);
      if ('error' in reply) w.reject(new Error(`embedding process: ${reply.error}`));
      else w.resolve(reply.data);
    });
    const fail = (err: Error) => {
      this.dead ??= err;
      for (const w of this.waiting.values()) w.reject(this.dead);
      this.waiting.clear();
    };
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      fail(new Error(`embedding process exited (${signal ?? `code ${code}`})`)),
    );
  }

  private hold(on: boolean): void {
    if (on) {
      this.child.ref();
      this.child.channel?.ref();
    } else {
      this.child.unref();
      this.child.channel?.unref();
    }
  }

  /** False once the child crashed or was closed. */
  get alive(): boolean {
    return this.dead === null;
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    const run = this.queue.then(() =>
      embedInBatches(texts, this.batchSize, this.dimensions, (batch) => this.call(batch)),
    );
    this.queue = run.catch(() => {});
    return run;
  }

  private call(texts: string[]): Promise<Float32Array> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<Float32Array>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.hold(true);
      this.child.send({ id, texts });
    });
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.dead || this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.hold(true);
    this.child.send({ type: 'close' });
    // It ends by itself once the session is released; a stuck one is stopped.
    const timer = setTimeout(() => this.child.kill(), 5_000);
    timer.unref();
    await exited;
    clearTimeout(timer);
  }
}

/** Whether an embedder can still be used (a child process may have crashed). */
export function embedderAlive(e: Embedder): boolean {
  return !(e instanceof ProcessEmbedder) || e.alive;
}
