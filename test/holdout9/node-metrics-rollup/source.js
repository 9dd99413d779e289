'use strict';
const { Readable } = require('stream');

// Emits StatsD-formatted datagrams in batches, as the UDP listener would hand them over.
function metricStream({ batches, batchSize, seed = 1337 }) {
  let s = seed;
  const rnd = () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x7fffffff; };
  const names = ['http.request.duration', 'http.request.size', 'db.query.duration', 'cache.hit', 'cache.miss', 'queue.depth', 'gc.pause', 'jobs.completed'];
  const kinds = { 'http.request.duration': 'ms', 'db.query.duration': 'ms', 'gc.pause': 'ms', 'http.request.size': 'h', 'queue.depth': 'g' };
  const services = ['checkout', 'search', 'catalog', 'accounts', 'payments'];
  const regions = ['eu-west-1', 'us-east-1', 'ap-south-1'];
  let emitted = 0;
  return Readable.from((function* gen() {
    while (emitted < batches) {
      const lines = new Array(batchSize);
      for (let i = 0; i < batchSize; i++) {
        const name = names[Math.floor(rnd() * names.length)];
        const kind = kinds[name] || 'c';
        const value = kind === 'c' ? 1 + Math.floor(rnd() * 3) : kind === 'g' ? Math.floor(rnd() * 500) : Math.round(rnd() * rnd() * 2000 * 100) / 100;
        const rate = kind === 'c' && rnd() < 0.2 ? '|@0.5' : '';
        lines[i] = `${name}:${value}|${kind}${rate}|#service:${services[Math.floor(rnd() * services.length)]},region:${regions[Math.floor(rnd() * regions.length)]},host:node-${Math.floor(rnd() * 120)}`;
      }
      emitted++;
      yield lines.join('\n');
    }
  })(), { objectMode: true });
}

module.exports = { metricStream };
