/**
 * The HTTP permission matrix: every write route (POST/PUT/PATCH/DELETE) registered in the real application
 * × every role (each organisation kind as administrator and member, platform administrator, the public) ×
 * own/other object, on both database engines. A permitted call must succeed and be audited; a refused one
 * must answer 401/403 (or the route's 404) with its code, and write nothing to the audit log.
 *
 * Expectations come from the pure role table (`permissionMatrix()` in accounts/permissions.ts) wherever a
 * route enforces one of its actions; cases/<feature>.ts say which, and how to build a request. A write
 * route that has no case fails the first test, so a new route cannot slip through unchecked.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_NAMES } from '../../src/features/accounts';
import { registeredRoutes } from '../../src/platform/http/httpServer';
import { ENGINES } from '../support/databases';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { ROUTE_CASES } from './cases';
import type { Cell, Expected, RouteCase } from './routeCase';
import { buildWorld, type World } from './world';

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const key = (method: string, url: string) => `${method} ${url}`;

/** Routes whose success is not itself a stored change, or is audited later by a background job. */
function audited(c: RouteCase, cell: Cell): boolean {
  if (c.audited === undefined) return true;
  return typeof c.audited === 'function' ? c.audited(cell) : c.audited;
}

async function topSeq(world: World): Promise<number> {
  const r = await world.db.query<{ n: number }>('SELECT coalesce(max(seq), 0)::int8 AS n FROM audit_log');
  return Number(r.rows[0]!.n);
}

function verdict(expected: Expected): string {
  return expected.allowed ? 'allowed' : `${expected.status}${expected.code ? ` ${expected.code}` : ''}`;
}

function check(c: RouteCase, expected: Expected, res: LightMyRequestResponse, wrote: number, cell: Cell) {
  const body = (() => {
    try {
      return res.json() as { code?: string };
    } catch {
      return {};
    }
  })();
  if (expected.allowed) {
    if (res.statusCode !== c.success)
      return `expected ${c.success}, got ${res.statusCode} ${res.body.slice(0, 300)}`;
    if (audited(c, cell) && wrote === 0) return 'allowed but wrote no audit entry';
    return null;
  }
  if (res.statusCode !== expected.status)
    return `expected ${verdict(expected)}, got ${res.statusCode} ${res.body.slice(0, 300)}`;
  if (!/^application\/problem\+json/.test(String(res.headers['content-type'])))
    return `refusal is not problem+json: ${res.headers['content-type']}`;
  if (expected.code && body.code !== expected.code)
    return `expected code ${expected.code}, got ${body.code ?? '(none)'}`;
  if (wrote !== 0) return `refused but wrote ${wrote} audit entries`;
  return null;
}

for (const engine of ENGINES) {
  describe(`HTTP permission matrix [${engine}]`, () => {
    let platform: TestPlatform;
    let world: World;

    beforeAll(async () => {
      platform = await startTestPlatform(engine);
      world = await buildWorld(platform.app, platform.runtime.db);
    }, 300_000);
    afterAll(async () => {
      await platform?.close();
    });

    it('has a case for every write route the application registers, and a route for every case', () => {
      const registered = new Set(
        registeredRoutes(platform.app)
          .filter((r) => WRITE.has(r.method))
          .map((r) => key(r.method, r.url)),
      );
      const covered = new Set(ROUTE_CASES.map((c) => key(c.method, c.url)));
      expect(registered.size).toBeGreaterThan(30);
      expect(
        [...registered].filter((r) => !covered.has(r)),
        'write routes without a matrix case',
      ).toEqual([]);
      expect(
        [...covered].filter((r) => !registered.has(r)),
        'cases for routes that do not exist',
      ).toEqual([]);
      expect(ROUTE_CASES.length, 'one case per route').toBe(covered.size);
    });

    for (const c of ROUTE_CASES) {
      it(`${c.method} ${c.url}`, async () => {
        const failures: string[] = [];
        for (const relation of c.relations) {
          for (const role of ROLE_NAMES) {
            const cell: Cell = {
              role,
              relation,
              ownerOrganisationId: world.ownerOf(role, relation),
              headers: world.sessions[role]?.headers ?? {},
            };
            const expected = c.expect(role, relation);
            const request = await c.request(world, cell);
            const before = await topSeq(world);
            const res = await platform.app.inject(request);
            if (c.settle) await c.settle(world, res);
            const wrote = (await topSeq(world)) - before;
            const problem = check(c, expected, res, wrote, cell);
            if (problem) failures.push(`${role} / ${relation} (${verdict(expected)}): ${problem}`);
          }
        }
        expect(failures).toEqual([]);
      }, 600_000);
    }
  });
}
