'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { once } = require('events');

// One syndication feed per edition (newline-delimited JSON), the format the
// partner sites poll.
class Outbox {
  constructor(dir, editions) {
    this.dir = dir;
    this.manifest = [];
    this.bytes = 0;
    this.feeds = new Map();
    fs.mkdirSync(dir, { recursive: true });
    for (const e of editions) {
      this.feeds.set(e.code, fs.createWriteStream(path.join(dir, `${e.code}.ndjson`)));
    }
  }

  async publish(rendered) {
    const digest = crypto.createHash('sha256').update(rendered.html).digest('hex');
    const line = JSON.stringify({ id: rendered.id, slug: rendered.slug, sha256: digest, html: rendered.html }) + '\n';
    const feed = this.feeds.get(rendered.edition);
    if (!feed.write(line)) await once(feed, 'drain');
    this.bytes += line.length;
    this.manifest.push({
      edition: rendered.edition,
      id: rendered.id,
      slug: rendered.slug,
      supersedes: rendered.supersedes,
      sha256: digest,
    });
    return rendered.id;
  }

  async close() {
    await Promise.all([...this.feeds.values()].map((f) => new Promise((resolve) => f.end(resolve))));
  }
}

module.exports = { Outbox };
