'use strict';

const { FILMS } = require('./catalog');

// Template each ballot is scored into before being merged into the tally.
const SCORECARD_TEMPLATE = {
  version: 3,
  weights: { stars: 1, rewatch: 0.5, recommend: 0.75 },
  categories: {
    audience: { films: Object.fromEntries(FILMS.map((f) => [f.id, { votes: 0, points: 0 }])) },
    youthJury: { films: Object.fromEntries(FILMS.map((f) => [f.id, { votes: 0, points: 0 }])) },
  },
  venues: { ODN: 0, RTZ: 0, PLZ: 0, CIN: 0, ARC: 0 },
  flags: [],
};

function scoreBallot(ballot, film, placement) {
  const card = JSON.parse(JSON.stringify(SCORECARD_TEMPLATE));
  const category = ballot.age < 25 ? card.categories.youthJury : card.categories.audience;
  const entry = category.films[film.id];
  entry.votes = 1;
  entry.points = ballot.stars * card.weights.stars + (ballot.rewatch ? card.weights.rewatch : 0) +
    (ballot.recommend ? card.weights.recommend : 0);
  entry.histogram = [0, 0, 0, 0, 0];
  entry.histogram[ballot.stars - 1] = 1;
  card.venues[placement.venue] = 1;
  return card;
}

function mergeInto(tally, card) {
  for (const [catName, cat] of Object.entries(card.categories)) {
    for (const [filmId, e] of Object.entries(cat.films)) {
      if (!e.votes) continue;
      const t = tally[catName][filmId] || (tally[catName][filmId] = { votes: 0, points: 0, histogram: [0, 0, 0, 0, 0] });
      t.votes += e.votes;
      t.points += e.points;
      for (let i = 0; i < 5; i++) t.histogram[i] += e.histogram[i];
    }
  }
}

module.exports = { scoreBallot, mergeInto };
