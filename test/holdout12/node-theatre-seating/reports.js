'use strict';

// Box-office dashboard: revenue, mix and seat popularity across the run.

function buildSalesReport(ledger, venue, performances) {
  const byPerf = new Map(performances.map((p) => [p.id, { id: p.id, title: p.title, tickets: 0, revenue: 0, fees: 0 }]));
  const byBand = {};
  const byConcession = {};
  const byDay = {};
  const seatHeat = new Float64Array(venue.seats.length);
  const prices = [];

  for (const order of ledger) {
    const perf = byPerf.get(order.performance);
    const day = new Date(order.at).toISOString().slice(0, 10);
    byDay[day] = (byDay[day] || 0) + order.total;
    perf.fees += order.fee;
    for (const line of order.lines) {
      perf.tickets++;
      perf.revenue += line.price;
      byBand[line.band] = (byBand[line.band] || 0) + line.price;
      byConcession[line.concession] = (byConcession[line.concession] || 0) + 1;
      seatHeat[venue.byId.get(line.seat).index] += 1;
      prices.push(line.price);
    }
  }

  prices.sort((a, b) => a - b);
  const median = prices.length ? prices[Math.floor(prices.length / 2)] : 0;
  const seatRank = venue.seats
    .map((s) => ({ id: s.id, sold: seatHeat[s.index], quality: s.quality }))
    .sort((a, b) => b.sold - a.sold || b.quality - a.quality);

  const perfs = [...byPerf.values()].sort((a, b) => b.revenue - a.revenue);
  return {
    orders: ledger.length,
    tickets: prices.length,
    revenue: Math.round(perfs.reduce((a, p) => a + p.revenue, 0)),
    medianPrice: median,
    p90Price: prices.length ? prices[Math.floor(prices.length * 0.9)] : 0,
    byBand,
    byConcession,
    salesCurve: Object.entries(byDay).sort(([a], [b]) => (a < b ? -1 : 1)).slice(-14),
    topPerformances: perfs.slice(0, 5),
    hottestSeats: seatRank.slice(0, 10),
    coldestSeats: seatRank.slice(-10),
  };
}

module.exports = { buildSalesReport };
