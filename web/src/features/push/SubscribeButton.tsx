import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { toApiError } from '../accounts/apiError';
import { pushApi } from './api';
import { findSubscription } from './subscriptionTarget';

/**
 * Follow a demand (new matching patents) or a patent (new matching demands): one button, or "subscribed"
 * with a link to the subscriptions page once the user follows it.
 */
export default function SubscribeButton({
  kind,
  objectId,
  label,
}: {
  kind: 'demand' | 'patent';
  objectId: number;
  label: string;
}) {
  const { t } = useI18n();
  const subs = useApi((signal) => pushApi.subscriptions(signal), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (subs.error) return subs.error.status === 401 ? null : <ErrorAlert error={subs.error} />;
  if (!subs.data) return null;
  const existing = findSubscription(subs.data, kind, objectId);
  if (existing)
    return (
      <Space>
        <CheckOutlined aria-hidden />
        <span>{t(existing.active ? 'push.subscribed' : 'push.subscribedPaused')}</span>
        <Link to="/subscriptions">{t('push.manage')}</Link>
      </Space>
    );
  return (
    <>
      <Button
        icon={<BellOutlined aria-hidden />}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          setError(undefined);
          try {
            const created = await pushApi.subscribe({
              kind,
              ...(kind === 'demand' ? { demandId: objectId } : { patentId: objectId }),
              label,
              email: 'daily',
            });
            subs.setData([...(subs.data ?? []), created]);
          } catch (err) {
            setError(toApiError(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t(kind === 'demand' ? 'push.subscribeDemand' : 'push.subscribePatent')}
      </Button>
      {error && <ErrorAlert error={error} />}
    </>
  );
}
