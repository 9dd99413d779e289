'use strict';

const REGIONS = ['Cotswolds', 'Weald', 'Fens', 'Peak', 'Mendip', 'Chilterns', 'Dales', 'Broads'];
const FORAGE = ['oilseed rape', 'heather', 'lime', 'clover', 'borage', 'bramble', 'ivy', 'phacelia'];

// Sites are out-apiaries managed by the co-operative; each holds a list of
// hive ids that move between sites during the season.
function buildSites(rng, siteCount) {
  const sites = [];
  let hiveSeq = 0;
  for (let i = 0; i < siteCount; i++) {
    const hiveIds = [];
    const n = rng.int(6, 24);
    for (let k = 0; k < n; k++) hiveIds.push(`H${String(++hiveSeq).padStart(5, '0')}`);
    sites.push({
      siteId: `A${String(i + 1).padStart(4, '0')}`,
      region: rng.pick(REGIONS),
      forage: rng.pick(FORAGE),
      altitude: rng.int(5, 420),
      lat: 50.5 + rng.next() * 4,
      lon: -3.5 + rng.next() * 5,
      hiveIds,
    });
  }
  return sites;
}

function siteForHive(sites, hiveId) {
  return sites.find((s) => s.hiveIds.includes(hiveId)) || null;
}

module.exports = { buildSites, siteForHive };
