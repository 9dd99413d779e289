'use strict';

// Nightly batch: turns the day's waitlist requests into site holds and quote
// emails for the regional reservation systems.

const { mulberry32, pick } = require('./rng');
const { ReservationsClient } = require('./reservations-client');
const { findOpenSite } = require('./availability');
const { priceStay, quoteLines } = require('./pricing');
const crypto = require('crypto');

const rand = mulberry32(20260611);
const LOOPS = ['A', 'B', 'C', 'D', 'E', 'F'];
const REGIONS = ['north', 'south', 'coast'];
const LOCALES = ['en-US', 'en-US', 'en-CA', 'fr-CA', 'es-US'];
const SEASON_START = Date.UTC(2026, 4, 1);

function buildSites(count) {
  const sites = [];
  for (let i = 0; i < count; i++) {
    sites.push({
      id: `S${i}`,
      loop: LOOPS[i % LOOPS.length],
      number: 1 + Math.floor(i / LOOPS.length),
      capacity: 2 + Math.floor(rand() * 7),
      hookups: Math.floor(rand() * 3),
      waterfront: rand() < 0.15,
      baseRateCents: 2500 + Math.floor(rand() * 3000),
    });
  }
  return sites;
}

function buildWaitlist(count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push({
      requestId: `W${i}`,
      region: pick(rand, REGIONS),
      loop: pick(rand, LOOPS),
      party: 1 + Math.floor(rand() * 6),
      hookups: Math.floor(rand() * 2),
      arrival: SEASON_START + Math.floor(rand() * 120) * 86400000,
      nights: 1 + Math.floor(rand() * 6),
      locale: pick(rand, LOCALES),
      email: `guest${i}@mail.example`,
    });
  }
  return list;
}

function renderEmail(request, lines) {
  const body = [`To: ${request.email}`, 'Subject: Your campsite hold', '', ...lines].join('\n');
  const digest = crypto.createHash('sha1').update(body).digest('hex');
  return { body, digest };
}

function run() {
  const sites = buildSites(1800);
  const closedSiteIds = sites.filter(() => rand() < 0.05).map((s) => s.id);
  const waitlist = buildWaitlist(7000);
  const confirmedHolds = [];
  const outbox = [];
  let unplaced = 0;
  let bytes = 0;

  for (const request of waitlist) {
    const site = findOpenSite(request, sites, confirmedHolds, closedSiteIds);
    if (!site) {
      unplaced++;
      continue;
    }
    const price = priceStay(site, request);
    const hold = { siteId: site.id, arrival: request.arrival, nights: request.nights, party: request.party, totalCents: price.totalCents };
    confirmedHolds.push(hold);

    const client = new ReservationsClient({ region: request.region, apiKey: `key-${request.region}` });
    outbox.push(client.buildHoldRequest(hold));

    const email = renderEmail(request, quoteLines(site, request, price));
    bytes += email.body.length;
  }

  console.log(`holds=${confirmedHolds.length} unplaced=${unplaced} outbox=${outbox.length} emailBytes=${bytes}`);
}

run();
