import { Select } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { accountsApi } from './api';

/**
 * Picks an organisation by name, asking the server as one types (the platform may hold thousands); the
 * first 50 by name are offered before anything is typed.
 */
export function OrganisationSelect({
  id,
  value,
  onChange,
  placeholder,
  width = 260,
}: {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  placeholder: string;
  width?: number;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const found = useApi((signal) => accountsApi.organisations({ q: q || undefined }, signal), [q]);
  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      placeholder={placeholder}
      notFoundContent={found.loading ? t('app.loading') : t('app.empty')}
      style={{ width }}
      value={value}
      onChange={(v) => {
        onChange?.(v);
        setQ('');
      }}
      options={found.data?.items.map((o) => ({ value: o.id, label: o.name })) ?? []}
    />
  );
}
