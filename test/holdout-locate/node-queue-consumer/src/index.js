'use strict';
// Mailing-list job consumer: a producer pushes compressed "send newsletter" jobs to a Redis
// list; the consumer pops them, orders each job's recipients for the mail merge and
// counts the deliveries. Both run in this process, so one run is one profile.
const Redis = require('ioredis');
const { produce } = require('./producer');
const { Consumer } = require('./consumer');

const QUEUE = `hl:newsletter:${process.pid}`;

async function main() {
  const redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
  await redis.connect();
  try {
    const jobs = Number(process.env.NEWSLETTER_JOBS ?? 2500);
    await produce(redis, QUEUE, jobs);
    const consumer = new Consumer(redis, QUEUE);
    const delivered = await consumer.drain();
    if (delivered === 0) throw new Error('nothing delivered');
  } finally {
    await redis.del(QUEUE);
    redis.disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
