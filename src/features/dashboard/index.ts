/** The dashboard feature's surface: routes for the administration's charts. */
export { type DashboardDeps, dashboardRoutes } from './routes';
