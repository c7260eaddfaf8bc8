/** Write routes of src/features/push: subscriptions, notifications and webhooks belong to one user each. */
import type { Relation, RoleName } from '../../../src/features/accounts';
import {
  type Cell,
  type Expected,
  HIDDEN,
  json,
  type RouteCase,
  SIGN_IN_REQUIRED,
  signedIn,
} from '../routeCase';
import { API, type World } from '../world';

const BOTH = ['own', 'other'] as const;

/**
 * `own`: the object is the caller's (as a user); `other`: another user's, which the caller cannot even see (404).
 * The public is asked to sign in.
 */
const ownUserObject = (role: RoleName, relation: Relation): Expected =>
  role === 'anonymous' ? SIGN_IN_REQUIRED : relation === 'own' ? { allowed: true } : HIDDEN;
const NOTE =
  'Each user sees and changes only their own subscriptions, notifications and webhooks (others’ are 404).';

/** The user id owning the cell's object: the caller for `own`, a user of the other organisation otherwise. */
async function ownerUser(w: World, cell: Cell): Promise<number> {
  const caller = w.users[cell.role];
  if (cell.relation === 'own' && caller) return caller.userId;
  const r = await w.db.query<{ id: number }>(
    'SELECT id FROM users WHERE organisation_id = $1 ORDER BY id LIMIT 1',
    [w.otherOrganisationId],
  );
  if (r.rows[0]) return r.rows[0].id;
  await w.ownerSession(w.otherOrganisationId);
  return ownerUser(w, cell);
}

async function subscription(w: World, userId: number): Promise<number> {
  const r = await w.db.query<{ id: number }>(
    `INSERT INTO subscriptions (user_id, kind, query, label) VALUES ($1, 'search', '锂电池', '检索：锂电池') RETURNING id`,
    [userId],
  );
  return r.rows[0]!.id;
}

async function notification(w: World, userId: number): Promise<number> {
  const r = await w.db.query<{ id: number }>(
    `INSERT INTO notifications (user_id, object_type, object_id, title, body, link, payload)
     VALUES ($1, 'patent', 1, '检索「锂电池」有新专利', '', '/patents/1', '{}') RETURNING id`,
    [userId],
  );
  return r.rows[0]!.id;
}

async function webhook(w: World, userId: number): Promise<number> {
  const r = await w.db.query<{ id: number }>(
    `INSERT INTO webhooks (user_id, url, secret) VALUES ($1, 'https://hooks.example.cn/zhuanhua', 'whsec_matrix') RETURNING id`,
    [userId],
  );
  return r.rows[0]!.id;
}

export const pushCases: RouteCase[] = [
  {
    method: 'POST',
    url: `${API}/subscriptions`,
    relations: ['other'],
    expect: signedIn,
    note: 'Any signed-in user may follow a saved search (a demand subscription also needs demand.read on it).',
    success: 201,
    request: async (_w, cell) =>
      json('POST', `${API}/subscriptions`, cell, { kind: 'search', query: '锂电池正极材料' }),
  },
  {
    method: 'PATCH',
    url: `${API}/subscriptions/:id`,
    relations: BOTH,
    expect: ownUserObject,
    note: NOTE,
    success: 200,
    request: async (w, cell) => {
      const id = await subscription(w, await ownerUser(w, cell));
      return json('PATCH', `${API}/subscriptions/${id}`, cell, { email: 'none', topK: 10 });
    },
  },
  {
    method: 'DELETE',
    url: `${API}/subscriptions/:id`,
    relations: BOTH,
    expect: ownUserObject,
    note: NOTE,
    success: 204,
    request: async (w, cell) => {
      const id = await subscription(w, await ownerUser(w, cell));
      return json('DELETE', `${API}/subscriptions/${id}`, cell);
    },
  },
  {
    method: 'POST',
    url: `${API}/notifications/:id/read`,
    relations: BOTH,
    expect: ownUserObject,
    note: NOTE,
    success: 200,
    request: async (w, cell) => {
      const id = await notification(w, await ownerUser(w, cell));
      return json('POST', `${API}/notifications/${id}/read`, cell);
    },
  },
  {
    method: 'POST',
    url: `${API}/notifications/read-all`,
    relations: ['own'],
    expect: signedIn,
    note: 'Marks the caller’s own notifications read (one unread is there, so the write is audited).',
    success: 200,
    request: async (w, cell) => {
      if (w.users[cell.role]) await notification(w, await ownerUser(w, cell));
      return json('POST', `${API}/notifications/read-all`, cell);
    },
  },
  {
    method: 'POST',
    url: `${API}/webhooks`,
    relations: ['other'],
    expect: signedIn,
    note: 'Any signed-in user may register a webhook for their own subscriptions.',
    success: 201,
    request: async (_w, cell) =>
      json('POST', `${API}/webhooks`, cell, { url: 'https://hooks.example.cn/zhuanhua' }),
  },
  {
    method: 'DELETE',
    url: `${API}/webhooks/:id`,
    relations: BOTH,
    expect: ownUserObject,
    note: NOTE,
    success: 200,
    request: async (w, cell) => {
      const id = await webhook(w, await ownerUser(w, cell));
      return json('DELETE', `${API}/webhooks/${id}`, cell);
    },
  },
  {
    method: 'POST',
    url: `${API}/webhooks/:id/ping`,
    relations: BOTH,
    expect: ownUserObject,
    note: NOTE,
    success: 200,
    request: async (w, cell) => {
      const id = await webhook(w, await ownerUser(w, cell));
      return json('POST', `${API}/webhooks/${id}/ping`, cell);
    },
  },
];
