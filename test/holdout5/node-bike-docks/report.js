'use strict';
// Shift summary for the operations dashboard.

const kmFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const pctFormat = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

function zoneSummary(stations) {
  const zones = new Map();
  for (const st of stations.values()) {
    const z = zones.get(st.zone) || { zone: st.zone, bikes: 0, capacity: 0, updates: 0 };
    z.bikes += st.bikes; z.capacity += st.capacity; z.updates += st.updates;
    zones.set(st.zone, z);
  }
  return [...zones.values()].sort((a, b) => (a.zone < b.zone ? -1 : 1));
}

function renderShiftReport(stations, plans) {
  const lines = [];
  for (const z of zoneSummary(stations)) {
    lines.push(`${z.zone}  fill ${pctFormat.format(z.bikes / z.capacity)}  updates ${z.updates}`);
  }
  let km = 0, bikes = 0;
  for (const p of plans) for (const m of p) { km += m.km; bikes += m.qty; }
  lines.push(`van km ${kmFormat.format(km)}  bikes moved ${bikes}`);
  return lines.join('\n');
}

module.exports = { renderShiftReport };
