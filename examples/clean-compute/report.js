'use strict';
// Per-station statistics, ranking, and an HTML table rendered from a template whose
// placeholder and escaping patterns are compiled once, at module load.

const ROW_TEMPLATE = '<tr><td>{{rank}}</td><td>{{id}}</td><td>{{name}}</td><td>{{region}}</td><td>{{mean}}</td><td>{{p90}}</td><td>{{cluster}}</td></tr>';
const READING_TEMPLATE = '<tr><td>{{station}}</td><td>{{temperature}}</td><td>{{humidity}}</td><td>{{pressure}}</td><td>{{cluster}}</td></tr>';
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text) {
  return String(text).replace(HTML_SPECIAL, (ch) => HTML_ENTITIES[ch]);
}

function render(template, values) {
  return template.replace(PLACEHOLDER, (_, key) => escapeHtml(values[key]));
}

function stationStats(stations, readings, assignment) {
  const perStation = stations.map(() => []);
  for (let i = 0; i < readings.count; i++) perStation[readings.stationIndex[i]].push(i);
  return stations.map((station, s) => {
    const indices = perStation[s];
    const temperatures = new Float64Array(indices.length);
    const clusterVotes = new Map();
    let sum = 0;
    for (let j = 0; j < indices.length; j++) {
      const t = readings.values[indices[j] * 3];
      temperatures[j] = t;
      sum += t;
      const cluster = assignment[indices[j]];
      clusterVotes.set(cluster, (clusterVotes.get(cluster) || 0) + 1);
    }
    temperatures.sort();
    let cluster = 0;
    let votes = -1;
    for (const [c, n] of clusterVotes) {
      if (n > votes) {
        votes = n;
        cluster = c;
      }
    }
    return { ...station, mean: indices.length ? sum / indices.length : 0, p90: temperatures[Math.floor(temperatures.length * 0.9)] || 0, cluster };
  });
}

function rankStations(stats) {
  return stats.slice().sort((a, b) => b.mean - a.mean || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) || (a.id < b.id ? -1 : 1));
}

function renderTable(ranked) {
  const rows = ranked.map((s, i) => render(ROW_TEMPLATE, { rank: i + 1, id: s.id, name: s.name, region: s.region, mean: s.mean.toFixed(2), p90: s.p90.toFixed(2), cluster: s.cluster }));
  return `<table>\n${rows.join('\n')}\n</table>\n`;
}

// Reading indices ordered by station, then by temperature, warmest first.
function sortReadings(readings) {
  const order = Array.from({ length: readings.count }, (_, i) => i);
  const { stationIndex, values } = readings;
  order.sort((a, b) => stationIndex[a] - stationIndex[b] || values[b * 3] - values[a * 3]);
  return order;
}

function renderReadings(order, limit, readings, stations, assignment) {
  const rows = [];
  for (let j = 0; j < limit && j < order.length; j++) {
    const i = order[j];
    rows.push(render(READING_TEMPLATE, {
      station: stations[readings.stationIndex[i]].name,
      temperature: readings.values[i * 3].toFixed(1),
      humidity: readings.values[i * 3 + 1].toFixed(0),
      pressure: readings.values[i * 3 + 2].toFixed(1),
      cluster: assignment[i],
    }));
  }
  return `<table>\n${rows.join('\n')}\n</table>\n`;
}

module.exports = { stationStats, rankStations, renderTable, sortReadings, renderReadings };
