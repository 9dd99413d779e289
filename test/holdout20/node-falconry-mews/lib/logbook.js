'use strict';

const { conditionOf, trend } = require('./condition');

const SEASON_DAYS = 90;

function formatTakenAt(ts) {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London',
  });
  return fmt.format(new Date(ts));
}

function buildLogPage(bird, history, limit) {
  const season = history.slice(-SEASON_DAYS);
  let fitDays = 0;
  for (const entry of season) {
    if (conditionOf(bird, entry.grams) === 'fit') fitDays++;
  }
  const rows = [];
  for (const entry of history.slice(-limit)) {
    const state = conditionOf(bird, entry.grams);
    rows.push({
      when: formatTakenAt(entry.takenAt),
      grams: entry.grams,
      fed: `${entry.fedGrams} g ${entry.food}`,
      flown: entry.flown,
      condition: state,
    });
  }
  return {
    bird: { id: bird.id, name: bird.name, species: bird.species },
    window: [bird.minFlying, bird.maxFlying],
    fitDays,
    seasonDays: season.length,
    trendPerDay: Math.round(trend(history, 14) * 10) / 10,
    rows,
  };
}

function feedingAdvice(bird, history) {
  const last = history[history.length - 1];
  const slope = trend(history, 7);
  const mid = (bird.minFlying + bird.maxFlying) / 2;
  const delta = mid - (last ? last.grams : mid);
  const ration = Math.max(10, Math.round(45 + delta * 0.6 - slope * 3));
  return { bird: bird.id, targetGrams: Math.round(mid), ration, condition: conditionOf(bird, last ? last.grams : mid) };
}

module.exports = { buildLogPage, feedingAdvice };
