import './audit.css';
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Form, Input, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { ListPager } from '../../shell/ListPager';
import { toApiError } from '../accounts/apiError';
import { SignedInPage } from '../accounts/SignedInPage';
import { type AuditEntry, type AuditFilter, auditApi, type ChainVerification } from './api';
import { diffEntries, showValue } from './diff';

const FILTER_KEYS = ['actor', 'action', 'objectType', 'objectId', 'from', 'to'] as const;

function readFilter(params: URLSearchParams): AuditFilter {
  const f: AuditFilter = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The audit log for the IP administration: search, each entry's before/after, CSV export, chain check. */
export default function AuditPage() {
  return (
    <SignedInPage titleKey="audit.title">
      <Audit />
    </SignedInPage>
  );
}

function Audit() {
  const { t, num } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const page = Number(params.get('page')) || 1;
  const entries = useApi((signal) => auditApi.search(filter, page, signal), [filter, page]);
  const vocabulary = useApi((signal) => auditApi.vocabulary(signal), []);
  const [open, setOpen] = useState<AuditEntry>();
  const [form] = Form.useForm<AuditFilter>();

  const apply = (f: AuditFilter) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = f[k]?.trim();
      if (v) next.set(k, v);
    }
    setParams(next);
  };

  return (
    <>
      <h1 className="ty-h1">{t('audit.title')}</h1>
      <p className="ty-p">{t('audit.lead')}</p>

      <Card title={<h2 className="card-title">{t('audit.search')}</h2>} style={{ marginBottom: 16 }}>
        <Form<AuditFilter>
          form={form}
          name="audit-search"
          layout="inline"
          initialValues={filter}
          onFinish={apply}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input placeholder={t('audit.actorHint')} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="action" label={t('audit.action')}>
            <Select
              allowClear
              showSearch
              placeholder={t('audit.any')}
              style={{ width: 220 }}
              options={(vocabulary.data?.actions ?? []).map((a) => ({ value: a, label: a }))}
            />
          </Form.Item>
          <Form.Item name="objectType" label={t('audit.objectType')}>
            <Select
              allowClear
              showSearch
              placeholder={t('audit.any')}
              style={{ width: 200 }}
              options={(vocabulary.data?.objectTypes ?? []).map((a) => ({ value: a, label: a }))}
            />
          </Form.Item>
          <Form.Item name="objectId" label={t('audit.objectId')}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="from" label={t('audit.from')}>
            <Input type="date" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="to" label={t('audit.to')}>
            <Input type="date" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('search.button')}
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue({
                    actor: '',
                    action: undefined,
                    objectType: undefined,
                    objectId: '',
                    from: '',
                    to: '',
                  });
                  setParams(new URLSearchParams());
                }}
              >
                {t('audit.clear')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>

      <VerifyChain />

      <Card
        title={<h2 className="card-title">{t('audit.results', { n: num(entries.data?.total ?? 0) })}</h2>}
        extra={
          <a href={auditApi.exportUrl(filter)} download>
            <DownloadOutlined aria-hidden /> {t('audit.exportCsv')}
          </a>
        }
      >
        {entries.error && <ErrorAlert error={entries.error} onRetry={entries.reload} />}
        <DataTable<AuditEntry>
          caption={t('audit.title')}
          rowKey={(e) => e.seq}
          loading={entries.loading}
          rows={entries.data?.items ?? []}
          emptyText={t('audit.none')}
          columns={[
            { key: 'seq', title: t('audit.seq'), align: 'right', render: (e) => e.seq },
            { key: 'at', title: t('audit.at'), render: (e) => dayjs(e.at).format('YYYY-MM-DD HH:mm:ss') },
            {
              key: 'actor',
              title: t('audit.actor'),
              render: (e) => (
                <>
                  {e.actor.label ?? t(`audit.actorKind.${e.actor.kind}`)}
                  {e.actor.via && <Tag style={{ marginInlineStart: 6 }}>{t(`audit.via.${e.actor.via}`)}</Tag>}
                </>
              ),
            },
            { key: 'action', title: t('audit.action'), render: (e) => <code>{e.action}</code> },
            {
              key: 'object',
              title: t('audit.object'),
              render: (e) => (
                <>
                  {e.objectType}
                  {e.objectId !== null && <> #{e.objectId}</>}
                </>
              ),
            },
            { key: 'ip', title: t('audit.ip'), render: (e) => e.ip ?? '—' },
            {
              key: 'diff',
              title: t('audit.changes'),
              render: (e) => (
                <Button
                  size="small"
                  onClick={() => setOpen(e)}
                  aria-label={t('audit.showChangesOf', { seq: e.seq })}
                >
                  {t('audit.showChanges')}
                </Button>
              ),
            },
          ]}
        />
        <ListPager
          total={entries.data?.total ?? 0}
          pageSize={entries.data?.pageSize ?? 25}
          page={page}
          onChange={(p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          }}
        />
      </Card>
      <EntryDrawer entry={open} onClose={() => setOpen(undefined)} />
    </>
  );
}

