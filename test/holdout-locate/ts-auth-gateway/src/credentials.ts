import { pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import type { Policy } from './policy';

export interface StoredUser {
  name: string;
  salt: Buffer;
  hash: Buffer;
}

export async function checkPassword(user: StoredUser, password: string, policy: Policy): Promise<boolean> {
  const { iterations, keyLength, digest } = policy.pbkdf2;
  const candidate = pbkdf2Sync(password, user.salt, iterations, keyLength, digest);
  return candidate.length === user.hash.length && timingSafeEqual(candidate, user.hash);
}
