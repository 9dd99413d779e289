'use strict';
// Conference badge print run: renders a ZPL badge for every registered attendee
// and submits it to the printer gateway of the assigned check-in desk.
const { startGateway } = require('./gateway');
const { PrintGatewayClient } = require('./printer-client');
const { loadLayout, renderZpl } = require('./layout');

const ATTENDEES = Number(process.env.ATTENDEES || 7000);
const IN_FLIGHT = 4;
const FIRST = ['Ana', 'João', 'Björn', 'Chloé', 'Siobhán', 'Mateus', 'Zoë', 'Łukasz', 'Priya', 'Kenji', 'Amara', 'François', 'Olga', 'Diego'];
const LAST = ['Silva', 'Müller', 'Nakamura', 'O\'Connor', 'Dvořák', 'Fernández', 'Okafor', 'Lindqvist', 'Ramírez', 'Kowalczyk'];
const COMPANIES = ['Nimbus Analytics', 'Hexagon Cloud Systems', 'Ferrovia Digital', 'Quanta Payments GmbH', 'Lumen Robotics', 'Atlântico Software Lda'];
const TITLES = ['Staff Engineer', 'Head of Platform Reliability', 'Developer Advocate', 'Principal Data Scientist', 'VP Engineering'];
const TAGLINES = ['Ask me about distributed tracing and coffee', 'Building resilient payment rails across the Atlantic',
  'I break things so production does not', 'Open source maintainer, occasional marathoner, full-time pragmatist'];
const INTERESTS = ['observability', 'event sourcing', 'Kubernetes operators', 'WebAssembly', 'rust in production', 'feature flags',
  'chaos engineering', 'developer experience', 'data contracts', 'edge computing', 'platform teams', 'accessibility', 'zero trust'];
const TRACKS = ['attendee', 'attendee', 'attendee', 'speaker', 'sponsor', 'staff'];

function attendee(i) {
  return {
    ticket: 'DS24-' + (100000 + i * 7).toString(36).toUpperCase(),
    firstName: FIRST[i % FIRST.length], lastName: LAST[(i * 3) % LAST.length],
    company: COMPANIES[(i * 5) % COMPANIES.length], title: TITLES[(i * 7) % TITLES.length],
    tagline: TAGLINES[(i * 11) % TAGLINES.length], pronouns: i % 4 === 0 ? 'she/her' : i % 4 === 1 ? 'he/him' : '',
    interests: 'Happy to chat about ' + Array.from({ length: 9 }, (_, k) => INTERESTS[(i + k * 5) % INTERESTS.length]).join(', '),
    track: TRACKS[i % TRACKS.length], desk: 'desk-' + (i % 6),
  };
}

async function printBadge(gw, a) {
  const layout = loadLayout(a.track);
  const zpl = renderZpl(a, layout);
  const client = new PrintGatewayClient({ host: '127.0.0.1', port: gw.port, printer: a.desk });
  try {
    return await client.submit(zpl);
  } finally {
    client.close();
  }
}

async function main() {
  const gw = await startGateway();
  const t0 = Date.now();
  let next = 0;
  let printed = 0;
  const byTrack = {};
  async function lane() {
    while (next < ATTENDEES) {
      const a = attendee(next++);
      await printBadge(gw, a);
      printed++;
      byTrack[a.track] = (byTrack[a.track] || 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  gw.server.close();
  const jobs = [...gw.queues.values()].reduce((s, q) => s + q.length, 0);
  console.log(`printed ${printed} badges (${jobs} gateway jobs) in ${Date.now() - t0} ms`, byTrack);
}

main().catch((e) => { console.error(e); process.exit(1); });
