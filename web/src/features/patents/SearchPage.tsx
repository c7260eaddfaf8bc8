import { Alert, Col, Empty, Pagination, Row, Select, Space, Spin } from 'antd';
import { useCallback, useId, useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { useSession } from '../accounts/session';
import { type FacetKey, patentsApi, type SearchHit, SORTS, type Sort } from './api';
import { FacetPanel } from './FacetPanel';
import { Highlighted } from './Highlighted';
import { LegalStatusTag, PatentTypeTag } from './PatentTags';
import { SearchBox } from './SearchBox';
import {
  clearFilters,
  PAGE_SIZES,
  readSearchState,
  type SearchState,
  toApiQuery,
  toggleFilter,
  writeSearchState,
} from './searchState';
import { type SearchLocationState, useSearchSubmit } from './useSearchSubmit';

export default function SearchPage() {
  const { t, num, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const lookupMiss = (location.state as SearchLocationState | null)?.lookupMiss;
  const state = useMemo(() => readSearchState(params), [params]);
  const apiQuery = useMemo(() => toApiQuery(state), [state]);
  // `lang` picks the language of facet labels (and keeps the cache keys of both languages apart).
  const key = JSON.stringify(apiQuery) + lang;
  const result = useApi((signal) => patentsApi.search({ ...apiQuery, lang }, signal), [key]);
  const sortId = useId();
  const { me } = useSession();

  usePageTitle(state.q ? t('search.resultsFor', { q: state.q }) : t('search.title'));

  const go = useCallback((next: SearchState) => setParams(writeSearchState(next)), [setParams]);
  const { submit, lookingUp } = useSearchSubmit(
    useCallback(
      (q: string) => {
        const s = writeSearchState({ ...state, q, page: 1 }).toString();
        return s ? `/patents?${s}` : '/patents';
      },
      [state],
    ),
  );

  const data = result.data;
  return (
    <>
      <h1 className="ty-h1">{t('search.title')}</h1>
      <div style={{ maxWidth: 760, marginBottom: 16 }}>
        <SearchBox
          initial={state.q}
          onSubmit={submit}
          loading={lookingUp}
          labelKey="search.label"
          placeholderKey="search.placeholder"
        />
      </div>
      {result.data?.relaxed && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('search.relaxed')} />
      )}
      {lookupMiss && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('search.lookupMiss', { number: lookupMiss })}
        />
      )}

      <Row gutter={[24, 24]}>
        <Col xs={24} md={8} lg={6}>
          <FacetPanel
            state={state}
            facets={data?.facets}
            onToggle={(k: FacetKey, v, checked) => go(toggleFilter(state, k, v, checked))}
            onClear={() => go(clearFilters(state))}
          />
        </Col>
        <Col xs={24} md={16} lg={18}>
          <section aria-labelledby="results-heading" aria-busy={result.loading}>
            <div
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                alignItems: 'center',
                justifyContent: 'space-between',
                gap: 12,
                marginBottom: 12,
              }}
            >
              <div>
                <h2 className="ty-h2" id="results-heading" style={{ fontSize: 18, margin: 0 }}>
                  {state.q ? t('search.resultsFor', { q: state.q }) : t('search.allPatents')}
                </h2>
                <p role="status" aria-live="polite" style={{ margin: 0, color: 'rgba(0,0,0,0.68)' }}>
                  {data ? t('search.resultsSummary', { total: num(data.total), ms: num(data.tookMs) }) : ''}
                </p>
              </div>
              <Space wrap>
                {/* The subscriptions page reads the query and filters from this address. */}
                {me && <Link to={`/subscriptions?${params.toString()}`}>{t('push.saveThisSearch')}</Link>}
                <label htmlFor={sortId}>{t('search.sort')}</label>
                <Select<Sort>
                  id={sortId}
                  value={state.sort}
                  style={{ minWidth: 200 }}
                  onChange={(sort) => go({ ...state, sort, page: 1 })}
                  options={SORTS.map((s) => ({ value: s, label: t(`search.sort.${s}`) }))}
                />
              </Space>
            </div>

            {result.error && <ErrorAlert error={result.error} onRetry={result.reload} />}
            <Spin spinning={result.loading} description={t('app.loading')}>
              {data && data.items.length === 0 && !result.error && (
                <Empty
                  style={{ padding: '48px 0' }}
                  description={
                    <>
                      <strong>{t('search.empty')}</strong>
                      <br />
                      {t('search.emptyHint')}
                    </>
                  }
                />
              )}
              {data && data.items.length > 0 && (
                <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('search.results')}>
                  {data.items.map((hit) => (
                    <ResultItem key={hit.id} hit={hit} />
                  ))}
                </ol>
              )}
              {!data && !result.error && <div style={{ minHeight: 200 }} />}
            </Spin>

            {data && data.total > 0 && (
              <nav aria-label={t('search.pagination')} style={{ marginTop: 16 }}>
                <Pagination
                  current={state.page}
                  pageSize={state.pageSize}
                  total={data.total}
                  showSizeChanger
                  pageSizeOptions={PAGE_SIZES.map(String)}
                  onChange={(page, pageSize) =>
                    go({ ...state, page: pageSize !== state.pageSize ? 1 : page, pageSize })
                  }
                />
              </nav>
            )}
          </section>
        </Col>
      </Row>
    </>
  );
}

function ResultItem({ hit }: { hit: SearchHit }) {
  const { t } = useI18n();
  const facts: [string, string | null][] = [
    [t('search.applicationNumber'), hit.applicationNumber],
    [t('search.publicationNumber'), hit.grantNumber ?? hit.publicationNumber],
    [t('search.filingDate'), hit.filingDate],
    [t('search.grantDate'), hit.grantDate],
    [t('search.mainIpc'), hit.mainIpc],
    [t('search.region'), hit.regionName],
  ];
  return (
    <li style={{ padding: '16px 0', borderBottom: '1px solid #e5e8ec' }}>
      <article aria-labelledby={`hit-${hit.id}`}>
        <h3 className="ty-h3" style={{ fontSize: 16, margin: '0 0 6px' }} id={`hit-${hit.id}`} lang="zh-CN">
          <Link to={`/patents/${encodeURIComponent(hit.id)}`}>
            <Highlighted html={hit.titleHighlight || hit.title} />
          </Link>
        </h3>
        <div style={{ marginBottom: 6 }}>
          <PatentTypeTag type={hit.type} />
          <LegalStatusTag status={hit.legalStatus} label={hit.legalStatusLabel} />
        </div>
        {hit.snippet && (
          <p style={{ margin: '0 0 6px', lineHeight: 1.7 }} lang="zh-CN">
            <Highlighted html={hit.snippet} />
          </p>
        )}
        <dl className="hit-facts">
          {facts
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          {hit.patentees.length > 0 && (
            <div>
              <dt>{t('search.patentees')}</dt>
              <dd>{hit.patentees.join(t('app.listSeparator'))}</dd>
            </div>
          )}
        </dl>
      </article>
    </li>
  );
}
