import './matching.css';
import { Alert, Button, Empty, Input, Space, Spin, Tag } from 'antd';
import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { toApiError } from '../accounts/apiError';
import { type AdHocMatches, matchingApi } from './api';
import { MatchCard } from './MatchCard';

/** Waits this long after the last keystroke before matching (typing stays fluid, results follow within a second). */
const DEBOUNCE_MS = 350;

/**
 * The plain-words quick entry: an SME types its need ("我们想把锂电池正极材料的能量密度提高10%，预算50万，
 * 希望独占许可") and sees ranked patents with their reasons as it types (POST /matching/query). The ways of
 * cooperation and the budget read out of the text are shown, and `onUse` hands them to the questionnaire.
 */
export function QuickMatch({
  limit = 5,
  onUse,
}: {
  limit?: number;
  onUse?: (text: string, result: AdHocMatches) => void;
}) {
  const { t, lang } = useI18n();
  const inputId = useId();
  const helpId = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<AdHocMatches>();
  const [forText, setForText] = useState('');
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const [roundTripMs, setRoundTripMs] = useState<number>();

  useEffect(() => {
    const q = text.trim();
    if ([...q].length < 2) {
      setResult(undefined);
      setError(undefined);
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      const t0 = performance.now();
      matchingApi.query({ text: q, limit }, controller.signal).then(
        (r) => {
          setResult(r);
          setForText(q);
          setError(undefined);
          setRoundTripMs(performance.now() - t0);
          setLoading(false);
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          setError(toApiError(err));
          setLoading(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, limit]);

  return (
    <div className="mt-quick">
      <label htmlFor={inputId} className="mt-quick-label">
        {t('mt.quick.label')}
      </label>
      <Input.TextArea
        id={inputId}
        aria-describedby={helpId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={4000}
        placeholder={t('mt.quick.placeholder')}
      />
      <p id={helpId} className="ty-secondary mt-quick-help">
        {t('mt.quick.help')}
      </p>
      {error && <ErrorAlert error={error} />}
      <div aria-live="polite" aria-busy={loading}>
        {result && (
          <>
            <Space wrap className="mt-hints">
              <span>{t('mt.quick.understood')}</span>
              {result.hints.modes.map((m) => (
                <Tag key={m.code} className="mt-tag">
                  {t(`dm.mode.${m.code}`)}
                </Tag>
              ))}
              {result.hints.budget && <Tag className="mt-tag">{result.hints.budget.words}</Tag>}
              {result.hints.modes.length === 0 && !result.hints.budget && (
                <span className="ty-secondary">{t('mt.quick.noHints')}</span>
              )}
              {onUse && (
                <Button size="small" onClick={() => onUse(forText, result)}>
                  {t('mt.quick.use')}
                </Button>
              )}
            </Space>
            <p className="ty-secondary" role="status">
              {t('mt.quick.summary', {
                n: result.items.length,
                ms: Math.round(roundTripMs ?? result.rankingMs + result.embeddingMs),
              })}
            </p>
            {result.mode === 'lexical' && (
              <Alert type="warning" showIcon title={result.modeMessage[lang]} style={{ marginBottom: 12 }} />
            )}
            {result.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mt.none')} />
            ) : (
              <ol className="mt-list" aria-label={t('mt.quick.results')}>
                {result.items.map((item) => (
                  <li key={item.patent.id}>
                    <MatchCard item={item} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
        {loading && !result && <Spin />}
      </div>
    </div>
  );
}
