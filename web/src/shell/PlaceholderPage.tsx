import { Empty, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { usePageTitle } from './usePageTitle';

/** A page whose feature is not built yet: says so plainly, shows nothing made up. */
export default function PlaceholderPage({
  titleKey,
  detailKey,
}: {
  titleKey: MessageKey;
  detailKey: MessageKey;
}) {
  const { t } = useI18n();
  usePageTitle(t(titleKey));
  return (
    <>
      <Typography.Title level={1}>{t(titleKey)}</Typography.Title>
      <Empty description={t(detailKey)} />
    </>
  );
}
