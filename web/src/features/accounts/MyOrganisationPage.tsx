import { Card, Descriptions, Empty, Skeleton } from 'antd';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { accountsApi, type User } from './api';
import { dateTime } from './labels';
import { SignedInPage } from './SignedInPage';
import { useSession } from './session';

/** The organisation one belongs to; its administrators also see its users here. */
export default function MyOrganisationPage() {
  return (
    <SignedInPage titleKey="acct.myOrg.title">
      <MyOrganisation />
    </SignedInPage>
  );
}

function MyOrganisation() {
  const { t, label, num } = useI18n();
  const { me, abilities } = useSession();
  const id = me?.user.organisationId ?? null;
  const isAdmin = me?.user.role === 'admin';
  const org = useApi(
    (signal) => (id === null ? Promise.resolve(null) : accountsApi.organisation(id, signal)),
    [id],
  );
  const members = useApi(
    (signal) =>
      id !== null && isAdmin ? accountsApi.users({ organisationId: id }, signal) : Promise.resolve(null),
    [id, isAdmin],
  );

  if (id === null)
    return (
      <>
        <h1 className="ty-h1">{t('acct.myOrg.title')}</h1>
        <Empty description={t('acct.myOrg.none')} />
      </>
    );
  const o = org.data;
  return (
    <>
      <h1 className="ty-h1">{o?.name ?? t('acct.myOrg.title')}</h1>
      <Card title={<h2 className="card-title">{t('acct.myOrg.details')}</h2>} style={{ marginBottom: 16 }}>
        {org.error && <ErrorAlert error={org.error} onRetry={org.reload} />}
        {!o ? (
          <Skeleton active />
        ) : (
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
            <Descriptions.Item label={t('acct.org.name')}>{o.name}</Descriptions.Item>
            <Descriptions.Item label={t('acct.org.kind')}>{label('orgKind', o.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('acct.org.creditCode')}>{o.creditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('acct.org.region')}>{o.regionCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('acct.org.users')}>{num(o.userCount)}</Descriptions.Item>
            <Descriptions.Item label={t('acct.org.createdAt')}>{dateTime(o.createdAt)}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card
        title={<h2 className="card-title">{t('acct.myOrg.members')}</h2>}
        extra={
          abilities.manageUsers ? <LinkButton to="/users">{t('acct.users.title')}</LinkButton> : undefined
        }
      >
        {!isAdmin ? (
          <p className="ty-p">{t('acct.myOrg.membersAdminsOnly')}</p>
        ) : (
          <>
            {members.error && <ErrorAlert error={members.error} onRetry={members.reload} />}
            <DataTable<User>
              caption={t('acct.myOrg.members')}
              rowKey={(u) => u.id}
              loading={members.loading}
              rows={members.data?.items ?? []}
              emptyText={t('acct.users.none')}
              columns={[
                { key: 'name', title: t('acct.displayName'), render: (u) => u.displayName },
                { key: 'email', title: t('acct.email'), render: (u) => u.email },
                { key: 'role', title: t('acct.role'), render: (u) => t(`acct.role.${u.role}`) },
                { key: 'last', title: t('acct.lastSignIn'), render: (u) => dateTime(u.lastSignInAt) },
              ]}
            />
          </>
        )}
      </Card>
    </>
  );
}
