/** The demands feature's surface for other features and the composition root. */
export { type DemandImportReport, importDemandSheet } from './importService';
export { DEMAND_STATE_LABEL, DEMAND_STATES, type DemandState } from './lifecycle';
export {
  type DemandInput,
  demandInputSchema,
  MODE_LABEL,
  TRANSFER_MODES,
  type TransferMode,
} from './questionnaire';
export {
  type DemandRow,
  type DemandTextRow,
  demandsChangedSince,
  demandTexts,
  getDemandRows,
  storeEmbedding,
} from './repository';
export { demandsRoutes } from './routes';
export { demandViewSchema } from './schemas';
export {
  createDemand,
  type DemandsDeps,
  getDemand,
  loadReadableDemand,
  markMatchedInTransaction,
  mayRead,
  readResource,
} from './service';
export { type DemandView, demandView, ipcHeadingTitle, regionLabel } from './views';
