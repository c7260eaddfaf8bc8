import './demands.css';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Checkbox, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { toApiError } from '../accounts/apiError';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useSession } from '../accounts/session';
import { demandsApi, type ImportReport, type ImportRow } from './api';

/**
 * 批量导入: a CSV/XLSX sheet of questionnaires, all or nothing — every row is checked with the form's rules and
 * nothing is written while a row is refused. A dry run checks only. Re-running a sheet changes nothing.
 */
export default function DemandImportPage() {
  const { t } = useI18n();
  usePageTitle(t('dm.import.title'));
  return (
    <RequireSignIn title={t('dm.import.title')}>
      <DemandImport />
    </RequireSignIn>
  );
}

function DemandImport() {
  const { t, lang } = useI18n();
  const [dryRun, setDryRun] = useState(true);
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<ApiError>();
  const vocabulary = useApi((signal) => demandsApi.vocabulary(signal), []);
  const { me } = useSession();
  // Service organisations and the administration import the survey for enterprises without an account.
  const kind = me?.user.organisationKind;
  const forOthers = kind === 'service_organisation' || kind === 'government';

  return (
    <>
      <h1 className="ty-h1">{t('dm.import.title')}</h1>
      <p className="ty-p">
        {t('dm.import.lead')}{' '}
        <a className="dm-inline-link" href={demandsApi.templateUrl} download>
          {t('dm.import.template')}
        </a>
      </p>
      {forOthers && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('dm.import.forOthers')} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
          {t('dm.import.dryRun')}
        </Checkbox>
        <div style={{ marginTop: 12 }}>
          <Upload.Dragger
            name="file"
            multiple={false}
            showUploadList={false}
            accept=".csv,.xlsx"
            customRequest={async ({ file, onSuccess, onError }) => {
              setError(undefined);
              try {
                const r = await demandsApi.importSheet(file as File, dryRun);
                setReport(r);
                onSuccess?.(r);
              } catch (err) {
                const e = toApiError(err);
                setError(e);
                onError?.(e);
              }
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('dm.import.drop')}</p>
          </Upload.Dragger>
        </div>
        {error && (
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={error} />
          </div>
        )}
      </Card>

      {report && (
        <Card
          title={<h2 className="card-title">{t('dm.import.result', { file: report.fileName })}</h2>}
          style={{ marginBottom: 16 }}
        >
          <Alert
            role="status"
            type={report.rejected.length ? 'error' : report.written ? 'success' : 'info'}
            showIcon
            title={
              report.rejected.length
                ? t('dm.import.refused', { n: report.rejected.length })
                : report.written
                  ? t('dm.import.written')
                  : t('dm.import.checked')
            }
            description={
              t('dm.import.summary', {
                total: report.total,
                created: report.created,
                updated: report.updated,
                unchanged: report.unchanged,
                rejected: report.rejected.length,
              }) + (report.importedFor === 'unclaimed' ? ` ${t('dm.import.unclaimed')}` : '')
            }
            style={{ marginBottom: 12 }}
          />
          <DataTable<ImportRow>
            caption={t('dm.import.rows')}
            rowKey={(r) => r.row}
            rows={report.rows}
            emptyText={t('app.empty')}
            columns={[
              { key: 'row', title: t('dm.import.row'), render: (r) => r.row },
              {
                key: 'title',
                title: t('dm.field.title'),
                render: (r) => <span lang="zh-CN">{r.title || '—'}</span>,
              },
              {
                key: 'action',
                title: t('dm.import.action'),
                render: (r) => {
                  const action = t(`dm.import.action.${r.action}`);
                  if (r.action === 'reject') return action;
                  // Nothing is written on a dry run or while another row is refused: say what would happen.
                  if (!report.written) return t('dm.import.notWritten', { action });
                  return r.demandId ? <Link to={`/demands/${r.demandId}`}>{action}</Link> : action;
                },
              },
              {
                key: 'errors',
                title: t('dm.import.errors'),
                render: (r) =>
                  r.errors.length ? (
                    <ul className="dm-errors">
                      {r.errors.map((e) => (
                        <li key={`${e.field}:${e.reason.zh}`}>
                          {e.column && <strong>{e.column}</strong>}
                          {e.column && t('app.labelSuffix')}
                          {e.reason[lang]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Card>
      )}

      {vocabulary.data && (
        <Card title={<h2 className="card-title">{t('dm.import.columns')}</h2>}>
          <DataTable
            caption={t('dm.import.columns')}
            rowKey={(c) => c.field}
            rows={vocabulary.data.sheetColumns}
            emptyText={t('app.empty')}
            columns={[
              {
                key: 'headers',
                title: t('dm.import.header'),
                render: (c) => <span lang="zh-CN">{c.headers.join(' / ')}</span>,
              },
              { key: 'field', title: t('dm.import.field'), render: (c) => <code>{c.field}</code> },
              { key: 'note', title: t('dm.import.note'), render: (c) => <span lang="zh-CN">{c.note}</span> },
            ]}
          />
        </Card>
      )}
    </>
  );
}
