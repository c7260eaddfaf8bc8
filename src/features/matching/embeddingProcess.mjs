// The embedding model in a child process of its own (see embedder.ts, loadProcessEmbedder): tokenising and
// ONNX inference run here, so the HTTP server's event loop never waits for catalogue embedding. A process,
// not a worker thread: onnxruntime-node's binding may be used from one thread per process only (a session in a
// worker next to one on the main thread aborts the process), and queries keep their session on the server's
// thread. Plain JavaScript: the process is started without the TypeScript loader of its parent (tsx, vitest).
//
// Protocol (IPC with advanced serialization): argv[2] is JSON { localModelPath, model, threads }; sends
// { type: 'ready' } or { type: 'failed', reason } once; then answers each { id, texts } with
// { id, dims, data: Float32Array } or { id, error }; { type: 'close' } releases the session and exits.
// It exits when its parent goes (the IPC channel closes).
const options = JSON.parse(process.argv[2] ?? '{}');

process.on('disconnect', () => process.exit(0));

let extractor = null;
try {
  const transformers = await import('@huggingface/transformers');
  const { env } = transformers;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.localModelPath = options.localModelPath;
  extractor = await transformers.pipeline('feature-extraction', options.model, {
    dtype: 'q8',
    session_options: { intraOpNumThreads: options.threads, interOpNumThreads: 1 },
  });
  process.send({ type: 'ready' });
} catch (err) {
  process.send({ type: 'failed', reason: err instanceof Error ? err.message : String(err) });
}

process.on('message', async (message) => {
  if (message.type === 'close') {
    await extractor?.dispose();
    process.disconnect();
    return;
  }
  const { id, texts } = message;
  try {
    if (!extractor) throw new Error('the model is not loaded');
    const out = await extractor(texts, { pooling: 'cls', normalize: true });
    process.send({ id, dims: out.dims, data: Float32Array.from(out.data) });
  } catch (err) {
    process.send({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
