import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

// Text/background pairs chosen for at least 4.5:1 contrast (antd's green/orange presets fall below it).
const STATUS_STYLE: Record<string, CSSProperties> = {
  in_force: { color: '#1b5e20', background: '#e8f5e9', borderColor: '#a5d6a7' },
  pending: { color: '#0d47a1', background: '#e3f2fd', borderColor: '#90caf9' },
  lapsed: { color: '#8a3c00', background: '#fff3e0', borderColor: '#ffcc80' },
  invalidated: { color: '#b71c1c', background: '#ffebee', borderColor: '#ef9a9a' },
  rejected: { color: '#b71c1c', background: '#ffebee', borderColor: '#ef9a9a' },
};
const NEUTRAL: CSSProperties = { color: '#424242', background: '#f5f5f5', borderColor: '#d6d6d6' };

const TYPE_STYLE: Record<string, CSSProperties> = {
  invention: { color: '#0b3d91', background: '#e8eaf6', borderColor: '#9fa8da' },
  utility_model: { color: '#004d40', background: '#e0f2f1', borderColor: '#80cbc4' },
  design: { color: '#6a1b9a', background: '#f3e5f5', borderColor: '#ce93d8' },
};

export function LegalStatusTag({ status, label }: { status: string; label?: string | null }) {
  const { label: tr } = useI18n();
  return <Tag style={STATUS_STYLE[status] ?? NEUTRAL}>{tr('legalStatus', status, label)}</Tag>;
}

export function PatentTypeTag({ type }: { type: string }) {
  const { label } = useI18n();
  return <Tag style={TYPE_STYLE[type] ?? NEUTRAL}>{label('patentType', type)}</Tag>;
}
