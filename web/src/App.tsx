import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { I18nProvider } from './i18n/I18nProvider';
import { AppLayout } from './shell/AppLayout';

// Each page is its own chunk: the shell paints first, a page's code (and ECharts) loads when visited.
const NotFoundPage = lazy(() => import('./shell/NotFoundPage'));
const PlaceholderPage = lazy(() => import('./shell/PlaceholderPage'));
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

export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
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
            <Route
              path="demands"
              element={
                <PlaceholderPage
                  titleKey="placeholder.demands.title"
                  detailKey="placeholder.demands.detail"
                />
              }
            />
            <Route
              path="sign-in"
              element={
                <PlaceholderPage titleKey="auth.placeholder.title" detailKey="auth.placeholder.detail" />
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </I18nProvider>
  );
}
