import { createStore, StoreError, type Store, type Tenant } from '@hotpath/store';

/**
 * `npm run admin -- <command>`: tenants and their tokens, straight against
 * PostgreSQL (DATABASE_URL). Plain Node: no Nest, no Redis. A token's
 * plaintext is printed once, at creation; the database keeps only its hash.
 */
const USAGE = `usage: npm run admin -- <command>
  tenant create <name>             create a tenant; prints its id
  tenant list                      tenants, one per line: id name
  token create <tenant> [label]    a new token for the tenant (name or id); prints the token once
  token list <tenant>              tokens of the tenant: id created [revoked] label
  token revoke <tenant> <token-id> revoke a token
environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)`;

class UsageError extends Error {}

async function tenantByNameOrId(store: Store, ref: string | undefined): Promise<Tenant> {
  if (!ref) throw new UsageError('missing <tenant>');
  const tenant = (await store.getTenant(ref)) ?? (await store.findTenantByName(ref));
  if (!tenant) throw new StoreError('invalid_argument', `no tenant named or with id ${JSON.stringify(ref)}`);
  return tenant;
}

export async function admin(args: string[], store: Store, out: (line: string) => void): Promise<void> {
  const [noun, verb, ...rest] = args;
  switch (`${noun} ${verb}`) {
    case 'tenant create': {
      if (!rest[0]) throw new UsageError('missing <name>');
      await store.migrate();
      const tenant = await store.createTenant(rest[0]);
      out(tenant.id);
      return;
    }
    case 'tenant list':
      for (const t of await store.listTenants()) out(`${t.id} ${t.name}`);
      return;
    case 'token create': {
      const tenant = await tenantByNameOrId(store, rest[0]);
      out(await store.createToken(tenant.id, rest[1]));
      return;
    }
    case 'token list': {
      const tenant = await tenantByNameOrId(store, rest[0]);
      for (const t of await store.listTokens(tenant.id)) {
        out([t.id, t.createdAt.toISOString(), t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : '', t.label ?? ''].filter(Boolean).join(' '));
      }
      return;
    }
    case 'token revoke': {
      const tenant = await tenantByNameOrId(store, rest[0]);
      if (!rest[1]) throw new UsageError('missing <token-id>');
      if (!(await store.revokeToken(tenant.id, rest[1]))) throw new StoreError('invalid_argument', `tenant ${tenant.name} has no active token ${rest[1]}`);
      out(`revoked ${rest[1]}`);
      return;
    }
    default:
      throw new UsageError(noun ? `unknown command: ${args.slice(0, 2).join(' ')}` : 'no command');
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    process.stdout.write(USAGE + '\n');
    return args.length === 0 ? 2 : 0;
  }
  const store = createStore({ connectionString: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres', maxConnections: 1 });
  try {
    await admin(args, store, (line) => process.stdout.write(line + '\n'));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`hotpath admin: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof StoreError) {
      process.stderr.write(`hotpath admin: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`hotpath admin: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

if (require.main === module) main().then((code) => process.exit(code));
