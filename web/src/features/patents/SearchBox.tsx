import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

/** A labelled search form in a search landmark (`<search>`) with one text field and a submit button. */
export function SearchBox({
  initial = '',
  onSubmit,
  loading = false,
  labelKey,
  placeholderKey,
  visibleLabel = false,
}: {
  initial?: string;
  onSubmit(q: string): void;
  loading?: boolean;
  labelKey: MessageKey;
  placeholderKey: MessageKey;
  visibleLabel?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);

  const handle = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(value);
  };

  return (
    <search aria-label={t(labelKey)} style={{ display: 'block', width: '100%' }}>
      <form onSubmit={handle}>
        <label htmlFor={id} className={visibleLabel ? undefined : 'visually-hidden'}>
          {t(labelKey)}
        </label>
        <Space.Compact style={{ width: '100%' }} size="large">
          <Input
            id={id}
            type="search"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder={t(placeholderKey)}
            allowClear
            autoComplete="off"
            enterKeyHint="search"
          />
          <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />} loading={loading}>
            {t('search.button')}
          </Button>
        </Space.Compact>
      </form>
    </search>
  );
}
