/** The open-licence feature's surface for other features and the composition root. */

export { annualFeeSchedule } from './annualFee';
export { checkDeclaration, type EligibilityResult, type PatentFacts, type Refusal } from './eligibility';
export { openLicenceInForce } from './lifecycle';
export { listPool } from './poolService';
/** Re-checks published declarations on these patents now (call after patent data changes). */
export {
  type OpenLicenceJobs,
  type ReverificationReport,
  reverifyDeclarations,
  startOpenLicenceJobs,
} from './reverification';
export { openLicenceRoutes } from './routes';
export type { OpenLicenceDeps } from './serviceContext';
export { sendFilingReminders } from './uptakeService';
