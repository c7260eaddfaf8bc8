/**
 * Every write route's case, one file per feature. A new feature adds `cases/<feature>.ts` exporting its
 * `RouteCase[]` and one line below; the matrix test fails on any registered write route missing here.
 */
import type { RouteCase } from '../routeCase';
import { accountsCases } from './accounts';
import { catalogueCases } from './catalogue';
import { demandsCases } from './demands';
import { openLicenceCases } from './openLicence';
import { pushCases } from './push';

export const ROUTE_CASES: readonly RouteCase[] = [
  ...accountsCases,
  ...catalogueCases,
  ...openLicenceCases,
  ...demandsCases,
  ...pushCases,
];
