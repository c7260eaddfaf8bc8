import { Alert } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { CheckResult } from './api';

/**
 * The result of the eligibility rules: each refusal with its article (the message cites it too), each
 * warning with its source label (the [U] 2024 fee guidance is shown as unverified).
 */
export function RefusalList({ check, title }: { check: CheckResult; title?: string }) {
  const { t, lang } = useI18n();
  if (check.refusals.length === 0 && check.warnings.length === 0)
    return <Alert type="success" showIcon title={t('ol.check.passed')} role="status" />;
  return (
    <div role="status" aria-live="polite" style={{ display: 'grid', gap: 8 }}>
      {check.refusals.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={title ?? t('ol.check.refused', { n: check.refusals.length })}
          description={
            <ul className="ol-reasons">
              {check.refusals.map((r) => (
                <li key={`${r.code}:${r.field ?? ''}:${r.message.zh}`} data-code={r.code}>
                  {r.message[lang]}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {check.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('ol.check.warnings')}
          description={
            <ul className="ol-reasons">
              {check.warnings.map((w) => (
                <li key={w.code} data-code={w.code}>
                  {w.message[lang]}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
