import { UserOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/I18nProvider';
import { LinkButton } from './LinkButton';

/**
 * Where the signed-in user will appear. Accounts are not built yet; later work asks `GET /api/v1/auth/me`
 * here (through `api.get` in ../api/client.ts) and shows the user's name and organisation.
 */
export function SignInArea() {
  const { t } = useI18n();
  return (
    <section aria-label={t('auth.area')}>
      <LinkButton to="/sign-in" icon={<UserOutlined aria-hidden />}>
        {t('auth.signIn')}
      </LinkButton>
    </section>
  );
}
