import {
  message as antMessage,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Tag,
} from 'antd';
import { type CSSProperties, useId, useState } from 'react';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { ListPager } from '../../shell/ListPager';
import { accountsApi, type NewUser, type OrganisationRole, type User, type UserChange } from './api';
import { toApiError } from './apiError';
import { dateTime } from './labels';
import { OrganisationSelect } from './OrganisationSelect';
import { showFieldErrors } from './PasswordFields';
import { SignedInPage } from './SignedInPage';
import { useSession } from './session';

/** Tag colours with at least 4.5:1 contrast (antd's preset green and gold tags fall short at 12 px). */
const STATUS_STYLE: Record<'active' | 'invited', CSSProperties> = {
  active: { color: '#1b5e20', background: '#e8f5e9', borderColor: '#a5d6a7' },
  invited: { color: '#6d4c00', background: '#fff8e1', borderColor: '#ffe082' },
};

/** Users of an organisation (administrators) or of the whole platform (platform administrators). */
export default function UsersPage() {
  return (
    <SignedInPage titleKey="acct.users.title">
      <Users />
    </SignedInPage>
  );
}

function Users() {
  const { t, num } = useI18n();
  const { me } = useSession();
  const [message, holder] = antMessage.useMessage();
  const platformAdmin = me?.user.isPlatformAdmin ?? false;
  const ownOrganisation = me?.user.organisationId ?? undefined;
  const [organisationId, setOrganisationId] = useState<number | undefined>(
    platformAdmin ? undefined : ownOrganisation,
  );
  const [q, setQ] = useState('');
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<ApiError>();
  const orgFilterId = useId();
  const users = useApi(
    (signal) => accountsApi.users({ organisationId, q: q || undefined, includeDisabled, page }, signal),
    [organisationId, q, includeDisabled, page],
  );

  const act = async (what: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await what();
      message.success(done);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      users.reload();
    }
  };
  const change = (u: User, c: UserChange, done: string) => act(() => accountsApi.updateUser(u.id, c), done);

  return (
    <>
      {holder}
      <h1 className="ty-h1">{t('acct.users.title')}</h1>
      <p className="ty-p">{t(platformAdmin ? 'acct.users.leadPlatform' : 'acct.users.leadOrganisation')}</p>

      <InviteForm
        platformAdmin={platformAdmin}
        ownOrganisation={ownOrganisation ?? null}
        onInvited={(u, sent) => {
          message.success(t(sent ? 'acct.users.invited' : 'acct.users.created', { email: u.email }));
          users.reload();
        }}
      />

      <Card
        title={<h2 className="card-title">{t('acct.users.list', { n: num(users.data?.total ?? 0) })}</h2>}
      >
        <Space wrap style={{ marginBottom: 16 }}>
          {platformAdmin && (
            <Space>
              <label htmlFor={orgFilterId}>{t('acct.organisation')}</label>
              <OrganisationSelect
                id={orgFilterId}
                placeholder={t('acct.users.allOrganisations')}
                value={organisationId}
                onChange={(v) => {
                  setOrganisationId(v);
                  setPage(1);
                }}
              />
            </Space>
          )}
          <Input.Search
            aria-label={t('acct.users.search')}
            placeholder={t('acct.users.search')}
            allowClear
            enterButton={t('search.button')}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            style={{ width: 320 }}
          />
          <Checkbox checked={includeDisabled} onChange={(e) => setIncludeDisabled(e.target.checked)}>
            {t('acct.users.includeDisabled')}
          </Checkbox>
        </Space>
        {(error ?? users.error) && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={(error ?? users.error)!} />
          </div>
        )}
        <DataTable<User>
          caption={t('acct.users.title')}
          rowKey={(u) => u.id}
          loading={users.loading}
          rows={users.data?.items ?? []}
          emptyText={t('acct.users.none')}
          columns={[
            { key: 'name', title: t('acct.displayName'), render: (u) => u.displayName },
            { key: 'email', title: t('acct.email'), render: (u) => u.email },
            ...(platformAdmin
              ? [
                  {
                    key: 'org',
                    title: t('acct.organisation'),
                    render: (u: User) =>
                      u.organisationName ?? (u.isPlatformAdmin ? t('acct.role.platformAdmin') : '—'),
                  },
                ]
              : []),
            {
              key: 'role',
              title: t('acct.role'),
              render: (u) =>
                u.organisationId === null ? (
                  t('acct.role.platformAdmin')
                ) : (
                  <Select<OrganisationRole>
                    size="small"
                    aria-label={t('acct.users.roleOf', { name: u.displayName })}
                    value={u.role}
                    disabled={u.disabled}
                    style={{ minWidth: 120 }}
                    onChange={(role) =>
                      change(u, { role }, t('acct.users.roleChanged', { name: u.displayName }))
                    }
                    options={(['admin', 'member'] as const).map((r) => ({
                      value: r,
                      label: t(`acct.role.${r}`),
                    }))}
                  />
                ),
            },
            {
              key: 'status',
              title: t('acct.users.status'),
              render: (u) =>
                u.disabled ? (
                  <Tag>{t('acct.users.disabled')}</Tag>
                ) : u.hasPassword ? (
                  <Tag style={STATUS_STYLE.active}>{t('acct.users.active')}</Tag>
                ) : (
                  <Tag style={STATUS_STYLE.invited}>{t('acct.users.invitedTag')}</Tag>
                ),
            },
            { key: 'last', title: t('acct.lastSignIn'), render: (u) => dateTime(u.lastSignInAt) },
            {
              key: 'actions',
              title: t('acct.actions'),
              render: (u) => (
                <Space wrap size="small">
                  {u.disabled ? (
                    <Button
                      size="small"
                      onClick={() =>
                        change(u, { disabled: false }, t('acct.users.enabledDone', { name: u.displayName }))
                      }
                    >
                      {t('acct.users.enable')}
                    </Button>
                  ) : (
                    <Popconfirm
                      title={t('acct.users.disableConfirm', { name: u.displayName })}
                      okText={t('acct.users.disable')}
                      cancelText={t('app.cancel')}
                      onConfirm={() =>
                        change(u, { disabled: true }, t('acct.users.disabledDone', { name: u.displayName }))
                      }
                    >
                      <Button
                        size="small"
                        danger
                        aria-label={t('acct.users.disableOf', { name: u.displayName })}
                      >
                        {t('acct.users.disable')}
                      </Button>
                    </Popconfirm>
                  )}
                  <Button
                    size="small"
                    aria-label={t('acct.users.unlockOf', { name: u.displayName })}
                    onClick={() =>
                      act(
                        () => accountsApi.unlockUser(u.id),
                        t('acct.users.unlocked', { name: u.displayName }),
                      )
                    }
                  >
                    {t('acct.users.unlock')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t('acct.users.sendLinkOf', { name: u.displayName })}
                    onClick={() =>
                      act(
                        () => accountsApi.sendPasswordLink(u.id),
                        t('acct.users.linkSent', { email: u.email }),
                      )
                    }
                  >
                    {t('acct.users.sendLink')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        <ListPager
          total={users.data?.total ?? 0}
          pageSize={users.data?.pageSize ?? 50}
          page={page}
          onChange={setPage}
        />
      </Card>
    </>
  );
}

interface InviteFields {
  email: string;
  displayName: string;
  role: OrganisationRole;
  organisationId?: number;
}

/** Invites a colleague: the server e-mails a link to choose a password (no password travels here). */
function InviteForm({
  platformAdmin,
  ownOrganisation,
  onInvited,
}: {
  platformAdmin: boolean;
  ownOrganisation: number | null;
  onInvited(user: User, invitationSent: boolean): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<InviteFields>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async (f: InviteFields) => {
    setBusy(true);
    setError(undefined);
    const body: NewUser = {
      email: f.email,
      displayName: f.displayName,
      role: f.role,
      organisationId: platformAdmin ? (f.organisationId ?? null) : ownOrganisation,
    };
    try {
      const r = await accountsApi.createUser(body);
      form.resetFields();
      onInvited(r.user, r.invitationSent);
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      showFieldErrors(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 className="card-title">{t('acct.users.invite')}</h2>} style={{ marginBottom: 16 }}>
      {error && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      <Form<InviteFields>
        form={form}
        name="invite"
        layout="inline"
        requiredMark={false}
        onFinish={submit}
        initialValues={{ role: 'member' }}
        style={{ rowGap: 12 }}
      >
        <Form.Item
          name="email"
          label={t('acct.email')}
          rules={[{ required: true, message: t('acct.email.required') }]}
        >
          <Input type="email" autoComplete="off" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('acct.displayName')}
          rules={[{ required: true, whitespace: true, message: t('acct.displayName.required') }]}
        >
          <Input style={{ width: 160 }} />
        </Form.Item>
        {platformAdmin && (
          <Form.Item name="organisationId" label={t('acct.organisation')}>
            <OrganisationSelect placeholder={t('acct.users.noOrganisation')} width={240} />
          </Form.Item>
        )}
        <Form.Item name="role" label={t('acct.role')}>
          <Select<OrganisationRole>
            style={{ width: 120 }}
            options={(['member', 'admin'] as const).map((r) => ({ value: r, label: t(`acct.role.${r}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('acct.users.inviteButton')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
