import { DislikeOutlined, LikeOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { toApiError } from '../accounts/apiError';
import { type FeedbackView, matchingApi, type Relevance, type Verdict } from './api';

/**
 * Relevant / not relevant / contacted on one match, for the caller's organisation. Toggle buttons
 * (aria-pressed); pressing the chosen verdict again clears it. The server's answer is what is shown.
 */
export function FeedbackButtons({
  demandId,
  patentId,
  patentTitle,
  verdict,
  onSaved,
}: {
  demandId: number;
  patentId: number;
  patentTitle: string;
  verdict: Verdict | undefined;
  onSaved(view: FeedbackView): void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [announce, setAnnounce] = useState('');
  const relevance = verdict?.relevance ?? null;
  const contacted = verdict?.contacted ?? false;

  const send = async (which: string, body: { relevance?: Relevance | null; contacted?: boolean }) => {
    setBusy(which);
    setError(undefined);
    try {
      const view = await matchingApi.feedback(demandId, patentId, body);
      onSaved(view);
      setAnnounce(
        view.demandMatched
          ? t('mt.feedback.savedMatched')
          : t('mt.feedback.saved', {
              verdict: view.relevance ? t(`mt.feedback.${view.relevance}`) : t('mt.feedback.none'),
            }),
      );
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="mt-feedback">
      <Space wrap role="group" aria-label={t('mt.feedback.label', { title: patentTitle })}>
        <Button
          size="small"
          type={relevance === 'relevant' ? 'primary' : 'default'}
          aria-pressed={relevance === 'relevant'}
          icon={<LikeOutlined aria-hidden />}
          loading={busy === 'relevant'}
          onClick={() => send('relevant', { relevance: relevance === 'relevant' ? null : 'relevant' })}
        >
          {t('mt.feedback.relevant')}
        </Button>
        <Button
          size="small"
          type={relevance === 'not_relevant' ? 'primary' : 'default'}
          aria-pressed={relevance === 'not_relevant'}
          icon={<DislikeOutlined aria-hidden />}
          loading={busy === 'not_relevant'}
          onClick={() =>
            send('not_relevant', { relevance: relevance === 'not_relevant' ? null : 'not_relevant' })
          }
        >
          {t('mt.feedback.not_relevant')}
        </Button>
        <Button
          size="small"
          type={contacted ? 'primary' : 'default'}
          aria-pressed={contacted}
          icon={<PhoneOutlined aria-hidden />}
          loading={busy === 'contacted'}
          onClick={() => send('contacted', { contacted: !contacted })}
        >
          {t('mt.feedback.contacted')}
        </Button>
      </Space>
      <span role="status" className="mt-feedback-status">
        {announce}
      </span>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
