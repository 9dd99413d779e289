'use strict';

const DATAGRAM = /^([a-z0-9_.]+):(-?[\d.]+)\|(ms|h|g|c)(?:\|@([\d.]+))?(?:\|#(.*))?$/;

function parseDatagram(line) {
  const m = DATAGRAM.exec(line);
  if (m === null) return null;
  const tags = {};
  if (m[5]) {
    for (const pair of m[5].split(',')) {
      const colon = pair.indexOf(':');
      if (colon > 0) tags[pair.slice(0, colon)] = pair.slice(colon + 1);
    }
  }
  return { name: m[1], value: Number(m[2]), kind: m[3], sampleRate: m[4] ? Number(m[4]) : 1, tags };
}

module.exports = { parseDatagram };
