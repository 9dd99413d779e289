'use strict';

const { haversine } = require('./geo');

const SEARCH_RADIUS_M = 2500;

function priceFor(walker, dogs) {
  // second and further dogs are charged at 60%
  return Math.round(walker.ratePence * (1 + 0.6 * (dogs.length - 1)));
}

function searchWalkers(market, owner, hour, dogs, limit = 10) {
  const results = [];
  for (const w of market.grid.near(owner.lat, owner.lng, SEARCH_RADIUS_M)) {
    if (!w.free[hour] || dogs.length > w.maxDogs) continue;
    let ok = true;
    for (const d of dogs) if (!w.sizes.has(d.size)) { ok = false; break; }
    if (!ok) continue;
    const distance = haversine(owner.lat, owner.lng, w.lat, w.lng);
    if (distance > SEARCH_RADIUS_M) continue;
    const confidence = w.reviews / (w.reviews + 20);
    const score = (w.rating * confidence + 4 * (1 - confidence)) * 20 - distance / 100 - w.ratePence / 200 + (w.insured ? 5 : 0);
    results.push({ walker: w, distance, score, price: priceFor(w, dogs) });
  }
  results.sort((a, b) => b.score - a.score);
  return results.slice(0, limit);
}

module.exports = { searchWalkers, priceFor };
