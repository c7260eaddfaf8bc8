import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { LinkButton } from '../../shell/LinkButton';
import { PageLoading } from '../../shell/PageLoading';
import { useSession } from './session';

/** The page for signed-in users; the public is offered the sign-in page, which brings them back here. */
export function RequireSignIn({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <PageLoading />;
  if (me === null) {
    const next = `${location.pathname}${location.search}`;
    return (
      <>
        <h1 className="ty-h1">{title}</h1>
        <Result
          status="403"
          title={t('acct.required.title')}
          subTitle={t('acct.required.detail')}
          extra={
            <LinkButton type="primary" to={`/sign-in?${new URLSearchParams({ next })}`}>
              {t('auth.signIn')}
            </LinkButton>
          }
        />
      </>
    );
  }
  return <>{children}</>;
}
