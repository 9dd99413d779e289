'use strict';

const { PlayerRating, ratePeriod } = require('./glicko2');
const { OpeningBook, PairingStats, applyElo } = require('./stats');

const FORM_WINDOW = 10;

function tally(p, opponent, score) {
  p.games++;
  p.score += score;
  p.opponentRatingSum += opponent.rating;
  p.form[p.formCursor] = score;
  p.formCursor = (p.formCursor + 1) % FORM_WINDOW;
}

class League {
  constructor(maxPlayers) {
    this.players = [];
    this.maxPlayers = maxPlayers;
    this.openings = new OpeningBook();
    this.pairings = new PairingStats(maxPlayers);
    this.currentPeriod = -1;
    this.periodsRated = 0;
    this.games = 0;
    this.decisive = 0;
    this.whiteWins = 0;
    this.periodSpread = [];
  }

  player(index) {
    let p = this.players[index];
    if (!p) {
      p = new PlayerRating(`P${index}`);
      p.opponentRatingSum = 0;
      p.best = 0;
      p.elo = 1500;
      p.form = new Float32Array(FORM_WINDOW);
      p.formCursor = 0;
      p.whiteGames = 0;
      this.players[index] = p;
    }
    return p;
  }

  ingest(game) {
    if (game.period !== this.currentPeriod) {
      if (this.currentPeriod >= 0) this.closePeriod();
      this.currentPeriod = game.period;
    }
    const white = this.player(game.white);
    const black = this.player(game.black);
    this.applyResult(white, black, game.result);
    this.games++;
    if (game.result.white !== 0.5) this.decisive++;
    if (game.result.white === 1) this.whiteWins++;
    this.openings.record(game.eco, game.result.white, game.plies);
    this.pairings.record(game.white, game.black);
  }

  applyResult(white, black, result) {
    // Opponent snapshots use pre-period values, as Glicko-2 prescribes.
    white.pending.push({ mu: black.mu, phi: black.phi, score: result.white });
    black.pending.push({ mu: white.mu, phi: white.phi, score: result.black });
    applyElo(white, black, result.white);
    tally(white, black, result.white);
    tally(black, white, result.black);
    white.whiteGames++;
  }

  closePeriod() {
    let sum = 0;
    let sumSq = 0;
    let n = 0;
    for (const p of this.players) {
      if (!p) continue;
      ratePeriod(p);
      if (p.rating > p.best) p.best = p.rating;
      sum += p.rating;
      sumSq += p.rating * p.rating;
      n++;
    }
    const mean = sum / n;
    this.periodSpread.push({ period: this.currentPeriod, mean, sd: Math.sqrt(sumSq / n - mean * mean) });
    this.periodsRated++;
  }

  finish() {
    if (this.currentPeriod >= 0) this.closePeriod();
    this.currentPeriod = -1;
  }

  standings(minGames) {
    const rows = [];
    for (const p of this.players) {
      if (!p || p.games < minGames) continue;
      const pct = p.score / p.games;
      const clamped = Math.min(0.99, Math.max(0.01, pct));
      const performance = p.opponentRatingSum / p.games + 400 * Math.log10(clamped / (1 - clamped));
      let form = 0;
      for (let i = 0; i < FORM_WINDOW; i++) form += p.form[i];
      rows.push({ id: p.id, rating: p.rating, rd: p.rd, elo: p.elo, games: p.games, score: p.score, performance, best: p.best, form });
    }
    rows.sort((a, b) => b.rating - a.rating || a.rd - b.rd);
    return rows;
  }
}

module.exports = { League };
