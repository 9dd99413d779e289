import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { StoreError } from './errors';

/**
 * The migrations folder sits beside src/ and dist/ (tsc copies no .sql), so
 * the same relative path works from the sources under vitest and from the build.
 */
export const MIGRATIONS_DIR = join(__dirname, '..', 'migrations');

/** Any fixed 64-bit number: every hotpath process that migrates takes this one lock. */
const MIGRATION_LOCK = 7_215_993_401;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** `NNN_name.sql` files in version order; a gap or a duplicate number is an error, not a silent skip. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const migrations = files.map((file) => {
    const m = /^(\d+)_([a-z0-9_-]+)\.sql$/i.exec(file);
    if (!m) throw new StoreError('migration_failed', `migration file ${file} is not named NNN_name.sql`);
    const sql = readFileSync(join(dir, file), 'utf8');
    return { version: Number(m[1]), name: m[2], sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new StoreError('migration_failed', `migration ${m.version}_${m.name} is out of sequence (expected number ${i + 1})`);
  });
  return migrations;
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its
 * own transaction, holding a session advisory lock so that processes starting
 * together (API and workers) wait for one another instead of both migrating.
 * Returns the names of the migrations this call applied.
 */
export async function migrate(pool: Pool, migrations = loadMigrations()): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Map<number, { name: string; checksum: string }>();
      for (const row of (await client.query('SELECT version, name, checksum FROM schema_migrations')).rows) done.set(row.version, row);
      for (const m of migrations) {
        const prior = done.get(m.version);
        if (prior) {
          // An edited migration that already ran would leave databases that differ silently.
          if (prior.checksum !== m.checksum) {
            throw new StoreError('migration_failed', `migration ${m.version}_${m.name} changed after it was applied (checksum differs); add a new migration instead`);
          }
          continue;
        }
        try {
          await client.query('BEGIN');
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new StoreError('migration_failed', `migration ${m.version}_${m.name} failed: ${(err as Error).message}`);
        }
        applied.push(`${String(m.version).padStart(3, '0')}_${m.name}`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
  return applied;
}
