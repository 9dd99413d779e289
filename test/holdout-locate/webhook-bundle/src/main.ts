// Webhook relay: receives signed deliveries over HTTP, stores each in PostgreSQL and builds
// a notification line. A client in the same process sends the deliveries.
import { createHmac } from 'node:crypto';
import { createServer, request, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { markNotified, recordDelivery, type Delivery } from './store';
import { describe } from './summary';

const SECRET = 'relay-secret';
const CHANNELS = ['chat', 'email', 'audit'];
const sign = (body: string): string => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = '';
  for await (const chunk of req) body += chunk;
  if (req.headers['x-hub-signature-256'] !== sign(body)) {
    res.writeHead(401).end();
    return;
  }
  const payload = JSON.parse(body) as { repository: { full_name: string }; commits: unknown[] };
  const delivery: Delivery = {
    id: String(req.headers['x-github-delivery']),
    event: String(req.headers['x-github-event']),
    repository: payload.repository.full_name,
    receivedAt: new Date(Date.UTC(2026, 10, 1) + Number(String(req.headers['x-github-delivery']).slice(2)) * 60_000),
  };
  await recordDelivery(delivery);
  // One line for each channel: chat, e-mail digest, audit log.
  const lines = CHANNELS.map((channel) => `[${channel}] ${describe(delivery)} (${payload.commits.length} commits)`);
  await markNotified(delivery.id, lines.length);
  res.writeHead(202, { 'content-type': 'text/plain' }).end(lines.join('\n'));
}

function deliver(agent: Agent, port: number, n: number): Promise<number> {
  const body = JSON.stringify({
    repository: { full_name: `acme/service-${n % 17}` },
    commits: Array.from({ length: 8 + (n % 5) }, (_, i) => ({ id: `${n}-${i}`, message: `change ${i}` })),
  });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1', port, method: 'POST', path: '/hooks/github', agent,
        headers: { 'x-github-event': n % 3 ? 'push' : 'pull_request', 'x-github-delivery': `d-${n}`, 'x-hub-signature-256': sign(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const server = createServer((req, res) => {
    receive(req, res).catch((err: Error) => res.writeHead(500).end(err.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const total = Number(process.env.RELAY_DELIVERIES ?? 700);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const status = await deliver(agent, port, next++);
      if (status !== 202) throw new Error(`delivery failed with ${status}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  agent.destroy();
  server.close();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
