/** Write routes of src/features/accounts (auth, organisations, users, tokens) and src/features/outbox. */
import { createOrganisation, createUser } from '../../support/auth';
import { byAction, type Cell, everyone, json, type RouteCase, signedIn } from '../routeCase';
import { API, type World } from '../world';

const BOTH = ['own', 'other'] as const;
const ONE = ['other'] as const;

/** A member of the cell's owner organisation, made in SQL (no audit entry, no e-mail). */
async function targetUser(w: World, cell: Cell) {
  return createUser(w.db, { organisationId: cell.ownerOrganisationId, role: 'member' });
}

/** The newest reset or invitation token e-mailed to `email` (the link's fragment, see ARCHITECTURE). */
async function mailedToken(w: World, email: string): Promise<string> {
  const r = await w.db.query<{ text_body: string }>(
    'SELECT text_body FROM email_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
    [email],
  );
  const token = /#token=([^&\s]+)/.exec(r.rows[0]?.text_body ?? '')?.[1];
  if (!token) throw new Error(`no reset link mailed to ${email}`);
  return decodeURIComponent(token);
}

export const accountsCases: RouteCase[] = [
  // --- sign-in forms: the public's, CSRF-exempt -------------------------------------------------
  {
    method: 'POST',
    url: `${API}/auth/login`,
    relations: ONE,
    expect: everyone,
    success: 200,
    request: async (w, cell) => {
      const { user } = await w.freshUser('university.member');
      return json('POST', `${API}/auth/login`, cell, { email: user.email, password: user.password });
    },
  },
  {
    method: 'POST',
    url: `${API}/auth/logout`,
    relations: ONE,
    expect: everyone,
    note: 'Signing out needs no session: the public gets the same 204 and cleared cookies.',
    success: 204,
    audited: (cell) => cell.role !== 'anonymous',
    // A fresh session per cell: signing out ends it.
    request: async (w, cell) => {
      const { session } = await w.freshUser(cell.role);
      return { method: 'POST', url: `${API}/auth/logout`, headers: session?.headers ?? {} };
    },
  },
  {
    method: 'POST',
    url: `${API}/auth/password`,
    relations: ONE,
    expect: signedIn,
    success: 204,
    request: async (w, cell) => {
      const { user, session } = await w.freshUser(cell.role);
      return {
        method: 'POST',
        url: `${API}/auth/password`,
        headers: session?.headers ?? {},
        payload: { currentPassword: user.password, newPassword: 'Matrix-rotated-passphrase-5' },
      };
    },
  },
  {
    method: 'POST',
    url: `${API}/auth/password-reset`,
    relations: ONE,
    expect: everyone,
    success: 202,
    request: async (w, cell) => {
      const { user } = await w.freshUser('enterprise.member');
      return json('POST', `${API}/auth/password-reset`, cell, { email: user.email });
    },
  },
  {
    method: 'POST',
    url: `${API}/auth/password-reset/confirm`,
    relations: ONE,
    expect: everyone,
    note: 'The e-mailed token is the authority, whoever holds it.',
    success: 200,
    request: async (w, cell) => {
      const { user } = await w.freshUser('enterprise.member');
      await w.call(
        { method: 'POST', url: `${API}/auth/password-reset`, payload: { email: user.email } },
        202,
      );
      return json('POST', `${API}/auth/password-reset/confirm`, cell, {
        token: await mailedToken(w, user.email),
        newPassword: 'Matrix-reset-passphrase-8',
      });
    },
  },

  // --- organisations: platform administrators ---------------------------------------------------
  {
    method: 'POST',
    url: `${API}/organisations`,
    relations: ONE,
    expect: byAction('organisation.manage'),
    success: 201,
    request: async (_w, cell) =>
      json('POST', `${API}/organisations`, cell, {
        name: `矩阵新机构 ${cell.role} ${Math.random()}`,
        kind: 'enterprise',
      }),
  },
  {
    method: 'PATCH',
    url: `${API}/organisations/:id`,
    relations: ONE,
    expect: byAction('organisation.manage'),
    success: 200,
    request: async (w, cell) =>
      json('PATCH', `${API}/organisations/${await createOrganisation(w.db, 'institute')}`, cell, {
        regionCode: '41',
      }),
  },
  {
    method: 'DELETE',
    url: `${API}/organisations/:id`,
    relations: ONE,
    expect: byAction('organisation.manage'),
    success: 204,
    request: async (w, cell) =>
      json('DELETE', `${API}/organisations/${await createOrganisation(w.db, 'other')}`, cell),
  },

  // --- users: platform administrators, and organisation administrators within their organisation --
  {
    method: 'POST',
    url: `${API}/users`,
    relations: BOTH,
    expect: byAction('user.manage'),
    success: 201,
    request: async (_w, cell) =>
      json('POST', `${API}/users`, cell, {
        email: `invited-${Math.random().toString(36).slice(2)}@matrix.test`,
        displayName: '新同事',
        organisationId: cell.ownerOrganisationId,
      }),
  },
  {
    method: 'PATCH',
    url: `${API}/users/:id`,
    relations: BOTH,
    expect: byAction('user.manage'),
    success: 200,
    request: async (w, cell) =>
      json('PATCH', `${API}/users/${(await targetUser(w, cell)).userId}`, cell, { displayName: '改名' }),
  },
  {
    method: 'DELETE',
    url: `${API}/users/:id`,
    relations: BOTH,
    expect: byAction('user.manage'),
    success: 204,
    request: async (w, cell) => json('DELETE', `${API}/users/${(await targetUser(w, cell)).userId}`, cell),
  },
  {
    method: 'POST',
    url: `${API}/users/:id/unlock`,
    relations: BOTH,
    expect: byAction('user.manage'),
    success: 204,
    request: async (w, cell) =>
      json('POST', `${API}/users/${(await targetUser(w, cell)).userId}/unlock`, cell),
  },
  {
    method: 'POST',
    url: `${API}/users/:id/password-link`,
    relations: BOTH,
    expect: byAction('user.manage'),
    success: 202,
    request: async (w, cell) =>
      json('POST', `${API}/users/${(await targetUser(w, cell)).userId}/password-link`, cell),
  },

  // --- API tokens: one's own (organisation administrators also their colleagues') -----------------
  {
    method: 'POST',
    url: `${API}/tokens`,
    relations: ONE,
    expect: signedIn,
    note: 'A token is created for oneself only; its scopes are checked against grantableScopes.',
    success: 201,
    request: async (_w, cell) =>
      json('POST', `${API}/tokens`, cell, { name: 'matrix', scopes: ['catalogue:read'] }),
  },
  {
    method: 'DELETE',
    url: `${API}/tokens/:id`,
    relations: BOTH,
    expect: byAction('token.manage'),
    success: 204,
    request: async (w, cell) => {
      // own: the caller's own token; other: a token of the other organisation's administrator.
      const owner =
        cell.relation === 'own' && Object.keys(cell.headers).length
          ? { headers: cell.headers }
          : await w.ownerSession(w.otherOrganisationId);
      const token = await w.call<{ id: number }>(
        {
          method: 'POST',
          url: `${API}/tokens`,
          headers: owner.headers,
          payload: { name: 'to revoke', scopes: ['catalogue:read'] },
        },
        201,
      );
      return json('DELETE', `${API}/tokens/${token.id}`, cell);
    },
  },

  // --- e-mail outbox: platform administrators ----------------------------------------------------
  {
    method: 'POST',
    url: `${API}/admin/outbox/:id/retry`,
    relations: ONE,
    expect: byAction('outbox.manage'),
    success: 200,
    request: async (w, cell) => {
      const r = await w.db.query<{ id: number }>(
        `INSERT INTO email_outbox (to_address, subject, text_body, status, attempts, last_error)
         VALUES ('bounce@matrix.test', '测试', '正文', 'failed', 5, 'smtp 550') RETURNING id`,
      );
      return json('POST', `${API}/admin/outbox/${r.rows[0]!.id}/retry`, cell);
    },
  },
];
