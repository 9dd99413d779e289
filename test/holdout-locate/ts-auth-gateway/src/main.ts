// Authentication gateway and a client that logs users in and calls routes with their
// tokens, in one process so one run is one profile.
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from './gateway';

const ROUTES = ['/v1/orders', '/v1/customers', '/v1/invoices', '/v1/orders/export'];

function call(agent: Agent, port: number, method: string, path: string, body?: string, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function session(agent: Agent, port: number, n: number): Promise<void> {
  const user = `user${n % 50}`;
  const login = await call(agent, port, 'POST', '/v1/login', JSON.stringify({ user, password: `pw-${n % 50}` }));
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const { token } = JSON.parse(login.text) as { token: string };
  for (let i = 0; i < 6; i++) {
    const r = await call(agent, port, 'GET', ROUTES[(n + i) % ROUTES.length], undefined, token);
    if (r.status !== 200) throw new Error(`call failed: ${r.status}`);
  }
}

async function main(): Promise<void> {
  const server = await startGateway();
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const sessions = Number(process.env.GATEWAY_SESSIONS ?? 1800);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sessions) await session(agent, port, next++);
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  agent.destroy();
  server.close();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
