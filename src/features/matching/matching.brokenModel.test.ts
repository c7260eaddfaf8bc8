import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { MODEL_FILES, MODEL_NAME } from './embedder';
import { lexicalFallbackSuite } from './lexicalFallbackSuite';

/** In its own file (process): onnxruntime may not load another model in a process where one failed. */
describe('a model directory whose files are there but unreadable: lexical-only, never a crash', () => {
  lexicalFallbackSuite(
    'a model directory with an unreadable model file',
    (dir) => {
      const d = path.join(dir, MODEL_NAME);
      for (const f of MODEL_FILES) {
        fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
        fs.writeFileSync(path.join(d, f), f.endsWith('.json') ? '{}' : 'not an onnx model');
      }
    },
    /could not be loaded/,
  );
});
