export { MAX_ATTEMPTS, retryDelayMs } from './backoff';
export { type OutboxDeps, outboxRoutes } from './routes';
export {
  type DeliveryReport,
  deliverDue,
  type EmailMessage,
  enqueueEmail,
  listOutbox,
  type MailTransport,
  mailSettingsFromEnv,
  type OutboxSender,
  type OutboxSenderOptions,
  smtpTransport,
  startOutboxSender,
} from './service';
