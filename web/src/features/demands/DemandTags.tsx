import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { DemandState, Visibility } from './api';
import { type Amount, budgetText } from './budget';

// Text/background pairs with at least 4.5:1 contrast (antd's preset colours fall below it).
const STATE_STYLE: Record<DemandState, CSSProperties> = {
  open: { color: '#0d47a1', background: '#e3f2fd', borderColor: '#90caf9' },
  matched: { color: '#1b5e20', background: '#e8f5e9', borderColor: '#a5d6a7' },
  negotiating: { color: '#6a1b9a', background: '#f3e5f5', borderColor: '#ce93d8' },
  closed: { color: '#424242', background: '#f5f5f5', borderColor: '#d6d6d6' },
};

export function DemandStateTag({ state }: { state: DemandState }) {
  const { t } = useI18n();
  return <Tag style={STATE_STYLE[state]}>{t(`dm.state.${state}`)}</Tag>;
}

export function VisibilityTag({ visibility }: { visibility: Visibility }) {
  const { t } = useI18n();
  return (
    <Tag
      style={
        visibility === 'private'
          ? { color: '#8a3c00', background: '#fff3e0', borderColor: '#ffcc80' }
          : { color: '#263238', background: '#f5f7fa', borderColor: '#cfd8dc' }
      }
    >
      {t(`dm.visibility.${visibility}`)}
    </Tag>
  );
}

/** '10万–50万元', 'up to CNY 500,000', … from fen. */
export function useBudgetWords() {
  const { t, lang } = useI18n();
  const amount = (a: Amount) => t(a.unit === 'wan' ? 'dm.money.wan' : 'dm.money.yuan', { n: a.value });
  return (minFen: number | null, maxFen: number | null): string => {
    const b = budgetText(minFen, maxFen, lang);
    switch (b.kind) {
      case 'none':
        return t('dm.budget.none');
      case 'range':
        return t('dm.budget.range', { min: amount(b.min), max: amount(b.max) });
      case 'upTo':
        return t('dm.budget.upTo', { max: amount(b.max) });
      case 'from':
        return t('dm.budget.from', { min: amount(b.min) });
      case 'exactly':
        return amount(b.amount);
    }
  };
}
