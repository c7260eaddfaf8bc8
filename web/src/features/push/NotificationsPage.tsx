import './push.css';
import { Button, Card, Empty, Segmented, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { ListPager } from '../../shell/ListPager';
import { usePageTitle } from '../../shell/usePageTitle';
import { toApiError } from '../accounts/apiError';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { type Notification, pushApi } from './api';
import { announceNotificationsRead } from './NotificationBell';

/** 站内消息: what the subscriptions found (new matching patents and demands), newest first. */
export default function NotificationsPage() {
  const { t } = useI18n();
  usePageTitle(t('push.notifications.title'));
  return (
    <RequireSignIn title={t('push.notifications.title')}>
      <Notifications />
    </RequireSignIn>
  );
}

function Notifications() {
  const { t, num } = useI18n();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<ApiError>();
  const list = useApi(
    (signal) => pushApi.notifications({ unread: unreadOnly, page, pageSize: 20 }, signal),
    [unreadOnly, page],
  );

  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      announceNotificationsRead();
      list.reload();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  const open = async (n: Notification) => {
    if (!n.readAt) {
      try {
        await pushApi.markRead(n.id);
        announceNotificationsRead();
      } catch {
        // Opening the object matters more than the read mark; the list shows it unread until next time.
      }
    }
    navigate(n.link);
  };

  const data = list.data;
  return (
    <>
      <h1 className="ty-h1">{t('push.notifications.title')}</h1>
      <p className="ty-p">{t('push.notifications.lead')}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<'all' | 'unread'>
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('push.notifications.all') },
            { value: 'unread', label: t('push.notifications.unreadOnly') },
          ]}
          aria-label={t('push.notifications.show')}
        />
        <Button disabled={!data?.unread} onClick={() => run(() => pushApi.markAllRead())}>
          {t('push.notifications.readAll')}
        </Button>
        <LinkButton to="/subscriptions">{t('push.subscriptions.title')}</LinkButton>
      </Space>
      <Card
        title={
          <h2 className="card-title" role="status">
            {t('push.notifications.count', { n: num(data?.total ?? 0), unread: num(data?.unread ?? 0) })}
          </h2>
        }
      >
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        {error && <ErrorAlert error={error} />}
        {data && data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('push.notifications.empty')} />
        ) : (
          <ul className="push-notifications" aria-busy={list.loading}>
            {data?.items.map((n) => (
              <li key={n.id} className={n.readAt ? 'push-read' : 'push-unread'}>
                <div className="push-notification-head">
                  {!n.readAt && <Tag className="push-tag-unread">{t('push.notifications.new')}</Tag>}
                  <Link
                    to={n.link}
                    onClick={(e) => {
                      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                      e.preventDefault();
                      void open(n);
                    }}
                    lang="zh-CN"
                  >
                    {n.title}
                  </Link>
                  <time className="ty-secondary" dateTime={n.createdAt}>
                    {dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}
                  </time>
                </div>
                {n.body && (
                  <p className="push-notification-body" lang="zh-CN">
                    {n.body}
                  </p>
                )}
                {!n.readAt && (
                  <Button size="small" type="link" onClick={() => run(() => pushApi.markRead(n.id))}>
                    {t('push.notifications.markRead')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        <ListPager total={data?.total ?? 0} pageSize={data?.pageSize ?? 20} page={page} onChange={setPage} />
      </Card>
    </>
  );
}
