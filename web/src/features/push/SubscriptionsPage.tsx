import './push.css';
import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Popconfirm, Select, Space, Switch, Tag } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { toApiError } from '../accounts/apiError';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { FACET_KEYS, type FacetKey } from '../patents/api';
import { type Delivery, EMAIL_MODES, type EmailMode, pushApi, type Subscription, type Webhook } from './api';
import { savedSearchFrom, subscriptionLink } from './subscriptionTarget';

/**
 * 订阅: what the user follows — demands (new matching patents), saved searches (new patents they find),
 * patents (new matching demands) — with the e-mail frequency and an optional signed webhook for each; and
 * the user's webhooks (secret shown once, test ping, delivery log).
 */
export default function SubscriptionsPage() {
  const { t } = useI18n();
  usePageTitle(t('push.subscriptions.title'));
  return (
    <RequireSignIn title={t('push.subscriptions.title')}>
      <Subscriptions />
    </RequireSignIn>
  );
}

function Subscriptions() {
  const { t } = useI18n();
  const subs = useApi((signal) => pushApi.subscriptions(signal), []);
  const hooks = useApi((signal) => pushApi.webhooks(signal), []);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<number | null>(null);
  const activeHooks = (hooks.data ?? []).filter((h) => h.active);

  const change = async (s: Subscription, patch: Parameters<typeof pushApi.change>[1]) => {
    setBusy(s.id);
    setError(undefined);
    try {
      const next = await pushApi.change(s.id, patch);
      subs.setData((subs.data ?? []).map((x) => (x.id === s.id ? next : x)));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };
  const remove = async (s: Subscription) => {
    setBusy(s.id);
    setError(undefined);
    try {
      await pushApi.unsubscribe(s.id);
      subs.setData((subs.data ?? []).filter((x) => x.id !== s.id));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <h1 className="ty-h1">{t('push.subscriptions.title')}</h1>
      <p className="ty-p">{t('push.subscriptions.lead')}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        <LinkButton to="/notifications">{t('push.notifications.title')}</LinkButton>
        <LinkButton to="/demands/mine">{t('dm.nav.mine')}</LinkButton>
      </Space>
      <Card
        title={<h2 className="card-title">{t('push.subscriptions.list')}</h2>}
        style={{ marginBottom: 16 }}
      >
        {subs.error && <ErrorAlert error={subs.error} onRetry={subs.reload} />}
        {error && <ErrorAlert error={error} />}
        <DataTable<Subscription>
          caption={t('push.subscriptions.list')}
          rowKey={(s) => s.id}
          loading={subs.loading}
          rows={subs.data ?? []}
          emptyText={t('push.subscriptions.empty')}
          columns={[
            {
              key: 'label',
              title: t('push.subscriptions.what'),
              render: (s) => (
                <Link to={subscriptionLink(s)} lang="zh-CN">
                  {s.label || s.query || t(`push.kind.${s.kind}`)}
                </Link>
              ),
            },
            { key: 'kind', title: t('push.subscriptions.kind'), render: (s) => t(`push.kind.${s.kind}`) },
            {
              key: 'email',
              title: t('push.subscriptions.email'),
              render: (s) => (
                <Select<EmailMode>
                  aria-label={t('push.subscriptions.emailOf', { label: s.label })}
                  value={s.email}
                  disabled={busy === s.id}
                  onChange={(email) => change(s, { email })}
                  options={EMAIL_MODES.map((m) => ({ value: m, label: t(`push.email.${m}`) }))}
                  style={{ minWidth: 130 }}
                />
              ),
            },
            {
              key: 'webhook',
              title: t('push.subscriptions.webhook'),
              render: (s) => (
                <Select<number | 0>
                  aria-label={t('push.subscriptions.webhookOf', { label: s.label })}
                  value={s.webhookId ?? 0}
                  disabled={busy === s.id}
                  onChange={(id) => change(s, { webhookId: id === 0 ? null : id })}
                  options={[
                    { value: 0, label: t('push.subscriptions.noWebhook') },
                    ...activeHooks.map((h) => ({ value: h.id, label: h.url })),
                  ]}
                  style={{ minWidth: 160, maxWidth: 260 }}
                />
              ),
            },
            {
              key: 'active',
              title: t('push.subscriptions.active'),
              render: (s) => (
                <Switch
                  checked={s.active}
                  loading={busy === s.id}
                  onChange={(active) => change(s, { active })}
                  aria-label={t('push.subscriptions.activeOf', { label: s.label })}
                />
              ),
            },
            {
              key: 'remove',
              title: t('push.subscriptions.actions'),
              render: (s) => (
                <Popconfirm
                  title={t('push.subscriptions.removeConfirm')}
                  okText={t('push.subscriptions.remove')}
                  cancelText={t('app.cancel')}
                  onConfirm={() => remove(s)}
                >
                  <Button
                    size="small"
                    danger
                    aria-label={t('push.subscriptions.removeOf', { label: s.label })}
                  >
                    {t('push.subscriptions.remove')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      <SavedSearchCard onCreated={(s) => subs.setData([...(subs.data ?? []), s])} />
      <WebhooksCard hooks={hooks.data} error={hooks.error} reload={hooks.reload} />
    </>
  );
}

/** Code lists whose values have labels in the catalogue (the other facets' values are codes or names). */
const VALUE_GROUPS: Partial<Record<FacetKey, string>> = {
  type: 'patentType',
  legalStatus: 'legalStatus',
  applicantType: 'applicantType',
};

/**
 * A saved search: the words, and the catalogue filters when the page is opened from a search address
 * (`/subscriptions?q=锂电池&type=invention`, as the search page's own address reads).
 */
function SavedSearchCard({ onCreated }: { onCreated(s: Subscription): void }) {
  const { t, label: codeLabel } = useI18n();
  const location = useLocation();
  const ids = { q: useId(), label: useId(), email: useId() };
  const [fromAddress] = useState(() => savedSearchFrom(location.search, FACET_KEYS));
  const [filters, setFilters] = useState(fromAddress.filters);
  const [query, setQuery] = useState(fromAddress.query);
  const [label, setLabel] = useState('');
  const [email, setEmail] = useState<EmailMode>('daily');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  return (
    <Card title={<h2 className="card-title">{t('push.search.title')}</h2>} style={{ marginBottom: 16 }}>
      <p className="ty-secondary">{t('push.search.lead')}</p>
      {error && <ErrorAlert error={error} />}
      <form
        aria-label={t('push.search.title')}
        onSubmit={async (e) => {
          e.preventDefault();
          if (!query.trim()) return;
          setBusy(true);
          setError(undefined);
          try {
            onCreated(
              await pushApi.subscribe({
                kind: 'search',
                query: query.trim(),
                ...(Object.keys(filters).length ? { filters } : {}),
                label: label.trim() || query.trim(),
                email,
              }),
            );
            setQuery('');
            setLabel('');
            setFilters({});
          } catch (err) {
            setError(toApiError(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <div className="push-form-grid">
          <div className="push-field">
            <label htmlFor={ids.q}>{t('push.search.query')}</label>
            <Input id={ids.q} value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} />
          </div>
          <div className="push-field">
            <label htmlFor={ids.label}>{t('push.search.label')}</label>
            <Input id={ids.label} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
          </div>
          <div className="push-field">
            <label htmlFor={ids.email}>{t('push.subscriptions.email')}</label>
            <Select<EmailMode>
              id={ids.email}
              value={email}
              onChange={setEmail}
              options={EMAIL_MODES.map((m) => ({ value: m, label: t(`push.email.${m}`) }))}
            />
          </div>
          {Object.keys(filters).length > 0 && (
            <div className="push-field">
              <span>{t('push.search.filters')}</span>
              <Space wrap>
                {(Object.entries(filters) as [FacetKey, string[]][]).map(([facet, values]) => (
                  <Tag
                    key={facet}
                    closable
                    closeIcon={
                      <CloseOutlined
                        aria-label={t('push.search.dropFilter', { facet: t(`facet.${facet}`) })}
                      />
                    }
                    onClose={() =>
                      setFilters((prev) =>
                        Object.fromEntries(Object.entries(prev).filter(([k]) => k !== facet)),
                      )
                    }
                  >
                    {t(`facet.${facet}`)}
                    {t('app.labelSuffix')}
                    {values
                      .map((v) => (VALUE_GROUPS[facet] ? codeLabel(VALUE_GROUPS[facet], v) : v))
                      .join(t('app.listSeparator'))}
                  </Tag>
                ))}
              </Space>
            </div>
          )}
          <div>
            <Button type="primary" htmlType="submit" loading={busy} disabled={!query.trim()}>
              {t('push.search.save')}
            </Button>
          </div>
        </div>
      </form>
    </Card>
  );
}

function WebhooksCard({
  hooks,
  error: loadError,
  reload,
}: {
  hooks: Webhook[] | undefined;
  error: ApiError | undefined;
  reload(): void;
}) {
  const { t } = useI18n();
  const urlId = useId();
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState<{ url: string; secret: string }>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<string | null>(null);
  const [pinged, setPinged] = useState<number>();
  const [log, setLog] = useState<{ id: number; rows: Delivery[] }>();

  const act = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={<h2 className="card-title">{t('push.webhooks.title')}</h2>}>
      <p className="ty-secondary">{t('push.webhooks.lead')}</p>
      {loadError && <ErrorAlert error={loadError} onRetry={reload} />}
      {error && <ErrorAlert error={error} />}
      {secret && (
        <Alert
          type="warning"
          showIcon
          role="status"
          closable={{ onClose: () => setSecret(undefined), 'aria-label': t('app.close') }}
          title={t('push.webhooks.secretOnce', { url: secret.url })}
          description={<code className="push-secret">{secret.secret}</code>}
          style={{ marginBottom: 12 }}
        />
      )}
      <DataTable<Webhook>
        caption={t('push.webhooks.title')}
        rowKey={(h) => h.id}
        rows={hooks ?? []}
        emptyText={t('push.webhooks.empty')}
        columns={[
          { key: 'url', title: t('push.webhooks.url'), render: (h) => <code>{h.url}</code> },
          {
            key: 'state',
            title: t('push.webhooks.state'),
            render: (h) =>
              h.active
                ? t('push.webhooks.active')
                : t('push.webhooks.disabledAt', {
                    date: h.disabledAt ? dayjs(h.disabledAt).format('YYYY-MM-DD') : '—',
                  }),
          },
          {
            key: 'actions',
            title: t('push.subscriptions.actions'),
            render: (h) => (
              <Space wrap>
                {h.active && (
                  <Button
                    size="small"
                    loading={busy === `ping:${h.id}`}
                    onClick={() =>
                      act(`ping:${h.id}`, async () => {
                        await pushApi.ping(h.id);
                        setPinged(h.id);
                      })
                    }
                  >
                    {t('push.webhooks.ping')}
                  </Button>
                )}
                <Button
                  size="small"
                  loading={busy === `log:${h.id}`}
                  onClick={() =>
                    act(`log:${h.id}`, async () => setLog({ id: h.id, rows: await pushApi.deliveries(h.id) }))
                  }
                >
                  {t('push.webhooks.deliveries')}
                </Button>
                {h.active && (
                  <Button
                    size="small"
                    danger
                    loading={busy === `off:${h.id}`}
                    onClick={() =>
                      act(`off:${h.id}`, async () => {
                        await pushApi.disableWebhook(h.id);
                        reload();
                      })
                    }
                  >
                    {t('push.webhooks.disable')}
                  </Button>
                )}
                {pinged === h.id && <span role="status">{t('push.webhooks.pingQueued')}</span>}
              </Space>
            ),
          },
        ]}
      />
      {log && (
        <div style={{ marginTop: 12 }}>
          <DataTable<Delivery>
            caption={t('push.webhooks.deliveriesOf', { id: log.id })}
            rowKey={(d) => d.id}
            rows={log.rows}
            emptyText={t('push.webhooks.noDeliveries')}
            columns={[
              {
                key: 'at',
                title: t('push.webhooks.at'),
                render: (d) => dayjs(d.createdAt).format('YYYY-MM-DD HH:mm:ss'),
              },
              { key: 'event', title: t('push.webhooks.event'), render: (d) => <code>{d.event}</code> },
              {
                key: 'status',
                title: t('push.webhooks.state'),
                render: (d) => t(`push.delivery.${d.status}`),
              },
              { key: 'attempts', title: t('push.webhooks.attempts'), render: (d) => d.attempts },
              {
                key: 'last',
                title: t('push.webhooks.last'),
                render: (d) => [d.lastStatusCode, d.lastError].filter((x) => x !== null).join(' · ') || '—',
              },
            ]}
          />
        </div>
      )}
      <form
        aria-label={t('push.webhooks.add')}
        style={{ marginTop: 16 }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!url.trim()) return;
          void act('add', async () => {
            const created = await pushApi.addWebhook(url.trim());
            setSecret({ url: created.url, secret: created.secret });
            setUrl('');
            reload();
          });
        }}
      >
        <label htmlFor={urlId}>{t('push.webhooks.add')}</label>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            id={urlId}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.com/hooks/zhuanhua"
          />
          <Button type="primary" htmlType="submit" loading={busy === 'add'} disabled={!url.trim()}>
            {t('push.webhooks.addButton')}
          </Button>
        </Space.Compact>
      </form>
    </Card>
  );
}
