'use strict';

class OpeningBook {
  constructor() {
    this.byEco = new Map();
  }

  record(eco, whiteScore, plies) {
    let o = this.byEco.get(eco);
    if (!o) {
      o = { games: 0, whiteScore: 0, plies: 0 };
      this.byEco.set(eco, o);
    }
    o.games++;
    o.whiteScore += whiteScore;
    o.plies += plies;
  }

  top(limit) {
    return [...this.byEco]
      .map(([eco, o]) => ({ eco, games: o.games, whiteScore: o.whiteScore / o.games, avgPlies: o.plies / o.games }))
      .sort((a, b) => b.games - a.games)
      .slice(0, limit);
  }
}

// Counts how often each pair of players met; players are numeric ids.
class PairingStats {
  constructor(maxPlayers) {
    this.stride = maxPlayers;
    this.counts = new Map();
  }

  record(a, b) {
    const key = a < b ? a * this.stride + b : b * this.stride + a;
    this.counts.set(key, (this.counts.get(key) || 0) + 1);
  }

  mostFrequent() {
    let bestKey = -1;
    let bestCount = 0;
    for (const [key, count] of this.counts) {
      if (count > bestCount) {
        bestKey = key;
        bestCount = count;
      }
    }
    if (bestKey < 0) return null;
    return { a: Math.floor(bestKey / this.stride), b: bestKey % this.stride, count: bestCount };
  }
}

// Classic Elo alongside Glicko-2, for the club's legacy rating list.
function eloK(games, rating) {
  if (games < 30) return 40;
  return rating >= 2400 ? 10 : 20;
}

function applyElo(white, black, whiteScore) {
  const expected = 1 / (1 + 10 ** ((black.elo - white.elo) / 400));
  const kW = eloK(white.games, white.elo);
  const kB = eloK(black.games, black.elo);
  white.elo += kW * (whiteScore - expected);
  black.elo += kB * (expected - whiteScore);
}

module.exports = { OpeningBook, PairingStats, applyElo };
