import type { FastifyRequest } from 'fastify';
import { HttpProblem, problem } from '../../platform/http/problem';
import type { UserActor } from './actor';
import { type Action, type ActionResources, authorize } from './permissions';

/**
 * The signed-in user of the request, or a 401 problem. A user who must still change a generated
 * password gets a 403 everywhere except where `allowPasswordChange` is set (me, change password, sign out).
 */
export function requireActor(
  request: FastifyRequest,
  options: { allowPasswordChange?: boolean } = {},
): UserActor {
  const actor = request.actor;
  if (actor?.kind !== 'user') throw problem.unauthorized({ zh: '请先登录', en: 'Please sign in first' });
  if (actor.mustChangePassword && !options.allowPasswordChange)
    throw new HttpProblem({
      status: 403,
      title: { zh: '无权操作', en: 'Forbidden' },
      detail: { zh: '请先修改初始密码', en: 'Change your initial password first' },
      extensions: { code: 'PASSWORD_CHANGE_REQUIRED' },
    });
  return actor;
}

/** `authorize`, turned into a 401 (not signed in) or 403 problem carrying the bilingual reason and its code. */
export function assertAllowed<A extends Action>(
  actor: FastifyRequest['actor'],
  action: A,
  resource: ActionResources[A],
): void {
  const d = authorize(actor, action, resource);
  if (d.allowed) return;
  throw new HttpProblem({
    status: d.code === 'SIGN_IN_REQUIRED' ? 401 : 403,
    title:
      d.code === 'SIGN_IN_REQUIRED'
        ? { zh: '需要登录', en: 'Authentication required' }
        : { zh: '无权操作', en: 'Forbidden' },
    detail: d.reason,
    extensions: { code: d.code, action },
  });
}
