import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from './backoff';

describe('outbox retry schedule', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [12, 6 * 3_600_000],
    [40, 6 * 3_600_000],
  ])('after %i failed attempts wait %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });

  it.each([
    { name: 'a connection error is retried', attempts: 1, code: undefined, kind: 'retry' },
    { name: 'RFC 5321 §4.2.1: a 4xx reply is transient', attempts: 3, code: 451, kind: 'retry' },
    { name: 'RFC 5321 §4.2.1: a 5xx reply is permanent', attempts: 1, code: 550, kind: 'give-up' },
    { name: 'the last attempt gives up', attempts: MAX_ATTEMPTS, code: undefined, kind: 'give-up' },
  ])('$name', ({ attempts, code, kind }) => {
    expect(afterFailure(attempts, code).kind).toBe(kind);
  });
});
