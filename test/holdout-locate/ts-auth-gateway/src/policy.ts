import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Policy {
  issuer: string;
  tokenTtlSeconds: number;
  pbkdf2: { iterations: number; keyLength: number; digest: string };
  routes: Record<string, { scopes: string[]; rateLimit: number }>;
  denyList: string[];
}

const POLICY_FILE = join(__dirname, '..', 'config', 'policy.json');

// Operators edit the policy file by hand; reading it on every request was meant to pick
// their edits up without a restart.
export const currentPolicy = (): Policy => JSON.parse(readFileSync(POLICY_FILE, 'utf8')) as Policy;
