import { Layout } from 'antd';
import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import type { Abilities } from '../features/accounts/abilities';
import { useSession } from '../features/accounts/session';
import { NotificationBell } from '../features/push/NotificationBell';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { ChunkErrorBoundary } from './ChunkErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageLoading';
import { SignInArea } from './SignInArea';

/** Entries a role cannot use are left out (`show`); the API refuses them whatever the menu shows. */
const NAV: { to: string; key: MessageKey; end?: boolean; show?: (a: Abilities) => boolean }[] = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/patents', key: 'nav.search' },
  { to: '/open-licences', key: 'nav.openLicences' },
  { to: '/demands', key: 'nav.demands' },
  { to: '/imports', key: 'nav.imports', show: (a) => a.importPatents },
  { to: '/stats', key: 'nav.stats' },
  { to: '/dashboard', key: 'nav.dashboard', show: (a) => a.readDashboard },
  { to: '/audit', key: 'nav.audit', show: (a) => a.readAudit },
  { to: '/users', key: 'nav.users', show: (a) => a.manageUsers },
  { to: '/organisations', key: 'nav.organisations', show: (a) => a.manageOrganisations },
];

/** Header with the main navigation, the page in <main>, and a footer; pages load lazily inside. */
export function AppLayout() {
  const { t } = useI18n();
  const { abilities } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page so keyboard and screen-reader users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <NavLink to="/" className="app-brand">
          {t('app.name')}
        </NavLink>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {NAV.filter((item) => !item.show || item.show(abilities)).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            <li>
              {/* Served by the API server itself (Swagger UI), outside the single-page app. */}
              <a href="/api/docs">{t('nav.apiDocs')}</a>
            </li>
          </ul>
        </nav>
        <div className="app-header-tools">
          <LanguageSwitch />
          {abilities.signedIn && <NotificationBell />}
          <SignInArea />
        </div>
      </Layout.Header>
      <Layout.Content id="main" className="app-main" tabIndex={-1} ref={mainRef}>
        <ChunkErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ChunkErrorBoundary>
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
