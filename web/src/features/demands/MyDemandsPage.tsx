import './demands.css';
import { Card, Select, Space } from 'antd';
import { useId, useState } from 'react';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { DEMAND_STATES, type DemandState, demandsApi } from './api';
import { DemandTable } from './DemandList';

/** 我的需求: the demands of the user's enterprise, every state and visibility. */
export default function MyDemandsPage() {
  const { t } = useI18n();
  usePageTitle(t('dm.mine.title'));
  return (
    <RequireSignIn title={t('dm.mine.title')}>
      <MyDemands />
    </RequireSignIn>
  );
}

function MyDemands() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [states, setStates] = useState<DemandState[]>([]);
  const stateId = useId();
  const list = useApi(
    (signal) => demandsApi.list({ scope: 'mine', ...(states.length ? { state: states } : {}) }, page, signal),
    [page, states.join(',')],
  );

  return (
    <>
      <h1 className="ty-h1">{t('dm.mine.title')}</h1>
      <p className="ty-p">{t('dm.mine.lead')}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        <LinkButton to="/demands/new" type="primary">
          {t('dm.nav.new')}
        </LinkButton>
        <LinkButton to="/demands/import">{t('dm.nav.import')}</LinkButton>
        <LinkButton to="/demands">{t('dm.nav.public')}</LinkButton>
      </Space>
      <Card
        title={
          <h2 className="card-title" role="status">
            {t('dm.mine.count', { n: list.data?.total ?? 0 })}
          </h2>
        }
        extra={
          <div className="dm-inline-field">
            <label htmlFor={stateId}>{t('dm.field.state')}</label>
            <Select<DemandState[]>
              id={stateId}
              mode="multiple"
              allowClear
              value={states}
              onChange={(v) => {
                setStates(v);
                setPage(1);
              }}
              placeholder={t('dm.public.anyState')}
              options={DEMAND_STATES.map((s) => ({ value: s, label: t(`dm.state.${s}`) }))}
              style={{ minWidth: 200 }}
            />
          </div>
        }
      >
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <DemandTable
          caption={t('dm.mine.title')}
          data={list.data}
          loading={list.loading}
          page={page}
          onPage={setPage}
          showVisibility
          emptyText={t('dm.mine.empty')}
        />
      </Card>
    </>
  );
}
