'use strict';
const { promisify } = require('node:util');
const zlib = require('node:zlib');

const gzip = promisify(zlib.gzip);

const FIRST = ['Åsa', 'Örjan', 'Anna', 'Erik', 'Ängla', 'Lars', 'Karin', 'Oskar', 'Ebba', 'Nils', 'Maja', 'Östen'];
const LAST = ['Ström', 'Åberg', 'Lindqvist', 'Öhman', 'Berg', 'Ekström', 'Nyström', 'Holm', 'Ängström', 'Sjöberg'];

// Jobs are gzip-compressed JSON, base64-encoded, as the upstream service queues them.
async function produce(redis, queue, count) {
  let seed = 99;
  const rnd = (n) => (seed = (seed * 1664525 + 1013904223) >>> 0) % n;
  for (let start = 0; start < count; start += 50) {
    const batch = [];
    for (let j = start; j < Math.min(count, start + 50); j++) {
      const recipients = Array.from({ length: 16 + rnd(16) }, (_, k) => ({
        name: `${LAST[rnd(LAST.length)]}, ${FIRST[rnd(FIRST.length)]}`,
        email: `r${j}-${k}@example.se`,
        fields: {
          greeting: `Hej ${FIRST[rnd(FIRST.length)]}`,
          unsubscribe: `https://lists.example.se/u/${j}/${k}/${rnd(1e9).toString(36)}`,
          segment: ['members', 'trial', 'lapsed', 'press'][rnd(4)],
          history: Array.from({ length: 12 }, () => rnd(1000)),
        },
      }));
      const job = { id: j, campaign: `spring-${j % 7}`, recipients };
      batch.push((await gzip(JSON.stringify(job))).toString('base64'));
    }
    await redis.rpush(queue, ...batch);
  }
}

module.exports = { produce };
