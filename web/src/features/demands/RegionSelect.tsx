import { Select } from 'antd';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { demandsApi } from './api';

/** A GB/T 2260 province or, under a chosen province, a city (prefecture) — loaded from /reference/regions. */
export function RegionSelect({
  id,
  parent,
  value,
  onChange,
  placeholder,
  disabled,
}: {
  id?: string;
  /** Omitted: provinces. A province code: its cities. */
  parent?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const skip = parent === '';
  const regions = useApi(
    (signal) =>
      skip
        ? Promise.resolve({ items: [], total: 0, page: 1, pageSize: 100 })
        : demandsApi.regions(parent, signal),
    [parent],
  );
  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(v) => onChange?.(v || undefined)}
      disabled={disabled || skip}
      loading={regions.loading}
      placeholder={placeholder}
      notFoundContent={regions.loading ? t('app.loading') : t('app.empty')}
      options={(regions.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
      style={{ width: '100%' }}
    />
  );
}
