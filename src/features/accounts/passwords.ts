import argon2 from 'argon2';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet minimum (19 MiB, 2 passes, 1 lane), which keeps a
 * sign-in around 20–40 ms. Hashes made with other parameters are upgraded at the next sign-in.
 */
const PARAMS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PARAMS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export function passwordHashIsOutdated(hash: string): boolean {
  return argon2.needsRehash(hash, PARAMS);
}

let dummy: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown e-mail cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('zhuanhua-dummy-password-for-timing');
  await verifyPassword(await dummy, password);
  return false;
}
