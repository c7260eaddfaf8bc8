import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import type { Page } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ListPager } from '../../shell/ListPager';
import type { Demand } from './api';
import { DemandStateTag, useBudgetWords, VisibilityTag } from './DemandTags';

/** A page of demands as a table, shared by the public list and "my demands". */
export function DemandTable({
  caption,
  data,
  loading,
  page,
  onPage,
  showVisibility = false,
  emptyText,
}: {
  caption: string;
  data: Page<Demand> | undefined;
  loading: boolean;
  page: number;
  onPage(page: number): void;
  showVisibility?: boolean;
  emptyText: string;
}) {
  const { t } = useI18n();
  const budgetWords = useBudgetWords();
  return (
    <>
      <DataTable<Demand>
        caption={caption}
        rowKey={(d) => d.id}
        loading={loading}
        rows={data?.items ?? []}
        emptyText={emptyText}
        columns={[
          {
            key: 'title',
            title: t('dm.field.title'),
            render: (d) => (
              <Link to={`/demands/${d.id}`} lang="zh-CN">
                {d.title}
              </Link>
            ),
          },
          {
            key: 'enterprise',
            title: t('dm.field.enterpriseName'),
            render: (d) => <span lang="zh-CN">{d.enterpriseName}</span>,
          },
          { key: 'region', title: t('dm.field.region'), render: (d) => d.region?.name ?? '—' },
          {
            key: 'modes',
            title: t('dm.field.preferredModes'),
            render: (d) => d.preferredModes.map((m) => t(`dm.mode.${m.code}`)).join(t('app.listSeparator')),
          },
          {
            key: 'budget',
            title: t('dm.field.budget'),
            render: (d) => budgetWords(d.budgetMinFen, d.budgetMaxFen),
          },
          {
            key: 'state',
            title: t('dm.field.state'),
            render: (d) => (
              <>
                <DemandStateTag state={d.state} />
                {showVisibility && <VisibilityTag visibility={d.visibility} />}
              </>
            ),
          },
          {
            key: 'date',
            title: t('dm.field.createdAt'),
            render: (d) => dayjs(d.createdAt).format('YYYY-MM-DD'),
          },
        ]}
      />
      <ListPager total={data?.total ?? 0} pageSize={data?.pageSize ?? 20} page={page} onChange={onPage} />
    </>
  );
}
