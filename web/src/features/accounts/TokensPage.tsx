import {
  Alert,
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
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { type ApiToken, accountsApi, type Scope } from './api';
import { toApiError } from './apiError';
import { dateTime } from './labels';
import { showFieldErrors } from './PasswordFields';
import { SignedInPage } from './SignedInPage';
import { useSession } from './session';

const EXPIRY_DAYS = [30, 90, 365] as const;

interface Fields {
  name: string;
  scopes: Scope[];
  expiry: 'never' | (typeof EXPIRY_DAYS)[number];
}

/** API tokens for machine clients: scoped, shown once at creation, revocable. */
export default function TokensPage() {
  return (
    <SignedInPage titleKey="acct.tokens.title">
      <Tokens />
    </SignedInPage>
  );
}

function Tokens() {
  const { t } = useI18n();
  const { me } = useSession();
  const [message, holder] = antMessage.useMessage();
  const [form] = Form.useForm<Fields>();
  const tokens = useApi((signal) => accountsApi.tokens(signal), []);
  const [created, setCreated] = useState<ApiToken & { token: string }>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const grantable = me?.grantableScopes ?? [];

  const create = async ({ name, scopes, expiry }: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      const token = await accountsApi.createToken({
        name,
        scopes,
        expiresInDays: expiry === 'never' ? null : expiry,
      });
      setCreated(token);
      form.resetFields();
      tokens.reload();
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      showFieldErrors(form, e);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    try {
      await accountsApi.revokeToken(token.id);
      message.success(t('acct.tokens.revoked', { name: token.name }));
      tokens.reload();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <>
      {holder}
      <h1 className="ty-h1">{t('acct.tokens.title')}</h1>
      <p className="ty-p">{t('acct.tokens.lead')}</p>

      <Card title={<h2 className="card-title">{t('acct.tokens.create')}</h2>} style={{ marginBottom: 16 }}>
        {created && (
          <Alert
            type="success"
            showIcon
            role="status"
            style={{ marginBottom: 16 }}
            title={t('acct.tokens.createdTitle', { name: created.name })}
            description={
              <>
                <p style={{ marginTop: 0 }}>{t('acct.tokens.shownOnce')}</p>
                <Space.Compact style={{ width: '100%' }}>
                  <Input readOnly value={created.token} aria-label={t('acct.tokens.secret')} />
                  <Button
                    onClick={() =>
                      navigator.clipboard
                        ?.writeText(created.token)
                        .then(() => message.success(t('acct.tokens.copied')))
                    }
                  >
                    {t('acct.tokens.copy')}
                  </Button>
                </Space.Compact>
              </>
            }
            closable={{ 'aria-label': t('app.close') }}
            onClose={() => setCreated(undefined)}
          />
        )}
        {error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Form<Fields>
          form={form}
          name="new-token"
          layout="vertical"
          requiredMark={false}
          onFinish={create}
          initialValues={{ scopes: ['catalogue:read'], expiry: 90 }}
        >
          <Form.Item
            name="name"
            label={t('acct.tokens.name')}
            extra={t('acct.tokens.nameHelp')}
            rules={[{ required: true, whitespace: true, message: t('acct.tokens.nameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="scopes"
            label={t('acct.tokens.scopes')}
            // A validator rather than `required`: antd would put aria-required on the group, which has no such role.
            rules={[
              {
                validator: (_rule, value: Scope[] | undefined) =>
                  value?.length
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('acct.tokens.scopesRequired'))),
              },
            ]}
          >
            <Checkbox.Group
              options={grantable.map((s) => ({
                value: s,
                label: t('acct.tokens.scopeOption', { label: t(`acct.scope.${s}`), scope: s }),
              }))}
            />
          </Form.Item>
          <Form.Item name="expiry" label={t('acct.tokens.expiry')}>
            <Select
              style={{ maxWidth: 240 }}
              options={[
                ...EXPIRY_DAYS.map((d) => ({ value: d, label: t('acct.tokens.days', { n: d }) })),
                { value: 'never', label: t('acct.tokens.never') },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('acct.tokens.createButton')}
          </Button>
        </Form>
      </Card>

      <Card title={<h2 className="card-title">{t('acct.tokens.mine')}</h2>}>
        {tokens.error && <ErrorAlert error={tokens.error} onRetry={tokens.reload} />}
        <DataTable<ApiToken>
          caption={t('acct.tokens.mine')}
          rowKey={(r) => r.id}
          loading={tokens.loading}
          rows={tokens.data?.items ?? []}
          emptyText={t('acct.tokens.none')}
          columns={[
            { key: 'name', title: t('acct.tokens.name'), render: (r) => r.name },
            { key: 'prefix', title: t('acct.tokens.prefix'), render: (r) => <code>{r.prefix}…</code> },
            {
              key: 'scopes',
              title: t('acct.tokens.scopes'),
              render: (r) => r.scopes.map((s) => <Tag key={s}>{s}</Tag>),
            },
            { key: 'created', title: t('acct.tokens.createdAt'), render: (r) => dateTime(r.createdAt) },
            {
              key: 'expires',
              title: t('acct.tokens.expiresAt'),
              render: (r) => (r.expiresAt ? dateTime(r.expiresAt) : t('acct.tokens.never')),
            },
            { key: 'used', title: t('acct.tokens.lastUsed'), render: (r) => dateTime(r.lastUsedAt) },
            {
              key: 'actions',
              title: t('acct.actions'),
              render: (r) =>
                r.revoked ? (
                  <Tag>{t('acct.tokens.revokedTag')}</Tag>
                ) : (
                  <Popconfirm
                    title={t('acct.tokens.revokeConfirm', { name: r.name })}
                    okText={t('acct.tokens.revoke')}
                    cancelText={t('app.cancel')}
                    onConfirm={() => revoke(r)}
                  >
                    <Button danger size="small">
                      {t('acct.tokens.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
