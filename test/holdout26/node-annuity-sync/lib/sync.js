'use strict';
const { parseRatePage } = require('./rateParser');

// Pulls every page of every provider's rate feed with a bounded number of requests in flight.
async function syncPanel(client, providers, store, { concurrency, pages }) {
  const queue = [];
  for (let page = 1; page <= pages; page++) for (const p of providers) queue.push({ provider: p, page });
  const stats = { pages: 0, rows: 0, changed: 0, failed: 0 };
  async function worker() {
    while (queue.length) {
      const job = queue.shift();
      try {
        const { text } = await client.fetchRatePage(job.provider.code, job.page);
        const rows = parseRatePage(text, job.provider);
        stats.changed += store.applyRatePage(rows);
        stats.rows += rows.length;
        stats.pages++;
      } catch (err) {
        stats.failed++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats;
}

module.exports = { syncPanel };
