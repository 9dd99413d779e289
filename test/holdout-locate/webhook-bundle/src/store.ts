import { Client } from 'pg';

export interface Delivery {
  id: string;
  event: string;
  repository: string;
  receivedAt: Date;
}

const settings = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'test',
  application_name: 'webhook-relay',
};

// One connection per unit of work.
async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(settings);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// The statements only echo their values so the run needs no schema.
export const recordDelivery = (d: Delivery): Promise<number> =>
  withClient(async (client) => {
    const res = await client.query('SELECT $1::text AS id, $2::text AS event, $3::text AS repo, $4::timestamptz AS at', [d.id, d.event, d.repository, d.receivedAt]);
    return res.rowCount ?? 0;
  });

export const markNotified = (id: string, channels: number): Promise<void> =>
  withClient(async (client) => {
    await client.query('SELECT $1::text AS id, $2::int AS channels, now() AS notified_at', [id, channels]);
  });
