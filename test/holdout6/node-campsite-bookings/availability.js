'use strict';

const DAY = 86400000;

function overlaps(aStart, aNights, bStart, bNights) {
  const aEnd = aStart + aNights * DAY;
  const bEnd = bStart + bNights * DAY;
  return aStart < bEnd && bStart < aEnd;
}

// Returns the first site in the requested loop that fits the party and is not
// already held for an overlapping stay.
function findOpenSite(request, sites, confirmedHolds, closedSiteIds) {
  const candidates = sites.filter(
    (s) => s.loop === request.loop && s.capacity >= request.party && s.hookups >= request.hookups,
  );
  for (const site of candidates) {
    if (closedSiteIds.includes(site.id)) continue;
    const clash = confirmedHolds.find(
      (h) => h.siteId === site.id && overlaps(h.arrival, h.nights, request.arrival, request.nights),
    );
    if (!clash) return site;
  }
  return null;
}

module.exports = { findOpenSite, overlaps, DAY };
