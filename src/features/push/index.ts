/** The push feature's surface: routes, jobs, and the pieces a receiver or a test needs. */
export { deliverDueWebhooks, type WebhookDeliveryOptions, type WebhookReport } from './delivery';
export { chinaDayAndHour, type DigestReport, runDailyDigest } from './digest';
export { type PushJobs, type PushJobsOptions, startPushJobs } from './jobs';
export { type PushDeps, type PushReport, runPushRound } from './pushRound';
export { MAX_WEBHOOK_ATTEMPTS } from './retry';
export { pushRoutes } from './routes';
export type { PushServiceDeps } from './service';
export {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
  verifySignature,
} from './signature';
