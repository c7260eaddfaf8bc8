import './openLicence.css';
import { Card, Pagination, Segmented } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { type Declaration, type DeclarationState, openLicenceApi } from './api';
import { RefusalList } from './RefusalList';
import { StateTag } from './StateTag';

const TABS: DeclarationState[] = ['submitted', 'verified', 'suspended', 'published'];

/** 二次核查: service organisations check submitted declarations against the checklist, then publish. */
export default function QueuePage() {
  const { t, num } = useI18n();
  usePageTitle(t('ol.queue.title'));
  const [state, setState] = useState<DeclarationState>('submitted');
  const [page, setPage] = useState(1);
  const queue = useApi((signal) => openLicenceApi.queue([state], page, signal), [state, page]);
  return (
    <>
      <h1 className="ty-h1">{t('ol.queue.title')}</h1>
      <p className="ty-p">{t('ol.queue.lead')}</p>
      <Segmented<DeclarationState>
        value={state}
        onChange={(s) => {
          setState(s);
          setPage(1);
        }}
        options={TABS.map((s) => ({ value: s, label: t(`ol.state.${s}`) }))}
        style={{ marginBottom: 16 }}
      />
      <Card title={<h2 className="card-title">{t('ol.queue.count', { n: num(queue.data?.total ?? 0) })}</h2>}>
        {queue.error && <ErrorAlert error={queue.error} onRetry={queue.reload} />}
        <DataTable<Declaration>
          caption={t('ol.queue.title')}
          rowKey={(d) => d.id}
          loading={queue.loading}
          rows={queue.data?.items ?? []}
          emptyText={t('ol.queue.empty')}
          columns={[
            {
              key: 'title',
              title: t('ol.patent.title'),
              render: (d) => <Link to={`/open-licences/${d.id}`}>{d.patent.title}</Link>,
            },
            {
              key: 'patentees',
              title: t('ol.patent.patentees'),
              render: (d) => d.patentees.join(t('app.listSeparator')),
            },
            { key: 'state', title: t('ol.state'), render: (d) => <StateTag state={d.state} /> },
            {
              key: 'check',
              title: t('ol.check.title'),
              render: (d) => (d.lastCheck ? <RefusalList check={d.lastCheck} /> : '—'),
            },
            { key: 'updated', title: t('ol.queue.updated'), render: (d) => d.updatedAt.slice(0, 10) },
          ]}
        />
        {(queue.data?.total ?? 0) > (queue.data?.pageSize ?? 20) && (
          <nav aria-label={t('search.pagination')} style={{ marginTop: 12, textAlign: 'right' }}>
            <Pagination
              current={page}
              pageSize={queue.data?.pageSize ?? 20}
              total={queue.data?.total ?? 0}
              showSizeChanger={false}
              onChange={setPage}
            />
          </nav>
        )}
      </Card>
    </>
  );
}
