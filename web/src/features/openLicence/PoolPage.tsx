import './openLicence.css';
import { Button, Card, Input, Pagination, Select, Space } from 'antd';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { type Declaration, openLicenceApi, PAYMENT_MODES, type PaymentMode, type PoolFilter } from './api';
import { Field } from './Field';
import { percentToBp, yuanToFen } from './money';

const TEXT_FILTERS = ['q', 'ipc', 'industry', 'sei', 'region', 'institution'] as const;

/** Filters live in the URL, so a filtered pool can be shared and survives a reload. */
function filterFrom(params: URLSearchParams): PoolFilter {
  const f: PoolFilter = {};
  for (const k of TEXT_FILTERS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  const mode = params.get('paymentMode');
  if (mode && (PAYMENT_MODES as string[]).includes(mode)) f.paymentMode = mode as PaymentMode;
  const feeMax = yuanToFen(params.get('feeMaxYuan'));
  if (feeMax !== null) f.feeMaxFen = feeMax;
  const rate = percentToBp(params.get('maxRatePercent'));
  if (rate !== null) f.maxRateBp = rate;
  return f;
}

export default function PoolPage() {
  const { t, lang, num } = useI18n();
  usePageTitle(t('ol.pool.title'));
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const key = params.toString();
  const pool = useApi((signal) => openLicenceApi.pool(filter, page, signal), [key]);
  const ids = { mode: useId(), q: useId() };

  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };

  return (
    <>
      <h1 className="ty-h1">{t('ol.pool.title')}</h1>
      <p className="ty-p">{t('ol.pool.lead')}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        <LinkButton to="/open-licences/declare" type="primary">
          {t('ol.nav.declare')}
        </LinkButton>
        <LinkButton to="/open-licences/mine">{t('ol.nav.mine')}</LinkButton>
        <LinkButton to="/open-licences/queue">{t('ol.nav.queue')}</LinkButton>
      </Space>

      <Card style={{ marginBottom: 16 }}>
        <form
          aria-label={t('ol.pool.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            const next = new URLSearchParams();
            for (const [k, v] of data.entries()) if (String(v).trim()) next.set(k, String(v).trim());
            const mode = params.get('paymentMode');
            if (mode) next.set('paymentMode', mode);
            setParams(next);
          }}
        >
          <div className="ol-filter-grid">
            <label htmlFor={ids.q}>
              {t('ol.pool.q')}
              <Input id={ids.q} name="q" defaultValue={filter.q} allowClear />
            </label>
            {(['ipc', 'industry', 'sei', 'region', 'institution'] as const).map((k) => (
              <Field key={k} label={t(`ol.pool.${k}`)}>
                {(id) => (
                  <Input
                    id={id}
                    name={k}
                    defaultValue={filter[k]}
                    placeholder={t(`ol.pool.${k}.hint`)}
                    allowClear
                  />
                )}
              </Field>
            ))}
            <Field label={t('ol.pool.feeMaxYuan')}>
              {(id) => (
                <Input
                  id={id}
                  name="feeMaxYuan"
                  inputMode="decimal"
                  defaultValue={params.get('feeMaxYuan') ?? ''}
                />
              )}
            </Field>
            <Field label={t('ol.pool.maxRatePercent')}>
              {(id) => (
                <Input
                  id={id}
                  name="maxRatePercent"
                  inputMode="decimal"
                  defaultValue={params.get('maxRatePercent') ?? ''}
                />
              )}
            </Field>
            <div>
              <label htmlFor={ids.mode}>{t('ol.terms.mode')}</label>
              <Select<PaymentMode | ''>
                id={ids.mode}
                value={filter.paymentMode ?? ''}
                style={{ width: '100%' }}
                onChange={(v) => set('paymentMode', v || undefined)}
                options={[
                  { value: '', label: t('ol.pool.anyMode') },
                  ...PAYMENT_MODES.map((m) => ({ value: m, label: t(`ol.mode.${m}`) })),
                ]}
              />
            </div>
          </div>
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit">
              {t('ol.pool.apply')}
            </Button>
            <Button onClick={() => setParams(new URLSearchParams())}>{t('ol.pool.reset')}</Button>
          </Space>
        </form>
      </Card>

      <Card
        title={
          <h2 className="card-title" role="status">
            {t('ol.pool.count', { n: num(pool.data?.total ?? 0) })}
          </h2>
        }
        extra={
          <Space>
            <a href={openLicenceApi.feedUrl('rss', filter)}>RSS</a>
            <a href={openLicenceApi.feedUrl('json', filter)}>JSON Feed</a>
            <a href={openLicenceApi.feedUrl('csv', filter)} download>
              {t('ol.pool.csv')}
            </a>
          </Space>
        }
      >
        {pool.error && <ErrorAlert error={pool.error} onRetry={pool.reload} />}
        <DataTable<Declaration>
          caption={t('ol.pool.title')}
          rowKey={(d) => d.id}
          loading={pool.loading}
          rows={pool.data?.items ?? []}
          emptyText={t('ol.pool.empty')}
          columns={[
            {
              key: 'title',
              title: t('ol.patent.title'),
              render: (d) => <Link to={`/open-licences/${d.id}`}>{d.patent.title}</Link>,
            },
            { key: 'number', title: t('ol.patent.number'), render: (d) => d.patent.patentNumber ?? '—' },
            {
              key: 'type',
              title: t('ol.patent.type'),
              render: (d) => t(`patentType.${d.patent.patentType}`),
            },
            {
              key: 'patentees',
              title: t('ol.patent.patentees'),
              render: (d) => d.patentees.join(t('app.listSeparator')),
            },
            { key: 'terms', title: t('ol.terms.title'), render: (d) => d.paymentDescription[lang] },
            {
              key: 'term',
              title: t('ol.term.title'),
              render: (d) => `${d.term.startDate} – ${d.term.endDate}`,
            },
            { key: 'published', title: t('ol.publishedOn'), render: (d) => d.publishedOn ?? '—' },
          ]}
        />
        {(pool.data?.total ?? 0) > (pool.data?.pageSize ?? 20) && (
          <nav aria-label={t('search.pagination')} style={{ marginTop: 12, textAlign: 'right' }}>
            <Pagination
              current={page}
              pageSize={pool.data?.pageSize ?? 20}
              total={pool.data?.total ?? 0}
              showSizeChanger={false}
              onChange={(p) => {
                const next = new URLSearchParams(params);
                next.set('page', String(p));
                setParams(next);
              }}
            />
          </nav>
        )}
      </Card>
    </>
  );
}
