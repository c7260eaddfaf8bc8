import './matching.css';
import { Empty, Skeleton, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useSession } from '../accounts/session';
import { matchingApi } from './api';
import { Marked } from './Marked';
import { orderedReasons, reasonTerms, scorePercent } from './reasons';

const SubscribeButton = lazy(() => import('../push/SubscribeButton'));

/**
 * 匹配企业 on a patent's page: the enterprises whose demands fit the patent (reverse matching,
 * GET /patents/:id/matching-demands), each demand with its best reasons. Only demands the reader may see.
 */
export default function MatchingEnterprises({
  patentId,
  patentTitle,
}: {
  patentId: string | number;
  patentTitle: string;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <>
      <ReverseMatches patentId={patentId} />
      {me && (
        <div className="mt-reverse-follow">
          <Suspense fallback={null}>
            <SubscribeButton kind="patent" objectId={Number(patentId)} label={patentTitle} />
          </Suspense>
          <p className="ty-secondary">{t('mt.reverse.followHint')}</p>
        </div>
      )}
    </>
  );
}

function ReverseMatches({ patentId }: { patentId: string | number }) {
  const { t, lang, num } = useI18n();
  const r = useApi((signal) => matchingApi.matchingDemands(patentId, signal), [patentId]);
  if (r.error) return <ErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { enterprises, items } = r.data;
  if (enterprises.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mt.reverse.none')} />;
  return (
    <div className="mt-reverse">
      <ul className="mt-enterprises" aria-label={t('mt.reverse.enterprises')}>
        {enterprises.map((e) => (
          <li key={`${e.name}:${e.region?.code ?? ''}`}>
            <strong lang="zh-CN">{e.name}</strong>
            {e.region && <span className="ty-secondary"> · {e.region.name}</span>}
            <div className="ty-secondary">
              {t('mt.reverse.enterpriseLine', { n: num(e.demands), score: scorePercent(e.bestScore) })}
            </div>
          </li>
        ))}
      </ul>
      <h3 className="mt-reverse-heading">{t('mt.reverse.demands')}</h3>
      <ol className="mt-reverse-demands">
        {items.map((i) => (
          <li key={i.demand.id}>
            <Link to={`/demands/${i.demand.id}`} lang="zh-CN">
              {i.demand.title}
            </Link>{' '}
            <Tag className="mt-tag">{t('mt.score', { n: scorePercent(i.score) })}</Tag>
            <div className="ty-secondary" lang="zh-CN">
              {i.demand.enterpriseName}
              {i.demand.preferredModes.length > 0 &&
                ` · ${i.demand.preferredModes.map((m) => t(`dm.mode.${m.code}`)).join(t('app.listSeparator'))}`}
            </div>
            <ul className="mt-reasons mt-reasons-compact">
              {orderedReasons(i.reasons)
                .slice(0, 3)
                .map((reason) => (
                  <li key={`${reason.kind}:${reason.text.zh}`}>
                    <Marked text={reason.text[lang]} terms={reasonTerms(reason)} />
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
      {r.data.mode === 'lexical' && <p className="ty-secondary">{t('mt.reverse.lexical')}</p>}
    </div>
  );
}
