import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Pagination, Progress, Result, Skeleton, Space, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { sameId } from '../../../api/client';
import { useApi } from '../../../api/useApi';
import { useI18n } from '../../../i18n/I18nProvider';
import { DataTable } from '../../../shell/DataTable';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { LinkButton } from '../../../shell/LinkButton';
import { usePageTitle } from '../../../shell/usePageTitle';
import { type ImportRun, importsApi, type RejectedRow } from './api';
import { ImportStatusTag } from './ImportStatusTag';

const POLL_MS = 1000;
const REJECTED_PAGE_SIZE = 20;

/** One import run: progress while it runs (polled), then its counts, rejected rows and report downloads. */
export default function ImportRunPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const run = useApi((signal) => importsApi.get(id, signal), [id]);
  const data = sameId(run.data?.id, id) ? run.data : undefined;
  usePageTitle(data ? t('import.runTitle', { name: data.fileName }) : t('import.run'));

  const { reload } = run;
  useEffect(() => {
    if (data?.status !== 'running') return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [data, reload]);

  if (run.error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{run.error.title}</h1>}
        subTitle={run.error.detail}
        extra={
          <LinkButton to="/imports" type="primary">
            {t('import.backToImports')}
          </LinkButton>
        }
      />
    );
  }
  return (
    <>
      <nav aria-label={t('import.backToImports')} style={{ marginBottom: 8 }}>
        <Link to="/imports">← {t('import.backToImports')}</Link>
      </nav>
      <h1 className="ty-h1" style={{ fontSize: 26 }}>
        {data ? t('import.runTitle', { name: data.fileName }) : t('import.run')}
      </h1>
      {run.error && <ErrorAlert error={run.error} onRetry={run.reload} />}
      {!data && !run.error && <Skeleton active />}
      {data && <RunView run={data} />}
    </>
  );
}

function RunView({ run }: { run: ImportRun }) {
  const { t, num } = useI18n();
  const percent =
    run.status === 'completed'
      ? 100
      : run.totalRows
        ? Math.min(99, Math.floor((run.processedRows / run.totalRows) * 100))
        : 0;
  const figures = [
    ['import.accepted', run.accepted],
    ['import.created', run.created],
    ['import.updated', run.updated],
    ['import.unchanged', run.unchanged],
    ['import.rejected', run.rejectedCount],
  ] as const;

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Space style={{ marginBottom: 8 }}>
          <ImportStatusTag status={run.status} />
          <span role="status" aria-live="polite">
            {run.totalRows !== null
              ? t('import.processedOf', { processed: num(run.processedRows), total: num(run.totalRows) })
              : t('import.processed', { processed: num(run.processedRows) })}
          </span>
        </Space>
        <Progress
          percent={percent}
          status={run.status === 'failed' ? 'exception' : run.status === 'running' ? 'active' : 'success'}
          aria-label={t('import.progress')}
        />
        {run.failure && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('import.failure')}
            description={run.failure}
            style={{ marginTop: 12 }}
          />
        )}
        <Descriptions
          size="small"
          style={{ marginTop: 12 }}
          column={{ xs: 1, sm: 2, md: 3 }}
          items={[
            { key: 'format', label: t('import.format'), children: run.format },
            { key: 'encoding', label: t('import.encoding'), children: run.encoding ?? '—' },
            { key: 'layout', label: t('import.layout'), children: run.layout ?? '—' },
            {
              key: 'startedAt',
              label: t('import.startedAt'),
              children: dayjs(run.startedAt).format('YYYY-MM-DD HH:mm:ss'),
            },
            {
              key: 'finishedAt',
              label: t('import.finishedAt'),
              children: run.finishedAt ? dayjs(run.finishedAt).format('YYYY-MM-DD HH:mm:ss') : '—',
            },
          ]}
        />
      </Card>

      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
          gap: 16,
          marginBottom: 16,
        }}
      >
        {figures.map(([key, value]) => (
          <Card key={key}>
            <Statistic title={t(key)} value={num(value)} />
          </Card>
        ))}
      </div>

      {run.status !== 'running' && <RejectedRows run={run} />}
    </>
  );
}

function RejectedRows({ run }: { run: ImportRun }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const rows = useApi(
    (signal) => importsApi.rejected(run.id, page, REJECTED_PAGE_SIZE, signal),
    [run.id, page, run.status],
  );
  return (
    <Card
      title={<h2 className="card-title">{t('import.rejectedRows')}</h2>}
      extra={
        <Space wrap>
          <a href={importsApi.reportUrl(run.id, 'csv')} download>
            <DownloadOutlined aria-hidden /> {t('import.reportCsv')}
          </a>
          <a href={importsApi.reportUrl(run.id, 'json')} download>
            <DownloadOutlined aria-hidden /> {t('import.reportJson')}
          </a>
        </Space>
      }
    >
      {rows.error && <ErrorAlert error={rows.error} onRetry={rows.reload} />}
      <DataTable<RejectedRow>
        caption={t('import.rejectedRows')}
        rowKey={(r) => `${r.row}:${r.field ?? ''}:${r.reason}`}
        loading={rows.loading}
        rows={rows.data?.items ?? []}
        emptyText={t('import.noRejected')}
        columns={[
          { key: 'row', title: t('import.row'), render: (r) => r.row, width: 90, align: 'right' },
          {
            key: 'field',
            title: t('import.field'),
            render: (r) => (r.field ? <code>{r.field}</code> : '—'),
            width: 200,
          },
          { key: 'reason', title: t('import.reason'), render: (r) => r.reason },
        ]}
      />
      {(rows.data?.total ?? 0) > REJECTED_PAGE_SIZE && (
        <nav aria-label={t('search.pagination')} style={{ marginTop: 12, textAlign: 'right' }}>
          <Pagination
            current={page}
            pageSize={REJECTED_PAGE_SIZE}
            total={rows.data?.total ?? 0}
            showSizeChanger={false}
            onChange={setPage}
          />
        </nav>
      )}
    </Card>
  );
}
