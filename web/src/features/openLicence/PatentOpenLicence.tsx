import './openLicence.css';
import { Descriptions, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { openLicenceApi } from './api';
import { StateTag } from './StateTag';

/**
 * 开放许可条款 on a patent's page: the terms of its declaration in force (published, or suspended — then it says
 * so), as the declaration page shows them, with a link to that page; a plain sentence when there is none.
 */
export default function PatentOpenLicence({ patentId }: { patentId: string | number }) {
  const { t, lang } = useI18n();
  const r = useApi((signal) => openLicenceApi.patentDeclaration(patentId, signal), [patentId]);
  if (r.error) return <ErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const d = r.data.declaration;
  if (!d) return <p className="ty-secondary">{t('ol.onPatent.none')}</p>;
  return (
    <div className="ol-on-patent">
      <p>
        <StateTag state={d.state} />{' '}
        {t(d.state === 'suspended' ? 'ol.onPatent.suspended' : 'ol.onPatent.published')}
      </p>
      <Descriptions column={1} size="small" layout="vertical">
        <Descriptions.Item label={t('ol.terms.title')}>{d.paymentDescription[lang]}</Descriptions.Item>
        <Descriptions.Item label={t('ol.term.title')}>
          {d.term.startDate} – {d.term.endDate}
        </Descriptions.Item>
        <Descriptions.Item label={t('ol.scope.territory')}>{d.territoryDescription[lang]}</Descriptions.Item>
        <Descriptions.Item label={t('ol.scope.field')}>{d.field ?? t('ol.scope.anyField')}</Descriptions.Item>
        <Descriptions.Item label={t('ol.otherMatters')}>{d.otherMatters || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ol.publishedOn')}>{d.publishedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Link to={`/open-licences/${d.id}`}>{t('ol.onPatent.open')}</Link>
    </div>
  );
}
