'use strict';

// Replays a month of vessel arrival notices against the harbour office service.

const { mulberry32, pick } = require('./rng');
const { startOffice } = require('./office');
const { HarbourOfficeClient } = require('./agent-client');

const rand = mulberry32(1852);
const KINDS = ['commercial', 'fishing', 'fishing', 'leisure', 'leisure', 'ferry'];
const PORTS = ['Kirkwall', 'Lerwick', 'Aberdeen', 'Bergen', 'Torshavn', 'Wick'];
const NOTICES = Number(process.env.NOTICES || 9000);

function makeNotice(i) {
  const kind = pick(rand, KINDS);
  const lengthM = kind === 'leisure' ? 8 + rand() * 14 : kind === 'commercial' ? 50 + rand() * 150 : 15 + rand() * 45;
  return {
    vessel: `${kind.slice(0, 3).toUpperCase()}-${1000 + (i % 900)}`,
    kind,
    lengthM: Math.round(lengthM * 10) / 10,
    draftM: kind === 'commercial' ? 4 + rand() * 7 : 1 + rand() * 3,
    eta: i * 1.5,
    days: 1 + Math.floor(rand() * 5),
    homePort: pick(rand, PORTS),
    visits: Math.floor(rand() * 20),
  };
}

const { server, counts } = startOffice();
server.listen(0, '127.0.0.1', async () => {
  const client = new HarbourOfficeClient(server.address().port);
  let next = 0;
  let net = 0;
  async function agentDesk() {
    while (next < NOTICES) {
      const { reply } = await client.lodgeArrival(makeNotice(next++));
      if (reply.dues) net += reply.dues.net;
    }
  }
  await Promise.all([agentDesk(), agentDesk(), agentDesk(), agentDesk()]);
  server.close();
  console.log(`assigned=${counts.assigned} anchorage=${counts.waiting} dues=${net.toFixed(2)}`);
});
