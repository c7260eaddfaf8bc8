import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { message as antMessage, Card, Pagination, Select, Space, Upload } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { useApi } from '../../../api/useApi';
import { useI18n } from '../../../i18n/I18nProvider';
import { DataTable } from '../../../shell/DataTable';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { usePageTitle } from '../../../shell/usePageTitle';
import { IMPORT_FORMATS, type ImportFormat, type ImportRun, importsApi } from './api';
import { ImportStatusTag } from './ImportStatusTag';

export default function ImportPage() {
  const { t, num } = useI18n();
  usePageTitle(t('import.title'));
  const [message, messageHolder] = antMessage.useMessage();
  const navigate = useNavigate();
  const formatId = useId();
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [uploadError, setUploadError] = useState<ApiError>();
  const [page, setPage] = useState(1);
  const runs = useApi((signal) => importsApi.list(page, signal), [page]);

  return (
    <>
      {messageHolder}
      <h1 className="ty-h1">{t('import.title')}</h1>
      <p className="ty-p">{t('import.lead')}</p>

      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="large" style={{ marginBottom: 16 }}>
          <Space>
            <label htmlFor={formatId}>{t('import.format')}</label>
            <Select<ImportFormat>
              id={formatId}
              value={format}
              onChange={setFormat}
              style={{ minWidth: 180 }}
              options={IMPORT_FORMATS.map((f) => ({ value: f, label: t(`import.format.${f}`) }))}
            />
          </Space>
          <Space wrap>
            <span>
              {t('import.templates')}
              {t('app.labelSuffix')}
            </span>
            <a href={importsApi.templateUrl('csv')} download>
              <DownloadOutlined aria-hidden /> {t('import.templateCsv')}
            </a>
            <a href={importsApi.templateUrl('xlsx')} download>
              <DownloadOutlined aria-hidden /> {t('import.templateXlsx')}
            </a>
          </Space>
        </Space>

        {uploadError && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={uploadError} />
          </div>
        )}
        <Upload.Dragger
          name="file"
          multiple={false}
          showUploadList={false}
          accept=".csv,.xlsx,.jsonl,.ndjson,.txt"
          customRequest={async ({ file, onSuccess, onError }) => {
            const f = file as File;
            setUploadError(undefined);
            const hide = message.loading(t('import.uploading', { name: f.name }), 0);
            try {
              const { id } = await importsApi.start(f, format);
              onSuccess?.({ id });
              message.success(t('import.started', { name: f.name }));
              navigate(`/imports/${encodeURIComponent(id)}`);
            } catch (err) {
              const e = err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) });
              setUploadError(e);
              onError?.(e);
            } finally {
              hide();
            }
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.dropHint')}</p>
        </Upload.Dragger>
      </Card>

      <Card title={<h2 className="card-title">{t('import.history')}</h2>}>
        {runs.error && <ErrorAlert error={runs.error} onRetry={runs.reload} />}
        <DataTable<ImportRun>
          caption={t('import.history')}
          rowKey={(r) => r.id}
          loading={runs.loading}
          rows={runs.data?.items ?? []}
          emptyText={t('import.noRuns')}
          columns={[
            {
              key: 'fileName',
              title: t('import.fileName'),
              render: (r) => <Link to={`/imports/${encodeURIComponent(r.id)}`}>{r.fileName}</Link>,
            },
            {
              key: 'status',
              title: t('import.status'),
              render: (r) => <ImportStatusTag status={r.status} />,
            },
            {
              key: 'startedAt',
              title: t('import.startedAt'),
              render: (r) => dayjs(r.startedAt).format('YYYY-MM-DD HH:mm'),
            },
            {
              key: 'accepted',
              title: t('import.accepted'),
              align: 'right',
              render: (r) => num(r.accepted),
            },
            { key: 'created', title: t('import.created'), align: 'right', render: (r) => num(r.created) },
            { key: 'updated', title: t('import.updated'), align: 'right', render: (r) => num(r.updated) },
            {
              key: 'rejected',
              title: t('import.rejected'),
              align: 'right',
              render: (r) => num(r.rejectedCount),
            },
          ]}
        />
        {(runs.data?.total ?? 0) > (runs.data?.pageSize ?? 20) && (
          <nav aria-label={t('search.pagination')} style={{ marginTop: 12, textAlign: 'right' }}>
            <Pagination
              current={page}
              pageSize={runs.data?.pageSize ?? 20}
              total={runs.data?.total ?? 0}
              showSizeChanger={false}
              onChange={setPage}
            />
          </nav>
        )}
      </Card>
    </>
  );
}
