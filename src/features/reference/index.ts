/**
 * The reference feature's surface for other features: code lists (IPC, GB/T 4754-2017, GB/T 2260, SEI),
 * their pure rules, the in-memory catalogue, seeding and the HTTP routes.
 */
export {
  loadReferenceCatalog,
  ReferenceCatalog,
  type ReferenceCatalogParts,
  type SeiTreeNode,
} from './catalog';
export {
  GBT4754_SECTION_DIVISIONS,
  type IndustryCode,
  type IndustryLevel,
  type IndustryParseResult,
  industryAncestors,
  industryParent,
  normaliseIndustryCode,
  parseIndustryCode,
} from './industry';
export {
  compareIpc,
  IPC_LEVELS,
  IPC_TITLE_MISSING,
  type IpcError,
  type IpcLevel,
  type IpcParseResult,
  type IpcSymbol,
  ipcAncestors,
  ipcParent,
  normaliseIpc,
  parseIpc,
} from './ipc';
export { RegionDirectory, type RegionEntry, type RegionLevel, type RegionMatch } from './regions';
export type { IndustryRow, IpcRow, RegionRow } from './repository';
export { type ReferenceDeps, referenceRoutes } from './routes';
export { REFERENCE_DATA_DIR, type ReferenceDatasetName, type SeedReport, seedReferenceData } from './seed';
export {
  compareSeiCodes,
  type SeiCategory,
  type SeiCategoryMatch,
  SeiConcordance,
  type SeiExplanation,
  type SeiRule,
  type SeiRuleHit,
} from './seiConcordance';
export { type IpcEntryView, ipcEntry } from './service';
