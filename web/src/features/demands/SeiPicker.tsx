import { TreeSelect } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';

export interface SeiTree {
  items: { code: string; name: string; children: { code: string; name: string }[] }[];
}

/** Strategic emerging industries (战略性新兴产业分类 2018): the nine domains and their categories. */
export function SeiPicker({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
}) {
  const { t } = useI18n();
  const tree = useApi((signal) => api.get<SeiTree>('/api/v1/reference/sei', { signal }), []);
  return (
    <TreeSelect<string[]>
      id={id}
      multiple
      allowClear
      treeCheckable={false}
      showSearch={{ treeNodeFilterProp: 'title' }}
      value={value}
      onChange={(v) => onChange?.(v ?? [])}
      placeholder={t('dm.form.seiPlaceholder')}
      treeData={(tree.data?.items ?? []).map((d) => ({
        value: d.code,
        title: `${d.code} ${d.name}`,
        children: d.children.map((c) => ({ value: c.code, title: `${c.code} ${c.name}` })),
      }))}
      style={{ width: '100%' }}
      listHeight={320}
    />
  );
}
