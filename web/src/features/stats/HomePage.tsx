import { Card, Col, Empty, List, Row, Skeleton, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import type { Page } from '../../api/client';
import { type ApiState, useApi } from '../../api/useApi';
import { LazyCountsChart as CountsChart } from '../../charts/LazyCountsChart';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { SearchBox } from '../patents/SearchBox';
import { useSearchSubmit } from '../patents/useSearchSubmit';
import { type DemandSummary, type Overview, statsApi } from './api';

export default function HomePage() {
  const { t, num, label, lang } = useI18n();
  usePageTitle(undefined);
  const overview = useApi((signal) => statsApi.overview(lang, signal), [lang]);
  const demands = useApi((signal) => statsApi.latestDemands(signal), []);
  const { submit, lookingUp } = useSearchSubmit(
    useCallback((q: string) => (q ? `/patents?${new URLSearchParams({ q })}` : '/patents'), []),
  );

  return (
    <>
      <section aria-labelledby="home-title" style={{ padding: '24px 0 32px' }}>
        <h1 className="ty-h1" id="home-title">
          {t('app.name')}
        </h1>
        <p className="ty-p" style={{ fontSize: 16 }}>
          {t('home.lead')}
        </p>
        <div style={{ maxWidth: 720 }}>
          <SearchBox
            onSubmit={submit}
            loading={lookingUp}
            labelKey="home.searchLabel"
            placeholderKey="home.searchPlaceholder"
          />
        </div>
      </section>

      <section aria-labelledby="home-figures">
        <h2 className="ty-h2" id="home-figures">
          {t('home.figures')}
        </h2>
        {overview.error && <ErrorAlert error={overview.error} onRetry={overview.reload} />}
        {!overview.error && <Figures data={overview.data} />}
      </section>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-title">{t('home.byType')}</h2>}>
            {overview.data ? (
              overview.data.byType.length ? (
                <CountsChart
                  title={t('home.byType')}
                  kind="pie"
                  data={overview.data.byType.map((v) => ({
                    label: label('patentType', v.value, v.label),
                    count: v.count,
                  }))}
                />
              ) : (
                <Empty description={t('app.empty')} />
              )
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={<h2 className="card-title">{t('home.latestImports')}</h2>}
            extra={<Link to="/imports">{t('nav.imports')}</Link>}
          >
            {overview.data ? (
              <List
                dataSource={overview.data.latestImports}
                locale={{ emptyText: <Empty description={t('import.noRuns')} /> }}
                renderItem={(run) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Link to={`/imports/${encodeURIComponent(run.id)}`}>{run.fileName ?? run.id}</Link>
                      }
                      description={[
                        run.status ? label('import.status', run.status) : null,
                        (run.finishedAt ?? run.startedAt)
                          ? dayjs(run.finishedAt ?? run.startedAt).format('YYYY-MM-DD HH:mm')
                          : null,
                        run.accepted !== undefined ? `${t('import.accepted')} ${num(run.accepted)}` : null,
                        run.rejectedCount !== undefined
                          ? `${t('import.rejected')} ${num(run.rejectedCount)}`
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <LatestOpenLicences />
        </Col>
        {/* The demands API may be absent (an older server): the section then stays out. */}
        {demands.data !== null && (
          <Col xs={24} lg={12}>
            <LatestDemands state={demands} />
          </Col>
        )}
      </Row>
    </>
  );
}

function Figures({ data }: { data: Overview | undefined }) {
  const { t, num } = useI18n();
  const figures = [
    { key: 'home.patents', value: data?.patents, to: '/patents' },
    { key: 'home.inForce', value: data?.inForce, to: '/patents?legalStatus=in_force' },
    { key: 'home.organisations', value: data?.organisations },
    { key: 'home.universities', value: data?.universities, to: '/patents?applicantType=university' },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col xs={12} md={6} key={f.key}>
          <Card>
            <Statistic
              title={'to' in f && f.to ? <Link to={f.to}>{t(f.key)}</Link> : t(f.key)}
              value={f.value === undefined ? undefined : num(f.value)}
              loading={data === undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function LatestOpenLicences() {
  const { t, lang } = useI18n();
  const pool = useApi((signal) => statsApi.latestOpenLicences(signal), []);
  return (
    <Card
      title={<h2 className="card-title">{t('home.latestOpenLicences')}</h2>}
      extra={<Link to="/open-licences">{t('home.moreOpenLicences')}</Link>}
    >
      {pool.error && <ErrorAlert error={pool.error} onRetry={pool.reload} />}
      {pool.data ? (
        <List
          dataSource={pool.data.items}
          locale={{ emptyText: <Empty description={t('home.noOpenLicences')} /> }}
          renderItem={(d) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/open-licences/${d.id}`}>{d.patent.title}</Link>}
                description={[
                  d.patentees.join(t('app.listSeparator')),
                  d.paymentDescription[lang],
                  d.publishedOn,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </List.Item>
          )}
        />
      ) : (
        !pool.error && <Skeleton active />
      )}
    </Card>
  );
}

function LatestDemands({ state }: { state: ApiState<Page<DemandSummary> | null> }) {
  const { t } = useI18n();
  return (
    <Card
      title={<h2 className="card-title">{t('home.latestDemands')}</h2>}
      extra={<Link to="/demands">{t('home.moreDemands')}</Link>}
    >
      {state.error && <ErrorAlert error={state.error} onRetry={state.reload} />}
      {state.data ? (
        <List
          dataSource={state.data.items}
          locale={{ emptyText: <Empty description={t('home.noDemands')} /> }}
          renderItem={(d) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/demands/${d.id}`}>{d.title}</Link>}
                description={[d.enterpriseName, d.region?.name, dayjs(d.createdAt).format('YYYY-MM-DD')]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </List.Item>
          )}
        />
      ) : (
        !state.error && <Skeleton active />
      )}
    </Card>
  );
}
