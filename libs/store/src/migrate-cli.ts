#!/usr/bin/env node
// `npm run migrate`: applies pending migrations to $DATABASE_URL and exits.
import { createStore } from './store';

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('migrate: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/hotpath)\n');
    return 2;
  }
  const store = createStore({ connectionString: url, maxConnections: 1 });
  try {
    const applied = await store.migrate();
    process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'database is up to date\n');
    return 0;
  } catch (err) {
    process.stderr.write(`migrate: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

main().then((code) => process.exit(code));