function VerifyChain() {
  const { t, num } = useI18n();
  const [result, setResult] = useState<ChainVerification>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await auditApi.verify());
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card style={{ marginBottom: 16 }}>
      <Space wrap align="start" style={{ width: '100%' }}>
        <Button icon={<SafetyCertificateOutlined aria-hidden />} onClick={run} loading={busy}>
          {t('audit.verify')}
        </Button>
        <span className="ty-p">{t('audit.verifyLead')}</span>
      </Space>
      <div aria-live="polite">
        {error && (
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        {result && (
          <Alert
            style={{ marginTop: 12 }}
            type={result.ok ? 'success' : 'error'}
            showIcon
            title={
              result.ok
                ? t('audit.verifyOk', { n: num(result.checked) })
                : t('audit.verifyBroken', { seq: result.firstBreak?.seq ?? 0 })
            }
            description={
              result.ok
                ? t('audit.verifyLast', { seq: result.lastSeq, hash: result.lastHash ?? '—' })
                : t(
                    `audit.break.${result.firstBreak?.reason ?? 'HASH_MISMATCH'}` as 'audit.break.HASH_MISMATCH',
                  )
            }
          />
        )}
      </div>
    </Card>
  );
}

function EntryDrawer({ entry, onClose }: { entry: AuditEntry | undefined; onClose(): void }) {
  const { t } = useI18n();
  const rows = entry ? diffEntries(entry.before, entry.after) : [];
  return (
    <Drawer
      open={entry !== undefined}
      onClose={onClose}
      size="large"
      title={
        entry ? (
          <h2 className="audit-drawer-title">
            {t('audit.entryTitle', { seq: entry.seq, action: entry.action })}
          </h2>
        ) : (
          ''
        )
      }
      closable={{ 'aria-label': t('app.close') }}
    >
      {entry && (
        <>
          <dl className="audit-meta">
            <dt>{t('audit.at')}</dt>
            <dd>{dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')}</dd>
            <dt>{t('audit.actor')}</dt>
            <dd>{entry.actor.label ?? t(`audit.actorKind.${entry.actor.kind}`)}</dd>
            <dt>{t('audit.object')}</dt>
            <dd>
              {entry.objectType}
              {entry.objectId !== null && ` #${entry.objectId}`}
            </dd>
            <dt>{t('audit.requestId')}</dt>
            <dd>
              <code>{entry.requestId ?? '—'}</code>
            </dd>
            <dt>{t('audit.hash')}</dt>
            <dd>
              <code className="audit-hash">{entry.hash}</code>
            </dd>
          </dl>
          <h3 className="ty-h3">{t('audit.changes')}</h3>
          {rows.length === 0 ? (
            <p className="ty-p">{t('audit.noChanges')}</p>
          ) : (
            <table className="data-table audit-diff">
              <caption className="visually-hidden">{t('audit.changes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.field')}</th>
                  <th scope="col">{t('audit.before')}</th>
                  <th scope="col">{t('audit.after')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.path} className={`audit-diff-${r.change}`}>
                    <th scope="row">
                      <code>{r.path || t('audit.value')}</code>
                      {r.change !== 'same' && (
                        <span className="visually-hidden"> ({t(`audit.change.${r.change}`)})</span>
                      )}
                    </th>
                    <td>{r.change === 'added' ? '' : showValue(r.before)}</td>
                    <td>{r.change === 'removed' ? '' : showValue(r.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Drawer>
  );
}
