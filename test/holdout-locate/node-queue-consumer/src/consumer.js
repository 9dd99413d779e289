'use strict';
const zlib = require('node:zlib');
const { mailMergeOrder } = require('./merge');

class Consumer {
  constructor(redis, queue) {
    this.redis = redis;
    this.queue = queue;
  }

  async drain() {
    let delivered = 0;
    for (;;) {
      const raw = await this.redis.lpop(this.queue, 20);
      if (!raw || raw.length === 0) return delivered;
      for (const message of raw) delivered += this.handle(message);
    }
  }

  handle(message) {
    const job = JSON.parse(zlib.gunzipSync(Buffer.from(message, 'base64')).toString('utf8'));
    const ordered = mailMergeOrder(job.recipients);
    return ordered.filter((r) => r.email.endsWith('.se')).length;
  }
}

module.exports = { Consumer };
