'use strict';
// Replays a deterministic request mix against the gateway with four keep-alive connections.

const http = require('node:http');

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function get(agent, port, pathName) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathName, agent,
      headers: { 'accept-encoding': 'deflate' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

process.once('message', async ({ port, requests, assets }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const rand = lcg(20240611);
  const paths = [];
  for (let i = 0; i < requests; i++) {
    const r = rand();
    if (r < 0.02) paths.push('/healthz');
    else {
      const id = 1 + Math.floor(rand() * assets);
      paths.push(`/v1/assets/${id}/${r < 0.55 ? 'summary' : 'renditions'}`);
    }
  }
  let next = 0;
  let failures = 0;
  async function lane() {
    while (next < paths.length) {
      const status = await get(agent, port, paths[next++]);
      if (status !== 200 && status !== 204) failures++;
    }
  }
  await Promise.all([lane(), lane(), lane(), lane()]);
  agent.destroy();
  process.send({ failures }, () => process.exit(0));
});
