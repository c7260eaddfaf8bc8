import { Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { DeclarationState } from './api';

const COLOUR: Record<DeclarationState, string> = {
  draft: 'default',
  submitted: 'processing',
  verified: 'cyan',
  published: 'success',
  suspended: 'warning',
  withdrawn: 'default',
  ended: 'default',
};

export function StateTag({ state }: { state: DeclarationState }) {
  const { t } = useI18n();
  return <Tag color={COLOUR[state]}>{t(`ol.state.${state}`)}</Tag>;
}
