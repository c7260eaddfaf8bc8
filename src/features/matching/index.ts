/** The matching feature's surface for other features and the composition root. */
export { type DemandEntry, DemandIndex } from './demandIndex';
export { type Embedder, loadEmbedder, MODEL_NAME, modelStatus } from './embedder';
export { evaluateFeedback } from './evaluation';
export type { MatchReason } from './explain';
export { DEFAULT_DECISION, decideSubclasses, type SubclassScore } from './ipcPredictor';
export { queryTerms } from './matcher';
export { MatchIndex, type MatchIndexStatus } from './matchIndex';
export type { MatchingDeps } from './requests';
export { matchingRoutes } from './routes';
export { type MatchingOptions, MatchingService, type MatchingStatus, statusMessage } from './service';
