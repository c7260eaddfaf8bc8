import { Alert, Button } from 'antd';
import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

/** Shows a refused request: the server's title and detail, and each field it named with the reason. */
export function ErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const description = (
    <>
      <p style={{ margin: 0 }}>{error.isNetworkError ? t('error.network') : (error.detail ?? error.title)}</p>
      {error.errors.length > 0 && (
        <>
          <p style={{ margin: '8px 0 0' }}>{t('error.fields')}</p>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <code>{e.path}</code> {e.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.isNetworkError ? t('error.title') : error.title}
      description={description}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
