import { Pagination } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/** Pages of a `{ total, page, pageSize }` list, right-aligned in a labelled navigation; nothing for one page. */
export function ListPager({
  total,
  pageSize,
  page,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange(page: number): void;
}) {
  const { t } = useI18n();
  if (total <= pageSize) return null;
  return (
    <nav aria-label={t('search.pagination')} style={{ marginTop: 12, textAlign: 'right' }}>
      <Pagination
        current={page}
        pageSize={pageSize}
        total={total}
        showSizeChanger={false}
        onChange={onChange}
      />
    </nav>
  );
}
