'use strict';

const { createRng } = require('./rng');

const CLUBS = [
  ['ABR', 'Abbotsford Rovers'], ['BRK', 'Brackenridge Town'], ['CAL', 'Caldermoor United'], ['DUN', 'Dunmore Athletic'],
  ['ELM', 'Elmstead City'], ['FAR', 'Farrowdale'], ['GRE', 'Greyhaven Albion'], ['HAL', 'Halden Wanderers'],
  ['IRV', 'Irvingham Harriers'], ['JAR', 'Jarrow Vale'], ['KES', 'Kestrel Park'], ['LYN', 'Lynford Borough'],
  ['MAR', 'Marshgate Rangers'], ['NOR', 'Northfield'], ['OAK', 'Oakbridge Villa'], ['PEN', 'Penhallow FC'],
  ['QUA', 'Quarrymoor'], ['RAV', 'Ravensholt'], ['SAL', 'Saltcombe Argyle'], ['THO', 'Thornbury Celtic'],
];
const EVENT_TYPES = ['pass', 'pass', 'pass', 'pass', 'pass', 'tackle', 'cross', 'shot', 'foul', 'clearance', 'interception', 'dribble', 'save'];

function buildSeason(seed) {
  const rng = createRng(seed);
  const clubs = CLUBS.map(([code, name]) => ({
    code,
    name,
    attack: 0.8 + rng.next() * 0.8,
    defence: 0.8 + rng.next() * 0.8,
    squad: Array.from({ length: 18 }, (_, i) => `${code}-${String(i + 1).padStart(2, '0')}`),
  }));
  // circle method double round robin
  const n = clubs.length;
  const order = clubs.map((c) => c.code);
  const rounds = [];
  for (let r = 0; r < n - 1; r++) {
    const round = [];
    for (let i = 0; i < n / 2; i++) {
      const a = order[i];
      const b = order[n - 1 - i];
      round.push(r % 2 === 0 ? [a, b] : [b, a]);
    }
    rounds.push(round);
    order.splice(1, 0, order.pop());
  }
  const second = rounds.map((round) => round.map(([a, b]) => [b, a]));
  const fixtures = [];
  [...rounds, ...second].forEach((round, r) => {
    round.forEach(([home, away], i) => fixtures.push({ id: `M${String(r + 1).padStart(2, '0')}${String(i + 1).padStart(2, '0')}`, round: r + 1, home, away }));
  });
  return { clubs, fixtures };
}

function poisson(lambda, rng) {
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng.next();
  } while (p > l);
  return k - 1;
}

// Event stream for a played match, as the provider publishes it.
function matchEvents(fixture, clubsByCode, eventsPerMatch) {
  const rng = createRng(fixture.id.split('').reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7));
  const home = clubsByCode.get(fixture.home);
  const away = clubsByCode.get(fixture.away);
  const homeGoals = poisson(1.45 * home.attack / away.defence, rng);
  const awayGoals = poisson(1.15 * away.attack / home.defence, rng);
  const events = [];
  const lineup = (club) => club.squad.slice(0, 11).concat(club.squad.slice(11 + rng.int(0, 4), 14 + rng.int(0, 4)));
  const players = { [home.code]: lineup(home), [away.code]: lineup(away) };
  for (let i = 0; i < eventsPerMatch; i++) {
    const team = rng.chance(0.52) ? home.code : away.code;
    events.push({
      seq: i + 1,
      minute: Math.floor((i / eventsPerMatch) * 94),
      team,
      player: rng.pick(players[team]),
      type: rng.pick(EVENT_TYPES),
      x: Math.round(rng.next() * 100),
      y: Math.round(rng.next() * 100),
    });
  }
  const goal = (team) => ({ seq: 0, minute: rng.int(1, 94), team, player: rng.pick(players[team].slice(0, 11)), type: 'goal', x: 95, y: 50 });
  for (let g = 0; g < homeGoals; g++) events.push(goal(home.code));
  for (let g = 0; g < awayGoals; g++) events.push(goal(away.code));
  if (rng.chance(0.7)) events.push({ seq: 0, minute: rng.int(20, 90), team: home.code, player: rng.pick(players[home.code]), type: 'yellow', x: 0, y: 0 });
  if (rng.chance(0.7)) events.push({ seq: 0, minute: rng.int(20, 90), team: away.code, player: rng.pick(players[away.code]), type: 'yellow', x: 0, y: 0 });
  events.sort((a, b) => a.minute - b.minute || a.seq - b.seq);
  events.forEach((e, i) => (e.seq = i + 1));
  return { match: fixture.id, home: home.code, away: away.code, score: [homeGoals, awayGoals], events };
}

module.exports = { buildSeason, matchEvents, poisson };
