/**
 * Random secrets and their stored form. Session cookies, API tokens and reset tokens are 256-bit random
 * values; the database keeps only their SHA-256, so a leaked table grants nothing.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * The CSRF token of a session, derived from the session token: bound to the session, stored nowhere,
 * and revealing nothing about the session token (which stays HttpOnly).
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`zhuanhua-csrf\0${sessionToken}`, 'utf8').digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export const API_TOKEN_PREFIX = 'zh_';

/** `zh_` + 43 characters; the prefix lets secret scanners recognise a leaked token. */
export function newApiToken(): string {
  return API_TOKEN_PREFIX + newSecret(32);
}

// No 0/O, 1/l/I: the one-time password is read off a console and typed by hand.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A one-time password: 20 characters from 57, about 116 bits. */
export function generatePassword(length = 20): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
