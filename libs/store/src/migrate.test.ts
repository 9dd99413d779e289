import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createScratchDatabase, type ScratchDatabase } from './scratch';
import { loadMigrations, migrate } from './migrate';

let db: ScratchDatabase;
beforeAll(async () => {
  db = await createScratchDatabase();
});
afterAll(async () => {
  await db?.drop();
});

it('applies each migration once even when several processes start together', async () => {
  const pools = Array.from({ length: 4 }, () => new Pool({ connectionString: db.url, max: 1 }));
  try {
    const results = await Promise.all(pools.map((p) => migrate(p)));
    const applied = results.flat();
    expect(applied).toEqual(loadMigrations().map((m) => `${String(m.version).padStart(3, '0')}_${m.name}`));
    expect(await migrate(pools[0])).toEqual([]);
    const { rows } = await pools[0].query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
  } finally {
    await Promise.all(pools.map((p) => p.end()));
  }
});

it('refuses a migration edited after it was applied, and badly numbered files', async () => {
  const pool = new Pool({ connectionString: db.url, max: 1 });
  try {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'different' } : m));
    await expect(migrate(pool, edited)).rejects.toThrow(/changed after it was applied/);
  } finally {
    await pool.end();
  }
  const dir = mkdtempSync(join(tmpdir(), 'mig-'));
  writeFileSync(join(dir, '001_a.sql'), 'SELECT 1');
  writeFileSync(join(dir, '003_c.sql'), 'SELECT 1');
  expect(() => loadMigrations(dir)).toThrow(/out of sequence/);
});
