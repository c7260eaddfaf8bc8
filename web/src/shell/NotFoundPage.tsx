import { Result } from 'antd';
import { useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import { LinkButton } from './LinkButton';
import { usePageTitle } from './usePageTitle';

export default function NotFoundPage() {
  const { t } = useI18n();
  const location = useLocation();
  usePageTitle(t('app.notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t('app.notFound.title')}</h1>}
      subTitle={t('app.notFound.detail', { path: location.pathname })}
      extra={
        <LinkButton to="/" type="primary">
          {t('app.backHome')}
        </LinkButton>
      }
    />
  );
}
