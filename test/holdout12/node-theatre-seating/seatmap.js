'use strict';

// Seat map payload for the booking widget: seats grouped per row with their
// live state, band and display hints.

function displayTags(seat, perf, state) {
  const tags = [];
  if (seat.accessible) tags.push('wheelchair');
  if (seat.quality > 0.9) tags.push('best-view');
  if (state.state === 'free' && perf.soldCount / perf.capacity > 0.8) tags.push('selling-fast');
  return tags;
}

function seatMapView(venue, perf) {
  const rows = venue.rows.reduce((acc, row) => {
    const seats = row.seats.reduce((list, seat) => {
      const state = perf.stateOf(seat);
      return [...list, { ...seat, ...state, band: seat.band, tags: [...seat.tags, ...displayTags(seat, perf, state)] }];
    }, []);
    return { ...acc, [`${row.level}-${row.row}`]: seats };
  }, {});

  const all = Object.values(rows).flat();
  const free = all.filter((s) => s.state === 'free');
  const byBand = free.reduce((acc, s) => ({ ...acc, [s.band]: (acc[s.band] || 0) + 1 }), {});

  return {
    performance: perf.id,
    title: perf.title,
    startsAt: new Date(perf.startsAt).toISOString(),
    available: free.length,
    availableByBand: byBand,
    rows: Object.entries(rows).map(([key, seats]) => ({
      key,
      seats: seats.map(({ id, number, x, y, state, band, tags }) => ({ id, n: number, x, y, s: state[0], b: band, t: tags })),
    })),
  };
}

module.exports = { seatMapView };
