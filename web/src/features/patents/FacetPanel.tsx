import { Button, Checkbox } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { FACET_KEYS, type FacetKey, type FacetValue } from './api';
import { codeLabel } from './facetLabels';
import type { SearchState } from './searchState';

const SHOWN = 8;

/** Facets whose codes are translated by the message catalogue rather than shown with the server's label. */
const CATALOGUE_GROUP: Partial<Record<FacetKey, string>> = {
  type: 'patentType',
  legalStatus: 'legalStatus',
  applicantType: 'applicantType',
  trl: 'trl',
};
/** Facets whose values are codes shown together with their title ("H04 电通信技术"). */
const CODED: ReadonlySet<FacetKey> = new Set(['ipcSection', 'ipcClass', 'sei', 'industry']);

/**
 * The side panel of checkbox facets. Values within one facet are OR-ed, facets are AND-ed (server side).
 * A ticked value stays visible even when the current results no longer count it, so it can be unticked.
 */
export function FacetPanel({
  state,
  facets,
  onToggle,
  onClear,
}: {
  state: SearchState;
  facets: Partial<Record<FacetKey, FacetValue[]>> | undefined;
  onToggle(key: FacetKey, value: string, checked: boolean): void;
  onClear(): void;
}) {
  const { t } = useI18n();
  const active = FACET_KEYS.reduce((n, k) => n + state.filters[k].length, 0);
  return (
    <aside aria-labelledby="facet-heading">
      <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 8 }}>
        <h2 className="ty-h2" id="facet-heading" style={{ fontSize: 18, margin: '0 0 8px' }}>
          {t('search.filters')}
        </h2>
        {active > 0 && (
          <Button type="link" size="small" onClick={onClear}>
            {t('search.clearFilters')}
          </Button>
        )}
      </div>
      {FACET_KEYS.map((key) => {
        // Cities only make sense inside a chosen province (province → city).
        if (key === 'city' && state.filters.province.length === 0 && state.filters.city.length === 0) {
          return state.filters.province.length === 0 && (facets?.province?.length ?? 0) > 0 ? (
            <p key={key} style={{ margin: '0 0 16px', color: 'rgba(0,0,0,0.68)', fontSize: 13 }}>
              {t('search.selectCityHint')}
            </p>
          ) : null;
        }
        return (
          <FacetGroup
            key={key}
            facetKey={key}
            values={facets?.[key] ?? []}
            selected={state.filters[key]}
            onToggle={onToggle}
          />
        );
      })}
    </aside>
  );
}

function FacetGroup({
  facetKey,
  values,
  selected,
  onToggle,
}: {
  facetKey: FacetKey;
  values: FacetValue[];
  selected: string[];
  onToggle(key: FacetKey, value: string, checked: boolean): void;
}) {
  const { t, label, num } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const known = new Set(values.map((v) => v.value));
  const all: FacetValue[] = [
    ...values,
    ...selected.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v, count: 0 })),
  ];
  if (all.length === 0) return null;
  const shown = expanded ? all : all.filter((v, i) => i < SHOWN || selected.includes(v.value));
  const hidden = all.length - shown.length;
  const group = CATALOGUE_GROUP[facetKey];
  const text = (v: FacetValue) =>
    group
      ? label(group, v.value, v.label)
      : CODED.has(facetKey)
        ? codeLabel(v.value, v.label)
        : v.label || v.value;

  return (
    <fieldset style={{ border: 0, margin: '0 0 16px', padding: 0, minWidth: 0 }} data-facet={facetKey}>
      <legend style={{ fontWeight: 600, fontSize: 14, marginBottom: 4, padding: 0 }}>
        {t(`facet.${facetKey}`)}
      </legend>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((v) => (
          <li key={v.value} style={{ padding: '2px 0' }}>
            <Checkbox
              checked={selected.includes(v.value)}
              onChange={(e) => onToggle(facetKey, v.value, e.target.checked)}
            >
              {text(v)} <span style={{ color: 'rgba(0,0,0,0.68)' }}>({num(v.count)})</span>
            </Checkbox>
          </li>
        ))}
      </ul>
      {(hidden > 0 || expanded) && all.length > SHOWN && (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('search.showLess') : t('search.showMore', { n: hidden })}
        </Button>
      )}
    </fieldset>
  );
}
