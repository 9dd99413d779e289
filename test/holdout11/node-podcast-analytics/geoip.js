'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'CA', 'AU', 'NL', 'SE', 'ES', 'IT', 'BR', 'MX', 'IN', 'JP', 'IE', 'NZ', 'NO', 'DK', 'PL', 'ZA'];

// The vendor ships the range database as CSV: start_ip,end_ip,country,region
function bundledRangeCsv(seed = 99, count = 1500) {
  const rng = mulberry32(seed);
  const rows = ['start_ip,end_ip,country,region'];
  let cursor = 16777216; // 1.0.0.0
  for (let i = 0; i < count; i++) {
    cursor += intBetween(rng, 0, 500000);
    const size = intBetween(rng, 4096, 2000000);
    const country = pick(rng, COUNTRIES);
    rows.push(`${intToIp(cursor)},${intToIp(cursor + size - 1)},${country},${country}-${intBetween(rng, 1, 40)}`);
    cursor += size;
  }
  return rows.join('\n');
}

function ipToInt(ip) {
  const p = ip.split('.');
  return ((+p[0] << 24) >>> 0) + (+p[1] << 16) + (+p[2] << 8) + +p[3];
}

function intToIp(n) {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

class GeoIpClient {
  constructor({ csv }) {
    const lines = csv.split('\n');
    const ranges = [];
    for (let i = 1; i < lines.length; i++) {
      const [start, end, country, region] = lines[i].split(',');
      if (!end) continue;
      ranges.push({ start: ipToInt(start), end: ipToInt(end), country, region });
    }
    ranges.sort((a, b) => a.start - b.start);
    this.starts = Float64Array.from(ranges, (r) => r.start);
    this.ends = Float64Array.from(ranges, (r) => r.end);
    this.countries = ranges.map((r) => r.country);
    this.regions = ranges.map((r) => r.region);
  }

  lookup(ip) {
    const n = ipToInt(ip);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] > n) hi = mid - 1;
      else if (this.ends[mid] < n) lo = mid + 1;
      else return { country: this.countries[mid], region: this.regions[mid] };
    }
    return { country: 'ZZ', region: null };
  }
}

module.exports = { GeoIpClient, bundledRangeCsv, intToIp, ipToInt };
