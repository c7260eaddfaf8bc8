import dayjs from 'dayjs';
import type { I18n } from '../../i18n/I18nProvider';
import type { User } from './api';

/** "管理员 · 高校" — the user's standing in one phrase. */
export function roleLabel(t: I18n['t'], label: I18n['label'], user: User): string {
  if (user.isPlatformAdmin && user.organisationId === null) return t('acct.role.platformAdmin');
  const parts = [t(`acct.role.${user.role}`)];
  if (user.organisationKind) parts.push(label('orgKind', user.organisationKind));
  if (user.isPlatformAdmin) parts.push(t('acct.role.platformAdmin'));
  return parts.join(' · ');
}

export function dateTime(value: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}
