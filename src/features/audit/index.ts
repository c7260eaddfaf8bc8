export type { Json } from './chain';
export {
  type AuditActor,
  type AuditEntry,
  type AuditReceipt,
  recordAudit,
  type SystemActor,
  systemActor,
} from './recordAudit';
export { type AuditDeps, auditRoutes } from './routes';
export {
  type AuditFilter,
  type AuditRecord,
  type ChainVerification,
  listAudit,
  verifyAuditChain,
} from './service';
