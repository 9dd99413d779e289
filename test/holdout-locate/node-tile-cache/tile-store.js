'use strict';
const Redis = require('ioredis');
const { renderTile } = require('./render');

const STYLES = ['day', 'night', 'print', 'mono'];
const SCALES = ['1x', '2x', 'hd'];

// A layer is served under one name per style and scale ("roads-night-2x").
function aliases(layer) {
  const out = [layer];
  for (const style of STYLES) for (const scale of SCALES) out.push(`${layer}-${style}-${scale}`);
  return out;
}

class TileStore {
  constructor(options) {
    this.options = options;
  }

  connection() {
    return new Redis({
      host: this.options.host,
      port: this.options.port,
      keyPrefix: this.options.prefix,
      maxRetriesPerRequest: 1,
      enableReadyCheck: true,
      connectionName: 'tile-cache',
    });
  }

  async lookup(layer, z, x, y) {
    const redis = this.connection();
    try {
      const key = `${layer}:${z}:${x}:${y}`;
      let body = await redis.get(key);
      if (body === null) {
        body = renderTile(layer, z, x, y);
        await redis.set(key, body, 'EX', 30);
      }
      await redis.lpush('recent', key);
      await redis.ltrim('recent', 0, 5);
      return { key, bytes: body.length };
    } finally {
      redis.disconnect();
    }
  }

  // Keys seen lately of the same layer (under any of its style aliases), zoom and column.
  async siblings(layer, z, x) {
    const redis = this.connection();
    try {
      const recent = await redis.lrange('recent', 0, -1);
      return recent.filter((key) => isSibling(key, layer, z, x));
    } finally {
      redis.disconnect();
    }
  }
}

// The pattern depends on the request's layer, zoom and column.
function isSibling(key, layer, z, x) {
  const names = aliases(layer).map((a) => a.replace(/[-]/g, '\\-')).join('|');
  return new RegExp(`^(?:${names}):${z}:(?:${x - 1}|${x}|${x + 1}):(\\d+)$`).test(key);
}

module.exports = { TileStore };
