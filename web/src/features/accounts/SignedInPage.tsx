import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { usePageTitle } from '../../shell/usePageTitle';
import { RequireSignIn } from './RequireSignIn';

/** A page for signed-in users: its title, and the sign-in prompt for the public. */
export function SignedInPage({ titleKey, children }: { titleKey: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  usePageTitle(t(titleKey));
  return <RequireSignIn title={t(titleKey)}>{children}</RequireSignIn>;
}
