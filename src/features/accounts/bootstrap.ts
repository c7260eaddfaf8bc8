import type { Database } from '../../platform/db/database';
import { recordAudit, systemActor } from '../audit/recordAudit';
import { normaliseEmail } from './authService';
import { checkPassword } from './passwordPolicy';
import { hashPassword } from './passwords';
import { findUserByEmail, insertUser } from './repository';
import { generatePassword } from './secrets';
import { userAuditState } from './views';

export interface BootstrapLog {
  info(msg: string): void;
  warn(msg: string): void;
}

export type BootstrapResult =
  | { created: false; reason: 'ADMIN_EXISTS' | 'EMAIL_EXISTS'; email: string | null }
  | { created: true; email: string; userId: number; generatedPassword: string | null };

export const DEFAULT_ADMIN_EMAIL = 'admin@zhuanhua.local';
const BOOTSTRAP_LOCK = 7262003;

/**
 * First start: makes sure someone can administer the platform.
 * - `ZHUANHUA_ADMIN_EMAIL` + `ZHUANHUA_ADMIN_PASSWORD`: creates that platform administrator if the address
 *   is not yet registered (the password must pass the policy; it is never overwritten later).
 * - Otherwise, when no platform administrator exists: creates one (`ZHUANHUA_ADMIN_EMAIL` or
 *   admin@zhuanhua.local) with a generated one-time password, printed once here, to be changed at first sign-in.
 * Safe to call from several processes at once (advisory lock).
 */
export async function ensureBootstrapAdmin(
  db: Database,
  env: NodeJS.ProcessEnv,
  log: BootstrapLog,
): Promise<BootstrapResult> {
  const configuredEmail = env.ZHUANHUA_ADMIN_EMAIL ? normaliseEmail(env.ZHUANHUA_ADMIN_EMAIL) : null;
  const configuredPassword = env.ZHUANHUA_ADMIN_PASSWORD || null;
  if (configuredPassword && !configuredEmail)
    throw new Error('ZHUANHUA_ADMIN_PASSWORD is set without ZHUANHUA_ADMIN_EMAIL');
  if (configuredEmail && !/^[^\s@]+@[^\s@]+$/.test(configuredEmail))
    throw new Error(`ZHUANHUA_ADMIN_EMAIL is not an e-mail address: "${env.ZHUANHUA_ADMIN_EMAIL}"`);
  if (configuredEmail && configuredPassword) {
    const problems = checkPassword(configuredPassword, { email: configuredEmail });
    if (problems.length)
      throw new Error(
        `ZHUANHUA_ADMIN_PASSWORD is not acceptable: ${problems.map((p) => `${p.message.en} (${p.message.zh})`).join('; ')}`,
      );
  }
  const generated = configuredPassword ? null : generatePassword();
  const hash = await hashPassword(configuredPassword ?? generated!);
  const email = configuredEmail ?? DEFAULT_ADMIN_EMAIL;

  const result = await db.transaction(async (tx): Promise<BootstrapResult> => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    if (!configuredPassword) {
      const admins = await tx.query(
        'SELECT 1 FROM users WHERE is_platform_admin AND disabled_at IS NULL LIMIT 1',
      );
      if (admins.rowCount > 0) return { created: false, reason: 'ADMIN_EXISTS', email: null };
    }
    if (await findUserByEmail(tx, email)) return { created: false, reason: 'EMAIL_EXISTS', email };
    const at = new Date();
    const userId = await insertUser(tx, {
      email,
      displayName: '平台管理员 Platform administrator',
      organisationId: null,
      role: 'admin',
      isPlatformAdmin: true,
      passwordHash: hash,
      mustChangePassword: generated !== null,
      now: at,
    });
    const row = (await findUserByEmail(tx, email))!;
    await recordAudit(tx, {
      actor: systemActor('bootstrap'),
      action: 'user.create',
      objectType: 'user',
      objectId: userId,
      after: { ...userAuditState(row), passwordSource: generated ? 'generated' : 'ZHUANHUA_ADMIN_PASSWORD' },
      at,
    });
    return { created: true, email, userId, generatedPassword: generated };
  });

  if (result.created && result.generatedPassword) {
    log.warn(
      [
        '',
        '================================================================',
        ' 已创建平台管理员 / Platform administrator created',
        `   e-mail:   ${result.email}`,
        `   password: ${result.generatedPassword}`,
        ' 此一次性密码只显示这一次，首次登录后必须修改。',
        ' This one-time password is shown only now; change it at first sign-in.',
        '================================================================',
      ].join('\n'),
    );
  } else if (result.created) {
    log.info(
      `Platform administrator ${result.email} created from ZHUANHUA_ADMIN_EMAIL / ZHUANHUA_ADMIN_PASSWORD`,
    );
  }
  return result;
}
