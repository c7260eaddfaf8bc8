import './matching.css';
import { Alert, Checkbox, Empty, Skeleton, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { type FeedbackView, matchingApi, type Verdict } from './api';
import { FeedbackButtons } from './FeedbackButtons';
import { MatchCard } from './MatchCard';

/**
 * Ranked patents for a demand (GET /demands/:id/matches) with their reasons, score breakdowns and the
 * caller's organisation's verdicts. `canGiveFeedback`: signed in on behalf of an organisation.
 */
export function DemandMatches({
  demandId,
  canGiveFeedback,
  onDemandMoved,
}: {
  demandId: number;
  canGiveFeedback: boolean;
  onDemandMoved(): void;
}) {
  const { t, lang, num } = useI18n();
  const [includeInactive, setIncludeInactive] = useState(false);
  const matches = useApi(
    (signal) => matchingApi.demandMatches(demandId, { limit: 20, includeInactive }, signal),
    [demandId, includeInactive],
  );
  const [verdicts, setVerdicts] = useState<Record<number, Verdict>>({});
  const data = matches.data?.demandId === demandId ? matches.data : undefined;
  const byPatent = useMemo(() => {
    const m: Record<number, Verdict> = {};
    for (const v of data?.feedback ?? []) m[v.patentId] = v;
    return { ...m, ...verdicts };
  }, [data, verdicts]);

  const saved = (view: FeedbackView) => {
    setVerdicts((prev) => ({
      ...prev,
      [view.patentId]: { patentId: view.patentId, relevance: view.relevance, contacted: view.contacted },
    }));
    if (view.demandMatched) onDemandMoved();
  };

  if (matches.error) return <ErrorAlert error={matches.error} onRetry={matches.reload} />;
  if (!data) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <div aria-busy={matches.loading}>
      <Alert
        type={data.mode === 'hybrid' ? 'info' : 'warning'}
        showIcon
        title={data.modeMessage[lang]}
        description={t('mt.timing', {
          n: num(data.considered),
          ranking: data.rankingMs.toFixed(1),
          embedding: data.embeddingMs.toFixed(1),
        })}
        style={{ marginBottom: 12 }}
      />
      {data.predicted.length > 0 && (
        <p className="mt-predicted">
          {t('mt.predicted')}
          {t('app.labelSuffix')}
          {data.predicted.slice(0, 5).map((p) => (
            <Tag key={p.subclass} className="mt-tag">
              {p.subclass}
              {p.title ? ` ${p.title}` : ''} · {Math.round(p.probability * 100)}%
            </Tag>
          ))}
        </p>
      )}
      <Space style={{ marginBottom: 12 }}>
        <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
          {t('mt.includeInactive')}
        </Checkbox>
      </Space>
      {!canGiveFeedback && <p className="ty-secondary">{t('mt.feedback.signInHint')}</p>}
      {data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mt.none')} />
      ) : (
        <ol className="mt-list" aria-label={t('mt.listLabel')}>
          {data.items.map((item) => (
            <li key={item.patent.id}>
              <MatchCard
                item={item}
                actions={
                  canGiveFeedback ? (
                    <FeedbackButtons
                      demandId={demandId}
                      patentId={item.patent.id}
                      patentTitle={item.patent.title}
                      verdict={byPatent[item.patent.id]}
                      onSaved={saved}
                    />
                  ) : null
                }
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
