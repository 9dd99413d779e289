'use strict';

// End-of-festival audience award count: reads the scanned ballot batch,
// validates screening codes, maps free-text film names and tallies scores.

const { mulberry32, pick } = require('./rng');
const { FILMS, resolveFilm } = require('./catalog');
const { checkBallot } = require('./validation');
const { scoreBallot, mergeInto } = require('./scorecard');

const rand = mulberry32(7331);
const VENUE_CODES = ['ODN', 'RTZ', 'PLZ', 'CIN', 'ARC', 'ODN', 'XXX'];
const NOISE = ['loved', 'great', 'too long', 'beautiful score', 'meh', 'the best of the week', 'cried twice', ''];

function pad(n) {
  return String(n).padStart(2, '0');
}

function scannedBallots(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const film = pick(rand, FILMS);
    const alias = pick(rand, film.aliases);
    const mangled = rand() < 0.08;
    out.push({
      ballotNo: i,
      screening: mangled ? `${pick(rand, VENUE_CODES)}${Math.floor(rand() * 900)}` :
        `${pick(rand, VENUE_CODES)}-${pad(1 + Math.floor(rand() * 12))}${pad(1 + Math.floor(rand() * 5))}-${1 + Math.floor(rand() * 40)}`,
      filmText: `${pick(rand, NOISE)} ${rand() < 0.5 ? alias.toUpperCase() : alias} ${pick(rand, NOISE)}`.trim(),
      stars: rand() < 0.03 ? 0 : 1 + Math.floor(rand() * 5),
      rewatch: rand() < 0.3,
      recommend: rand() < 0.6,
      age: 16 + Math.floor(rand() * 60),
      seen: [],
    });
  }
  return out;
}

function ranking(tally) {
  return Object.entries(tally)
    .map(([id, t]) => ({ id, votes: t.votes, avg: t.points / t.votes, hist: t.histogram.join('/') }))
    .sort((a, b) => b.avg - a.avg || b.votes - a.votes);
}

function run() {
  const ballots = scannedBallots(240000);
  const tally = { audience: {}, youthJury: {} };
  const rejected = {};
  let unmatched = 0;

  for (const ballot of ballots) {
    let placement;
    try {
      placement = checkBallot(ballot);
    } catch (err) {
      rejected[err.code] = (rejected[err.code] || 0) + 1;
      continue;
    }
    const film = resolveFilm(ballot.filmText);
    if (!film) {
      unmatched++;
      continue;
    }
    mergeInto(tally, scoreBallot(ballot, film, placement));
  }

  const top = ranking(tally.audience).slice(0, 3);
  console.log('audience top3', top.map((t) => `${t.id}:${t.avg.toFixed(3)}`).join(' '));
  console.log('rejected', JSON.stringify(rejected), 'unmatched', unmatched);
}

run();
