import { createHmac, pbkdf2Sync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { checkPassword, type StoredUser } from './credentials';
import { currentPolicy } from './policy';

const SIGNING_KEY = Buffer.from('holdout-signing-key-0123456789abcdef');

function seedUsers(): Map<string, StoredUser> {
  const users = new Map<string, StoredUser>();
  for (let i = 0; i < 50; i++) {
    const salt = Buffer.from(`salt-${i}`);
    // Seeding uses the same parameters the policy file holds.
    users.set(`user${i}`, { name: `user${i}`, salt, hash: pbkdf2Sync(`pw-${i}`, salt, 2500, 32, 'sha256') });
  }
  return users;
}

const users = seedUsers();

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json' }).end(text);
};

async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const policy = currentPolicy();
  const { user, password } = JSON.parse(await readBody(req)) as { user: string; password: string };
  const stored = users.get(user);
  if (!stored || !(await checkPassword(stored, password, policy))) return send(res, 401, { error: 'bad credentials' });
  const expires = Math.floor(Date.now() / 1000) + policy.tokenTtlSeconds;
  const payload = `${user}.${expires}`;
  send(res, 200, { token: `${payload}.${createHmac('sha256', SIGNING_KEY).update(payload).digest('hex')}` });
}

async function authorise(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const policy = currentPolicy();
  const route = policy.routes[req.url ?? ''];
  if (!route) return send(res, 404, { error: 'unknown route' });
  const [user, expires, mac] = String(req.headers.authorization ?? '').replace(/^Bearer /, '').split('.');
  const good = createHmac('sha256', SIGNING_KEY).update(`${user}.${expires}`).digest('hex');
  if (mac !== good || Number(expires) < Date.now() / 1000) return send(res, 401, { error: 'bad token' });
  send(res, 200, { user, scopes: route.scopes });
}

export function startGateway(): Promise<Server> {
  const server = createServer((req, res) => {
    const handler = req.url === '/v1/login' ? login : authorise;
    handler(req, res).catch((err: Error) => send(res, 500, { error: err.message }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
