'use strict';

const http = require('http');
const { sendJson } = require('./respond');
const { loadZoningRules, indexOverlays, zoningFor } = require('./zoning');

const PAGE_SIZE = 20;
const SORTERS = {
  price: (a, b) => a.askingPrice - b.askingPrice,
  newest: (a, b) => a.listedDaysAgo - b.listedDaysAgo,
  size: (a, b) => b.sqm - a.sqm,
  pricePerSqm: (a, b) => a.askingPrice / a.sqm - b.askingPrice / b.sqm,
};

function card(listing, estimate, zoning, financing) {
  return {
    id: listing.id,
    headline: listing.headline,
    district: listing.district,
    type: listing.type,
    beds: listing.beds,
    baths: listing.baths,
    sqm: listing.sqm,
    builtYear: listing.builtYear,
    askingPrice: listing.askingPrice,
    pricePerSqm: Math.round(listing.askingPrice / listing.sqm),
    features: listing.features,
    description: listing.description,
    photos: listing.photos,
    amenities: listing.amenities,
    agency: { name: listing.agency, listingUrl: `https://www.example-listings.de/expose/${listing.id}`, responseTimeHours: 4 },
    valuation: estimate
      ? { value: estimate.value, range: [estimate.low, estimate.high], verdict: verdict(listing.askingPrice, estimate) }
      : null,
    financing: financing ? { downPayment: financing.downPayment, monthly: financing.monthly } : null,
    zoning,
  };
}

function verdict(asking, estimate) {
  if (asking < estimate.low) return 'below-market';
  if (asking > estimate.high) return 'above-market';
  return 'fair';
}

function createGateway({ listings, valuations, financing }) {
  const byId = new Map(listings.map((l) => [l.id, l]));
  const byDistrict = new Map();
  for (const l of listings) {
    if (!byDistrict.has(l.district)) byDistrict.set(l.district, []);
    byDistrict.get(l.district).push(l);
  }
  const stats = { search: 0, detail: 0, errors: 0 };

  async function search(req, res, params) {
    stats.search++;
    const district = params.get('district');
    const minBeds = Number(params.get('minBeds')) || 0;
    const maxPrice = Number(params.get('maxPrice')) || Infinity;
    const type = params.get('type');
    const sorter = SORTERS[params.get('sort')] || SORTERS.newest;
    const page = Math.max(1, Number(params.get('page')) || 1);

    const pool = district ? byDistrict.get(district) || [] : listings;
    const matches = pool.filter((l) => l.beds >= minBeds && l.askingPrice <= maxPrice && (!type || l.type === type));
    matches.sort(sorter);
    const slice = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

    const [estimates, costs] = await Promise.all([valuations.estimateMany(slice), financing.monthlyCosts(slice)]);
    const rules = loadZoningRules();
    const overlayIndex = indexOverlays(rules);
    sendJson(req, res, 200, {
      total: matches.length,
      page,
      pages: Math.ceil(matches.length / PAGE_SIZE),
      results: slice.map((l) => card(l, estimates.get(l.id), zoningFor(l, rules, overlayIndex), costs.get(l.id))),
    });
  }

  async function detail(req, res, id) {
    stats.detail++;
    const listing = byId.get(id);
    if (!listing) return sendJson(req, res, 404, { error: 'listing not found' });
    const neighbours = (byDistrict.get(listing.district) || [])
      .filter((l) => l.id !== listing.id && Math.abs(l.sqm - listing.sqm) < 20)
      .sort((a, b) => Math.abs(a.askingPrice - listing.askingPrice) - Math.abs(b.askingPrice - listing.askingPrice))
      .slice(0, 5);
    const [estimates, costs] = await Promise.all([
      valuations.estimateMany([listing, ...neighbours.slice(0, 3)]),
      financing.monthlyCosts([listing]),
    ]);
    const rules = loadZoningRules();
    const overlayIndex = indexOverlays(rules);
    sendJson(req, res, 200, {
      ...card(listing, estimates.get(listing.id), zoningFor(listing, rules, overlayIndex), costs.get(listing.id)),
      location: { lat: listing.lat, lon: listing.lon },
      expose: listing.expose,
      priceHistory: listing.priceHistory,
      listedDaysAgo: listing.listedDaysAgo,
      similar: neighbours.map((n) => card(n, estimates.get(n.id), null)),
    });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://gateway.local');
    let work;
    if (req.method === 'GET' && url.pathname === '/search') work = search(req, res, url.searchParams);
    else if (req.method === 'GET' && url.pathname.startsWith('/listings/')) work = detail(req, res, url.pathname.slice(10));
    else work = Promise.resolve(sendJson(req, res, 404, { error: 'not found' }));
    work.catch((err) => {
      stats.errors++;
      if (!res.headersSent) sendJson(req, res, 502, { error: err.message });
      else res.destroy();
    });
  });
  server.stats = stats;
  return server;
}

module.exports = { createGateway };
