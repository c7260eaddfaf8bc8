import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { SessionProvider } from './features/accounts/session';
import { I18nProvider } from './i18n/I18nProvider';
import { AppLayout } from './shell/AppLayout';

// Each page is its own chunk: the shell paints first, a page's code (and ECharts) loads when visited.
const NotFoundPage = lazy(() => import('./shell/NotFoundPage'));
const HomePage = lazy(() => import('./features/stats/HomePage'));
const StatsPage = lazy(() => import('./features/stats/StatsPage'));
const SearchPage = lazy(() => import('./features/patents/SearchPage'));
const PatentDetailPage = lazy(() => import('./features/patents/PatentDetailPage'));
const ImportPage = lazy(() => import('./features/patents/import/ImportPage'));
const ImportRunPage = lazy(() => import('./features/patents/import/ImportRunPage'));
const OpenLicencePoolPage = lazy(() => import('./features/openLicence/PoolPage'));
const DeclarePage = lazy(() => import('./features/openLicence/DeclarePage'));
const VerificationQueuePage = lazy(() => import('./features/openLicence/QueuePage'));
const MyLicencesPage = lazy(() => import('./features/openLicence/MyLicencesPage'));
const DeclarationPage = lazy(() => import('./features/openLicence/DeclarationPage'));
const SignInPage = lazy(() => import('./features/accounts/SignInPage'));
const ForgotPasswordPage = lazy(() => import('./features/accounts/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./features/accounts/ResetPasswordPage'));
const AccountPage = lazy(() => import('./features/accounts/AccountPage'));
const ChangePasswordPage = lazy(() => import('./features/accounts/ChangePasswordPage'));
const TokensPage = lazy(() => import('./features/accounts/TokensPage'));
const MyOrganisationPage = lazy(() => import('./features/accounts/MyOrganisationPage'));
const UsersPage = lazy(() => import('./features/accounts/UsersPage'));
const OrganisationsPage = lazy(() => import('./features/accounts/OrganisationsPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage'));
const PublicDemandsPage = lazy(() => import('./features/demands/PublicDemandsPage'));
const DemandFormPage = lazy(() => import('./features/demands/DemandFormPage'));
const MyDemandsPage = lazy(() => import('./features/demands/MyDemandsPage'));
const DemandImportPage = lazy(() => import('./features/demands/DemandImportPage'));
const DemandDetailPage = lazy(() => import('./features/demands/DemandDetailPage'));
const SubscriptionsPage = lazy(() => import('./features/push/SubscriptionsPage'));
const NotificationsPage = lazy(() => import('./features/push/NotificationsPage'));

export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <SessionProvider>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<HomePage />} />
              <Route path="patents" element={<SearchPage />} />
              <Route path="patents/:id" element={<PatentDetailPage />} />
              <Route path="imports" element={<ImportPage />} />
              <Route path="imports/:id" element={<ImportRunPage />} />
              <Route path="stats" element={<StatsPage />} />
              <Route path="open-licences" element={<OpenLicencePoolPage />} />
              <Route path="open-licences/declare" element={<DeclarePage />} />
              <Route path="open-licences/queue" element={<VerificationQueuePage />} />
              <Route path="open-licences/mine" element={<MyLicencesPage />} />
              <Route path="open-licences/:id" element={<DeclarationPage />} />
              <Route path="demands" element={<PublicDemandsPage />} />
              <Route path="demands/new" element={<DemandFormPage />} />
              <Route path="demands/mine" element={<MyDemandsPage />} />
              <Route path="demands/import" element={<DemandImportPage />} />
              <Route path="demands/:id" element={<DemandDetailPage />} />
              <Route path="demands/:id/edit" element={<DemandFormPage />} />
              <Route path="subscriptions" element={<SubscriptionsPage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
              <Route path="account" element={<AccountPage />} />
              <Route path="account/password" element={<ChangePasswordPage />} />
              <Route path="account/tokens" element={<TokensPage />} />
              <Route path="organisation" element={<MyOrganisationPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="organisations" element={<OrganisationsPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </I18nProvider>
  );
}
