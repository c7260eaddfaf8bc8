import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

const STYLE: Record<string, CSSProperties> = {
  running: { color: '#0d47a1', background: '#e3f2fd', borderColor: '#90caf9' },
  completed: { color: '#1b5e20', background: '#e8f5e9', borderColor: '#a5d6a7' },
  failed: { color: '#b71c1c', background: '#ffebee', borderColor: '#ef9a9a' },
};

export function ImportStatusTag({ status }: { status: string }) {
  const { label } = useI18n();
  return <Tag style={STYLE[status]}>{label('import.status', status)}</Tag>;
}
