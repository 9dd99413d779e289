'use strict';

const { WARDS } = require('./wards');

const HOURS_PER_WEEK = 168;

function quantileSorted(sorted, q) {
  if (!sorted.length) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

// Occupancy statistics per ward from the hourly census.
function occupancyStats(census, threshold = 0.92) {
  return WARDS.map((ward, w) => {
    const series = census.hourly[w];
    let sum = 0;
    let peak = 0;
    let over = 0;
    let midnightSum = 0;
    let midnights = 0;
    for (let h = 0; h < series.length; h++) {
      const occ = series[h];
      sum += occ;
      if (occ > peak) peak = occ;
      if (occ / ward.beds > threshold) over += 1;
      if (h % 24 === 0) {
        midnightSum += occ;
        midnights += 1;
      }
    }
    // Worst rolling 24-hour mean, a better pressure signal than a single peak hour.
    let window = 0;
    let worst24 = 0;
    for (let h = 0; h < series.length; h++) {
      window += series[h];
      if (h >= 24) window -= series[h - 24];
      if (h >= 23 && window / 24 > worst24) worst24 = window / 24;
    }
    return {
      ward: ward.code,
      name: ward.name,
      beds: ward.beds,
      meanOccupancy: sum / series.length / ward.beds,
      midnightCensus: midnightSum / Math.max(1, midnights),
      peak,
      hoursOverThreshold: over,
      worst24hMean: worst24,
    };
  });
}

function poissonQuantile(mean, p) {
  // Smallest k with P(X <= k) >= p, by summing the pmf.
  let k = 0;
  let term = Math.exp(-mean);
  let cdf = term;
  while (cdf < p && k < 10000) {
    k += 1;
    term *= mean / k;
    cdf += term;
  }
  return k;
}

// Beds each ward would need to meet demand in 95% (and 99%) of hours, using the
// hour-of-week profile of occupancy as a Poisson mean. Estimated for every
// hour of the week and every scenario of demand growth.
function bedRequirement(census, growthScenarios = [1, 1.02, 1.05, 1.1]) {
  return WARDS.map((ward, w) => {
    const series = census.hourly[w];
    const profile = new Float64Array(HOURS_PER_WEEK);
    const counts = new Float64Array(HOURS_PER_WEEK);
    for (let h = 0; h < series.length; h++) {
      profile[h % HOURS_PER_WEEK] += series[h];
      counts[h % HOURS_PER_WEEK] += 1;
    }
    const scenarios = growthScenarios.map((growth) => {
      let need95 = 0;
      let need99 = 0;
      for (let k = 0; k < HOURS_PER_WEEK; k++) {
        const mean = (profile[k] / Math.max(1, counts[k])) * growth;
        need95 = Math.max(need95, poissonQuantile(mean, 0.95));
        need99 = Math.max(need99, poissonQuantile(mean, 0.99));
      }
      return { growth, need95, need99 };
    });
    return { ward: ward.code, beds: ward.beds, scenarios };
  });
}

function lengthOfStay(stays) {
  const bySpecialty = new Map();
  for (const stay of stays) {
    const specialty = WARDS[stay.segments[0].ward].specialty;
    if (!bySpecialty.has(specialty)) bySpecialty.set(specialty, []);
    bySpecialty.get(specialty).push(stay.losHours);
  }
  const rows = [];
  for (const [specialty, values] of bySpecialty) {
    const sorted = Float64Array.from(values).sort();
    rows.push({
      specialty,
      stays: sorted.length,
      medianDays: quantileSorted(sorted, 0.5) / 24,
      p90Days: quantileSorted(sorted, 0.9) / 24,
      longStays: sorted.filter((h) => h >= 21 * 24).length,
    });
  }
  return rows.sort((a, b) => b.stays - a.stays);
}

module.exports = { occupancyStats, bedRequirement, lengthOfStay, quantileSorted };
