import { Card, Col, Empty, Row, Segmented, Skeleton, Statistic } from 'antd';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useApi } from '../../api/useApi';
import type { Count } from '../../charts/CountsChart';
import { LazyCountsChart as CountsChart } from '../../charts/LazyCountsChart';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { SignedInPage } from '../accounts/SignedInPage';
import { codeLabel } from '../patents/facetLabels';
import { statsApi } from '../stats/api';
import { dashboardApi } from './api';

// ECharts arrives with the chart, after the page's text and figures have painted.
const ImportsChart = lazy(() => import('./ImportsChart').then((m) => ({ default: m.ImportsChart })));

const WINDOWS = [30, 90, 365] as const;

/** The administration's dashboard: the catalogue by IPC section, SEI, region and legal status; imports over time. */
export default function DashboardPage() {
  return (
    <SignedInPage titleKey="dash.title">
      <Dashboard />
    </SignedInPage>
  );
}

function Dashboard() {
  const { t, label, lang, num } = useI18n();
  const [days, setDays] = useState<(typeof WINDOWS)[number]>(90);
  const overview = useApi((signal) => statsApi.overview(lang, signal), [lang]);
  const imports = useApi((signal) => dashboardApi.imports(days, signal), [days]);
  const o = overview.data;

  const chart = (
    title: string,
    kind: 'pie' | 'bar',
    counts: Count[] | undefined,
    height = 320,
  ): ReactNode => (
    <Card title={<h2 className="card-title">{title}</h2>}>
      {counts === undefined ? (
        <Skeleton active />
      ) : counts.length ? (
        <CountsChart title={title} kind={kind} data={counts} height={height} />
      ) : (
        <Empty description={t('app.empty')} />
      )}
    </Card>
  );

  return (
    <>
      <h1 className="ty-h1">{t('dash.title')}</h1>
      <p className="ty-p">{t('dash.lead')}</p>
      {overview.error && <ErrorAlert error={overview.error} onRetry={overview.reload} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['home.patents', o?.patents],
            ['home.inForce', o?.inForce],
            ['home.organisations', o?.organisations],
            ['dash.importedRows', imports.data?.totals.accepted],
          ] as const
        ).map(([key, value]) => (
          <Col xs={12} md={6} key={key}>
            <Card>
              <Statistic
                title={t(key)}
                value={value === undefined ? undefined : num(value)}
                loading={value === undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          {chart(
            t('stats.bySection'),
            'bar',
            o?.bySection.map((v) => ({ label: codeLabel(v.value, v.label), count: v.count })),
          )}
        </Col>
        <Col xs={24} lg={12}>
          {chart(
            t('stats.byLegalStatus'),
            'pie',
            o?.byLegalStatus.map((v) => ({ label: label('legalStatus', v.value, v.label), count: v.count })),
          )}
        </Col>
        <Col xs={24} lg={12}>
          {chart(
            t('dash.bySei'),
            'bar',
            o?.bySei.map((v) => ({ label: codeLabel(v.value, v.label), count: v.count })),
          )}
        </Col>
        <Col xs={24} lg={12}>
          {chart(
            t('dash.byRegion'),
            'bar',
            o?.byProvince.slice(0, 20).map((v) => ({ label: v.label || v.value, count: v.count })),
          )}
        </Col>
        <Col xs={24}>
          <Card
            title={<h2 className="card-title">{t('dash.imports')}</h2>}
            extra={
              <Segmented<(typeof WINDOWS)[number]>
                aria-label={t('dash.window')}
                value={days}
                onChange={setDays}
                options={WINDOWS.map((d) => ({ value: d, label: t('dash.lastDays', { n: d }) }))}
              />
            }
          >
            {imports.error && <ErrorAlert error={imports.error} onRetry={imports.reload} />}
            {imports.data ? (
              <>
                <p className="ty-p">
                  {t('dash.importTotals', {
                    runs: num(imports.data.totals.runs),
                    accepted: num(imports.data.totals.accepted),
                    rejected: num(imports.data.totals.rejected),
                  })}
                </p>
                <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 320 }} />}>
                  <ImportsChart days={imports.data.days} />
                </Suspense>
              </>
            ) : (
              !imports.error && <Skeleton active />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
