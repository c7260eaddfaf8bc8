import './push.css';
import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { LinkButton } from '../../shell/LinkButton';
import { pushApi } from './api';

/** How often the header asks for the unread count while the page is open. */
const POLL_MS = 60_000;

/** The header's bell: unread notifications, refreshed on navigation and every minute; a link to the list. */
export function NotificationBell() {
  const { t } = useI18n();
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger, not an input.
  useEffect(() => {
    let live = true;
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      pushApi.notifications({ unread: true, pageSize: 1 }, controller.signal).then(
        (r) => live && setUnread(r.unread),
        () => undefined,
      );
    };
    load();
    const timer = setInterval(load, POLL_MS);
    const onRead = () => load();
    window.addEventListener('zh:notifications-read', onRead);
    return () => {
      live = false;
      controller.abort();
      clearInterval(timer);
      window.removeEventListener('zh:notifications-read', onRead);
    };
  }, [location.pathname]);

  const n = unread ?? 0;
  return (
    <LinkButton
      to="/notifications"
      type="text"
      className="push-bell"
      aria-label={n ? t('push.bell.unread', { n }) : t('push.bell.none')}
      title={n ? t('push.bell.unread', { n }) : t('push.bell.none')}
      icon={
        <Badge count={n} size="small" overflowCount={99}>
          <BellOutlined aria-hidden className="push-bell-icon" />
        </Badge>
      }
    />
  );
}

/** Tells the bell to refresh after notifications were marked read on the notifications page. */
export function announceNotificationsRead(): void {
  window.dispatchEvent(new Event('zh:notifications-read'));
}
