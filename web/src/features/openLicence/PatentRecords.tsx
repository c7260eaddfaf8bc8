import { Skeleton } from 'antd';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { openLicenceApi, type PatentRecords as Records } from './api';

/**
 * 许可与质押记录 on a patent's page, for those who may read them (GET /open-licence/patents/:id/records:
 * the patentee, operators, the IP administration and banks): the pledges, licences and procedure suspensions
 * a lender checks before taking the patent as collateral, and the evaluation report.
 */
export default function PatentRecords({ patentId }: { patentId: string | number }) {
  const { t, lang } = useI18n();
  const r = useApi((signal) => openLicenceApi.records(patentId, signal), [patentId]);
  if (r.error) return <ErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { pledges, licences, suspensions, evaluationReport } = r.data;
  const dash = (v: string | null) => v ?? '—';
  return (
    <div className="ol-records">
      <h3 className="ty-h3">{t('ol.records.pledges')}</h3>
      <DataTable<Records['pledges'][number]>
        caption={t('ol.records.pledges')}
        rows={pledges}
        rowKey={(p) => p.id}
        emptyText={t('ol.records.noPledges')}
        columns={[
          { key: 'pledgee', title: t('ol.records.pledgee'), render: (p) => p.pledgee },
          { key: 'pledgor', title: t('ol.records.pledgor'), render: (p) => p.pledgor },
          {
            key: 'number',
            title: t('ol.records.registrationNumber'),
            render: (p) => dash(p.registrationNumber),
          },
          { key: 'registered', title: t('ol.records.registeredOn'), render: (p) => p.registeredOn },
          {
            key: 'state',
            title: t('ol.records.pledgeState'),
            render: (p) =>
              p.releasedOn
                ? t('ol.records.releasedOn', { date: p.releasedOn })
                : p.pledgeeConsentOn
                  ? t('ol.records.consentOn', { date: p.pledgeeConsentOn })
                  : t('ol.records.inForce'),
          },
        ]}
      />
      <h3 className="ty-h3">{t('ol.records.licences')}</h3>
      <DataTable<Records['licences'][number]>
        caption={t('ol.records.licences')}
        rows={licences}
        rowKey={(l) => l.id}
        emptyText={t('ol.records.noLicences')}
        columns={[
          { key: 'kind', title: t('ol.records.licenceKind'), render: (l) => l.kindLabel[lang] },
          { key: 'licensee', title: t('ol.records.licensee'), render: (l) => l.licenseeName },
          {
            key: 'term',
            title: t('ol.records.licenceTerm'),
            render: (l) => `${l.startDate} – ${l.endDate ?? '—'}`,
          },
          { key: 'filing', title: t('ol.records.filingNumber'), render: (l) => dash(l.filingNumber) },
        ]}
      />
      <h3 className="ty-h3">{t('ol.records.suspensions')}</h3>
      <DataTable<Records['suspensions'][number]>
        caption={t('ol.records.suspensions')}
        rows={suspensions}
        rowKey={(s) => s.id}
        emptyText={t('ol.records.noSuspensions')}
        columns={[
          {
            key: 'kind',
            title: t('ol.records.suspensionKind'),
            render: (s) =>
              t(s.kind === 'preservation' ? 'ol.records.preservation' : 'ol.records.ownershipDispute'),
          },
          { key: 'reference', title: t('ol.records.reference'), render: (s) => s.reference },
          {
            key: 'period',
            title: t('ol.records.period'),
            render: (s) => `${s.startDate} – ${s.endDate ?? '—'}`,
          },
        ]}
      />
      <p>
        <strong>{t('ol.records.evaluationReport')}</strong>{' '}
        {evaluationReport
          ? `${evaluationReport.reportNumber}${evaluationReport.issuedOn ? ` (${evaluationReport.issuedOn})` : ''}${
              evaluationReport.conclusion ? ` — ${evaluationReport.conclusion}` : ''
            }`
          : t('ol.records.noEvaluationReport')}
      </p>
    </div>
  );
}
