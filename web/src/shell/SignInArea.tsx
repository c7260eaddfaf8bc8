import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../features/accounts/session';
import { useI18n } from '../i18n/I18nProvider';
import { LinkButton } from './LinkButton';

/** The signed-in user (a link to their account) and sign-out; for the public, the way to sign in. */
export function SignInArea() {
  const { t } = useI18n();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  if (me === undefined) return <section aria-label={t('auth.area')} />;
  if (me === null)
    return (
      <section aria-label={t('auth.area')}>
        <LinkButton to="/sign-in" icon={<UserOutlined aria-hidden />}>
          {t('auth.signIn')}
        </LinkButton>
      </section>
    );
  const u = me.user;
  return (
    <section aria-label={t('auth.area')} className="sign-in-area">
      <LinkButton
        to="/account"
        icon={<UserOutlined aria-hidden />}
        aria-label={t('auth.accountOf', { name: u.displayName })}
        title={u.organisationName ?? undefined}
      >
        {u.displayName}
      </LinkButton>
      <Button
        icon={<LogoutOutlined aria-hidden />}
        onClick={async () => {
          await signOut();
          navigate('/', { replace: true });
        }}
      >
        {t('auth.signOut')}
      </Button>
    </section>
  );
}
