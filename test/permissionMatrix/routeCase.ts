/**
 * What the HTTP permission matrix knows about one write route: who may call it (from the pure role table
 * in accounts/permissions.ts wherever the route enforces one of its actions, else a rule of its own), and
 * how to build a request that would succeed for a permitted caller. `permissionMatrix.test.ts` runs every
 * route × every role × relation against the real application on both engines.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  type Action,
  type MatrixCell,
  permissionMatrix,
  type RefusalCode,
  type Relation,
  type RoleName,
  roleProfile,
} from '../../src/features/accounts';
import type { OrganisationKind } from '../../src/features/accounts/actor';
import type { World } from './world';

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Allowed: the request does what it asks (one of `RouteCase.success`). Refused: this status and `code`. */
export type Expected =
  | { allowed: true }
  | { allowed: false; status: 401 | 403 | 404; code?: RefusalCode | 'FORBIDDEN' | 'NOT_FOUND' };

/** One cell: a role, whether the object belongs to the caller's organisation, and the caller's session. */
export interface Cell {
  role: RoleName;
  relation: Relation;
  /** The organisation whose object the request concerns: the caller's for `own`, another for `other`. */
  ownerOrganisationId: number;
  /** Cookie + CSRF headers of the caller (empty for the anonymous public). */
  headers: Record<string, string>;
}

export interface RouteCase {
  method: WriteMethod;
  /** The route as registered, prefix included (`/api/v1/users/:id`). */
  url: string;
  /** Who may call it. */
  expect(role: RoleName, relation: Relation): Expected;
  /** Relations to walk; `['other']` for routes that concern no organisation's object. */
  relations: readonly Relation[];
  /**
   * Builds one cell's request, creating through the API (as set-up users, never as the caller) or in SQL
   * whatever object it needs. Called afresh for every cell, so an allowed write never spoils the next cell.
   */
  request(world: World, cell: Cell): Promise<InjectOptions>;
  /** HTTP status of a permitted request. */
  success: number;
  /** A permitted request appends an audit entry (default). `false` for calculators and jobs audited later. */
  audited?: boolean | ((cell: Cell) => boolean);
  /** Waits for work the request started in the background, so it cannot write during the next cell. */
  settle?(world: World, response: LightMyRequestResponse): Promise<void>;
  /** Why the route's rule is what it is, when it is not one action of the role table. */
  note?: string;
}

const cells = new Map<string, MatrixCell>(
  permissionMatrix().map((c) => [`${c.role}|${c.action}|${c.relation}`, c]),
);

/** The verdict of `authorize` for this role, action and relation, as the HTTP answer it must give. */
export function fromRoleTable(action: Action, role: RoleName, relation: Relation): Expected {
  const cell = cells.get(`${role}|${action}|${relation}`);
  if (!cell) throw new Error(`no matrix cell for ${role} ${action} ${relation}`);
  if (cell.allowed) return { allowed: true };
  return { allowed: false, status: cell.code === 'SIGN_IN_REQUIRED' ? 401 : 403, code: cell.code };
}

/** The route enforces `action` of the role table. */
export const byAction =
  (action: Action) =>
  (role: RoleName, relation: Relation): Expected =>
    fromRoleTable(action, role, relation);

export const ALLOWED: Expected = { allowed: true };
export const SIGN_IN_REQUIRED: Expected = { allowed: false, status: 401, code: 'SIGN_IN_REQUIRED' };
export const FORBIDDEN: Expected = { allowed: false, status: 403, code: 'FORBIDDEN' };
export const HIDDEN: Expected = { allowed: false, status: 404 };

/** Anyone, signed in or not (sign-in forms, the public fee helper). */
export const everyone = (): Expected => ALLOWED;
/** Any signed-in user; the public gets a 401. */
export const signedIn = (role: RoleName): Expected => (role === 'anonymous' ? SIGN_IN_REQUIRED : ALLOWED);

export function kindOf(role: RoleName): OrganisationKind | null {
  return roleProfile(role)?.organisationKind ?? null;
}
export function isPlatformAdmin(role: RoleName): boolean {
  return roleProfile(role)?.isPlatformAdmin ?? false;
}
/** Service organisations and the IP administration (the role table's operators). */
export function isOperator(role: RoleName): boolean {
  const kind = kindOf(role);
  return kind === 'service_organisation' || kind === 'government';
}

/** A multipart/form-data upload of one text file in the field `file`. */
export function upload(url: string, cell: Cell, fileName: string, content: string): InjectOptions {
  const boundary = 'permissionMatrixBoundary';
  return {
    method: 'POST',
    url,
    headers: { ...cell.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        `Content-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    ),
  };
}

/** Shorthand for a JSON request. */
export function json(
  method: WriteMethod,
  url: string,
  cell: Cell,
  payload?: unknown,
  headers: Record<string, string> = {},
): InjectOptions {
  return {
    method,
    url,
    headers: { ...cell.headers, ...headers },
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  };
}
