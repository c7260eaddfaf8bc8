import { Card, Col, Empty, Row, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useApi } from '../../api/useApi';
import type { Count } from '../../charts/CountsChart';
import { LazyCountsChart as CountsChart } from '../../charts/LazyCountsChart';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { codeLabel } from '../patents/facetLabels';
import { statsApi } from './api';

export default function StatsPage() {
  const { t, label, lang } = useI18n();
  usePageTitle(t('stats.title'));
  const overview = useApi((signal) => statsApi.overview(lang, signal), [lang]);
  const data = overview.data;

  const chart = (title: string, kind: 'pie' | 'bar', counts: Count[] | undefined): ReactNode => (
    <Card title={<h2 className="card-title">{title}</h2>}>
      {counts === undefined ? (
        <Skeleton active />
      ) : counts.length ? (
        <CountsChart title={title} kind={kind} data={counts} height={320} />
      ) : (
        <Empty description={t('app.empty')} />
      )}
    </Card>
  );

  return (
    <>
      <h1 className="ty-h1">{t('stats.title')}</h1>
      {overview.error && <ErrorAlert error={overview.error} onRetry={overview.reload} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          {chart(
            t('stats.byType'),
            'pie',
            data?.byType.map((v) => ({ label: label('patentType', v.value, v.label), count: v.count })),
          )}
        </Col>
        <Col xs={24} lg={12}>
          {chart(
            t('stats.byLegalStatus'),
            'bar',
            data?.byLegalStatus.map((v) => ({
              label: label('legalStatus', v.value, v.label),
              count: v.count,
            })),
          )}
        </Col>
        <Col xs={24}>
          {chart(
            t('stats.bySection'),
            'bar',
            data?.bySection.map((v) => ({ label: codeLabel(v.value, v.label), count: v.count })),
          )}
        </Col>
      </Row>
    </>
  );
}
