import { Empty } from 'antd';
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
      <h1 className="ty-h1">{t(titleKey)}</h1>
      <Empty description={t(detailKey)} />
    </>
  );
}
