import './demands.css';
import { Button, Card, Input, Select, Space } from 'antd';
import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { useSession } from '../accounts/session';
import { QuickMatch } from '../matching/QuickMatch';
import { DEMAND_STATES, type DemandState, demandsApi, TRANSFER_MODES, type TransferMode } from './api';
import { DemandTable } from './DemandList';
import { filterFromParams } from './demandFilter';
import { RegionSelect } from './RegionSelect';

/** 技术需求: public demands with filters, the quick entry, and the ways to file or import one. */
export default function PublicDemandsPage() {
  const { t } = useI18n();
  usePageTitle(t('dm.public.title'));
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const key = params.toString();
  const list = useApi((signal) => demandsApi.list(filter, page, signal), [key]);
  const ids = { q: useId(), state: useId(), mode: useId(), region: useId(), industry: useId() };

  const set = (name: string, values: string[]) => {
    const next = new URLSearchParams(params);
    next.delete(name);
    for (const v of values) if (v) next.append(name, v);
    next.delete('page');
    setParams(next);
  };

  return (
    <>
      <h1 className="ty-h1">{t('dm.public.title')}</h1>
      <p className="ty-p">{t('dm.public.lead')}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        <LinkButton to="/demands/new" type="primary">
          {t('dm.nav.new')}
        </LinkButton>
        {me && <LinkButton to="/demands/mine">{t('dm.nav.mine')}</LinkButton>}
        {me && <LinkButton to="/demands/import">{t('dm.nav.import')}</LinkButton>}
      </Space>

      <Card title={<h2 className="card-title">{t('mt.quick.title')}</h2>} style={{ marginBottom: 16 }}>
        <QuickMatch limit={5} />
      </Card>

      <Card style={{ marginBottom: 16 }}>
        <form
          aria-label={t('dm.public.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
            const industry = String(new FormData(e.currentTarget).get('industry') ?? '').trim();
            const next = new URLSearchParams(params);
            for (const [k, v] of [
              ['q', q],
              ['industry', industry],
            ] as const) {
              if (v) next.set(k, v);
              else next.delete(k);
            }
            next.delete('page');
            setParams(next);
          }}
        >
          <div className="dm-filter-grid">
            <div className="dm-field">
              <label htmlFor={ids.q}>{t('dm.public.q')}</label>
              <Input id={ids.q} name="q" defaultValue={filter.q} allowClear />
            </div>
            <div className="dm-field">
              <label htmlFor={ids.state}>{t('dm.field.state')}</label>
              <Select<DemandState[]>
                id={ids.state}
                mode="multiple"
                allowClear
                value={filter.state ?? []}
                onChange={(v) => set('state', v)}
                placeholder={t('dm.public.anyState')}
                options={DEMAND_STATES.map((s) => ({ value: s, label: t(`dm.state.${s}`) }))}
              />
            </div>
            <div className="dm-field">
              <label htmlFor={ids.mode}>{t('dm.field.preferredModes')}</label>
              <Select<TransferMode[]>
                id={ids.mode}
                mode="multiple"
                allowClear
                value={filter.mode ?? []}
                onChange={(v) => set('mode', v)}
                placeholder={t('dm.public.anyMode')}
                options={TRANSFER_MODES.map((m) => ({ value: m, label: t(`dm.mode.${m}`) }))}
              />
            </div>
            <div className="dm-field">
              <label htmlFor={ids.region}>{t('dm.field.province')}</label>
              <RegionSelect
                id={ids.region}
                value={filter.regionCode?.slice(0, 2)}
                onChange={(v) => set('region', v ? [v] : [])}
                placeholder={t('dm.public.anyRegion')}
              />
            </div>
            <div className="dm-field">
              <label htmlFor={ids.industry}>{t('dm.public.industry')}</label>
              <Input
                id={ids.industry}
                name="industry"
                defaultValue={filter.industryCode}
                placeholder={t('dm.public.industryHint')}
                allowClear
              />
            </div>
          </div>
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit">
              {t('dm.public.apply')}
            </Button>
            <Button onClick={() => setParams(new URLSearchParams())}>{t('dm.public.reset')}</Button>
          </Space>
        </form>
      </Card>

      <Card
        title={
          <h2 className="card-title" role="status">
            {t('dm.public.count', { n: list.data?.total ?? 0 })}
          </h2>
        }
      >
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <DemandTable
          caption={t('dm.public.title')}
          data={list.data}
          loading={list.loading}
          page={page}
          emptyText={t('dm.public.empty')}
          onPage={(p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          }}
        />
      </Card>
    </>
  );
}
