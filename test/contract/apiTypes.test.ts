/**
 * The web app's TypeScript view of the API is generated from the server's OpenAPI document
 * (web/src/api/generated/openapi.ts, by openapi-typescript), and web/src/api/contract.ts checks at compile time
 * that the web's hand-written response types accept what the server documents. This test keeps the generated
 * file true: it builds the app, asks for /api/openapi.json and generates again; a route or schema changed on
 * the server without `npm run api:types` fails here, and then the web's type check says which page it breaks.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MatchingPlatform, openMatchingPlatform } from '../../src/features/matching/testPlatform';
import { freshDatabase } from '../support/databases';

const GENERATED = path.resolve(import.meta.dirname, '../../web/src/api/generated/openapi.ts');
const HEADER =
  "// Generated from the server's OpenAPI document by `npm run api:types` (test/contract/apiTypes.test.ts).\n" +
  '// Do not edit: change the route schemas on the server and generate again.\n';

describe('web API types generated from the OpenAPI document', () => {
  let m: MatchingPlatform;
  beforeAll(async () => {
    m = await openMatchingPlatform(await freshDatabase('pglite'), { seed: false, embedder: null });
  });
  afterAll(async () => {
    await m?.close();
  });

  it('are what the server documents now', async () => {
    const doc = (await m.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Record<
      string,
      unknown
    >;
    const source = HEADER + astToString(await openapiTS(doc as never, { alphabetize: true }));
    if (process.env.UPDATE_API_TYPES === '1') fs.writeFileSync(GENERATED, source);
    const committed = fs.existsSync(GENERATED) ? fs.readFileSync(GENERATED, 'utf8') : '';
    expect(committed === source, 'web/src/api/generated/openapi.ts is stale: run `npm run api:types`').toBe(
      true,
    );
  });
});
