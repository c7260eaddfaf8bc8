import { TreeSelect } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { type Industry, patentsApi } from './api';

export interface LabelledCode {
  value: string;
  label: string;
}

interface Node {
  id: string;
  pId?: string;
  value: string;
  title: string;
  isLeaf: boolean;
}

// A GB/T 4754 class (小类, four digits, optionally after the section letter) has no children.
const isClass = (i: Industry) => /\d{4}$/.test(i.code) || i.level === 'class';

function toNode(i: Industry, withParent: boolean): Node {
  return {
    id: i.code,
    ...(withParent && i.parent ? { pId: i.parent } : {}),
    value: i.code,
    title: `${i.code} ${i.name}`,
    isLeaf: isClass(i),
  };
}

/**
 * Picks GB/T 4754 industries: browse the hierarchy (门类 → 大类 → 中类 → 小类, loaded level by level from
 * `GET /api/v1/reference/industries?parent=`) or type to search by code or name (`?q=`).
 */
export function IndustryPicker({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: LabelledCode[];
  onChange?: (value: LabelledCode[]) => void;
}) {
  const { t } = useI18n();
  const [tree, setTree] = useState<Node[]>([]);
  const [found, setFound] = useState<Node[] | null>(null);
  const [search, setSearch] = useState('');
  const [loading, setLoading] = useState(false);
  const searchSeq = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    patentsApi.industries({}, controller.signal).then(
      (r) => setTree(r.items.map((i) => toNode(i, false))),
      () => setTree([]),
    );
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const q = search.trim();
    if (!q) {
      setFound(null);
      return;
    }
    const seq = ++searchSeq.current;
    const timer = setTimeout(() => {
      setLoading(true);
      patentsApi
        .industries({ q })
        .then(
          (r) =>
            seq === searchSeq.current &&
            setFound(r.items.map((i) => ({ ...toNode(i, false), isLeaf: true }))),
          () => seq === searchSeq.current && setFound([]),
        )
        .finally(() => seq === searchSeq.current && setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [search]);

  const loadData = useCallback(async (node: { value?: unknown }) => {
    const parent = String(node.value ?? '');
    const r = await patentsApi.industries({ parent });
    setTree((prev) => {
      const known = new Set(prev.map((n) => n.id));
      return [
        ...prev,
        ...r.items.filter((i) => !known.has(i.code)).map((i) => ({ ...toNode(i, true), pId: parent })),
      ];
    });
  }, []);

  return (
    <TreeSelect<LabelledCode[]>
      id={id}
      multiple
      labelInValue
      allowClear
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={found ?? tree}
      loadData={found ? undefined : loadData}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      value={value}
      onChange={(v) => onChange?.((v ?? []).map((x) => ({ value: String(x.value), label: String(x.label) })))}
      placeholder={t('tags.industriesPlaceholder')}
      notFoundContent={loading ? t('app.loading') : t('tags.noIndustries')}
      style={{ width: '100%' }}
      popupMatchSelectWidth
      listHeight={320}
    />
  );
}
