import { Card, Descriptions, Space } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { LinkButton } from '../../shell/LinkButton';
import { dateTime, roleLabel } from './labels';
import { SignedInPage } from './SignedInPage';
import { useSession } from './session';

/** The signed-in user's own account: who they are, and where to change what they may change. */
export default function AccountPage() {
  return (
    <SignedInPage titleKey="acct.account.title">
      <Account />
    </SignedInPage>
  );
}

function Account() {
  const { t, label } = useI18n();
  const { me, abilities } = useSession();
  if (!me) return null;
  const u = me.user;
  return (
    <>
      <h1 className="ty-h1">{t('acct.account.title')}</h1>
      <Card>
        <Descriptions column={1} bordered size="middle">
          <Descriptions.Item label={t('acct.displayName')}>{u.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('acct.email')}>{u.email}</Descriptions.Item>
          <Descriptions.Item label={t('acct.organisation')}>
            {u.organisationName ?? t('app.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('acct.role')}>{roleLabel(t, label, u)}</Descriptions.Item>
          <Descriptions.Item label={t('acct.lastSignIn')}>{dateTime(u.lastSignInAt)}</Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 16 }}>
          <LinkButton to="/account/password">{t('acct.password.title')}</LinkButton>
          <LinkButton to="/account/tokens">{t('acct.tokens.title')}</LinkButton>
          {abilities.hasOrganisation && <LinkButton to="/organisation">{t('acct.myOrg.title')}</LinkButton>}
          {abilities.manageUsers && <LinkButton to="/users">{t('acct.users.title')}</LinkButton>}
          {abilities.manageOrganisations && (
            <LinkButton to="/organisations">{t('acct.orgs.title')}</LinkButton>
          )}
        </Space>
      </Card>
    </>
  );
}
