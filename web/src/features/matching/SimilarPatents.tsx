import './matching.css';
import { Empty, Skeleton, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LegalStatusTag } from '../patents/PatentTags';
import { matchingApi, type SimilarReason } from './api';
import { Marked } from './Marked';
import { scorePercent } from './reasons';

/** Longer than this, a reference is a whole title, not a word worth marking (as in reasons.ts). */
const MAX_MARKED_CHARS = 16;

function markedTerms(r: SimilarReason): string[] {
  if (r.kind === 'semantic') return [];
  return [...new Set([...r.patent, ...r.similar])].filter((x) => [...x].length <= MAX_MARKED_CHARS);
}

/**
 * 相似专利 on a patent's page (GET /patents/:id/similar): other catalogue patents on the same subject, by the
 * patent's stored embedding and its words, each with why (shared concepts, semantic closeness, IPC subclass).
 */
export default function SimilarPatents({ patentId }: { patentId: string | number }) {
  const { t, lang } = useI18n();
  const r = useApi((signal) => matchingApi.similar(patentId, signal), [patentId]);
  if (r.error) return <ErrorAlert error={r.error} onRetry={r.reload} />;
  if (!r.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (r.data.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mt.similar.none')} />;
  return (
    <div className="mt-similar">
      <ol className="mt-reverse-demands" aria-label={t('mt.similar.list')}>
        {r.data.items.map((i) => (
          <li key={i.patent.id}>
            <Link to={`/patents/${i.patent.id}`} lang="zh-CN">
              {i.patent.title}
            </Link>{' '}
            <Tag className="mt-tag">{t('mt.similar.score', { n: scorePercent(i.score) })}</Tag>
            <div className="ty-secondary">
              {[i.patent.applicationNumber ?? i.patent.publicationNumber, i.patent.mainIpc]
                .filter(Boolean)
                .join(' · ')}{' '}
              <LegalStatusTag status={i.patent.legalStatus} label={i.patent.legalStatusLabel[lang]} />
            </div>
            <ul className="mt-reasons mt-reasons-compact">
              {i.reasons.slice(0, 2).map((reason) => (
                <li key={`${reason.kind}:${reason.text.zh}`}>
                  <Marked text={reason.text[lang]} terms={markedTerms(reason)} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {r.data.mode === 'lexical' && <p className="ty-secondary">{t('mt.similar.lexical')}</p>}
    </div>
  );
}
