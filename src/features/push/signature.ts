import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, pure. Every delivery is a POST of a JSON body with
 *
 *   X-Zhuanhua-Event: notification.created | webhook.ping
 *   X-Zhuanhua-Delivery: <delivery id>
 *   X-Zhuanhua-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
 *
 * The receiver recomputes the HMAC over the timestamp, a full stop and the raw body bytes with the secret it was
 * shown when the webhook was created, compares in constant time, and rejects timestamps older than a few minutes
 * (replay protection). The same scheme as Stripe's, so existing verifier code fits.
 */
export const SIGNATURE_HEADER = 'x-zhuanhua-signature';
export const EVENT_HEADER = 'x-zhuanhua-event';
export const DELIVERY_HEADER = 'x-zhuanhua-delivery';
/** Receivers should refuse signatures older than this. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signature(secret, timestamp, body)}`;
}

export type VerifyResult =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'malformed' | 'mismatch' | 'stale' };

/** What a receiver does (and the tests do): parse, recompute, compare in constant time, check the age. */
export function verifySignature(
  secret: string,
  header: string | undefined,
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): VerifyResult {
  if (!header) return { ok: false, reason: 'malformed' };
  const parts = new Map(
    header.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1');
  if (!Number.isInteger(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(signature(secret, t, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) return { ok: false, reason: 'mismatch' };
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return { ok: false, reason: 'stale' };
  return { ok: true, timestamp: t };
}
