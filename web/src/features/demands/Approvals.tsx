import { Button, Empty, Space } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { toApiError } from '../accounts/apiError';
import { OrganisationSelect } from '../accounts/OrganisationSelect';
import { type Approval, demandsApi } from './api';

/**
 * Organisations the owner lets see a private demand (typically a patentee it was matched with): the list,
 * withdrawal, and a search over the platform's organisations to add one.
 */
export function Approvals({ demandId }: { demandId: number }) {
  const { t, label } = useI18n();
  const approvals = useApi((signal) => demandsApi.approvals(demandId, signal), [demandId]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<number | null>(null);
  const [chosen, setChosen] = useState<number>();
  const selectId = useId();

  const run = async (orgId: number, action: () => Promise<Approval[]>) => {
    setBusy(orgId);
    setError(undefined);
    try {
      approvals.setData(await action());
      setChosen(undefined);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div>
      <p className="ty-secondary">{t('dm.approvals.lead')}</p>
      {approvals.error && <ErrorAlert error={approvals.error} onRetry={approvals.reload} />}
      {error && <ErrorAlert error={error} />}
      {(approvals.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dm.approvals.none')} />
      ) : (
        <ul className="dm-approvals">
          {approvals.data?.map((a) => (
            <li key={a.organisationId}>
              <span lang="zh-CN">{a.name}</span>{' '}
              <span className="ty-secondary">{label('orgKind', a.kind)}</span>{' '}
              <span className="ty-secondary">{dayjs(a.approvedAt).format('YYYY-MM-DD')}</span>{' '}
              <Button
                size="small"
                danger
                loading={busy === a.organisationId}
                onClick={() => run(a.organisationId, () => demandsApi.revoke(demandId, a.organisationId))}
                aria-label={t('dm.approvals.revokeOf', { name: a.name })}
              >
                {t('dm.approvals.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={selectId} className="dm-label">
        {t('dm.approvals.add')}
      </label>
      <Space.Compact style={{ width: '100%' }}>
        <OrganisationSelect
          id={selectId}
          value={chosen}
          onChange={setChosen}
          placeholder={t('dm.approvals.searchPlaceholder')}
          width={320}
        />
        <Button
          type="primary"
          disabled={chosen === undefined}
          loading={chosen !== undefined && busy === chosen}
          onClick={() => chosen !== undefined && run(chosen, () => demandsApi.approve(demandId, chosen))}
        >
          {t('dm.approvals.approve')}
        </Button>
      </Space.Compact>
    </div>
  );
}
