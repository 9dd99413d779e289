'use strict';

// Glicko-2 rating system (Glickman, 2012).
const SCALE = 173.7178;
const DEFAULT_RATING = 1500;
const DEFAULT_RD = 350;
const DEFAULT_VOL = 0.06;
const TAU = 0.5;
const EPSILON = 0.000001;

class PlayerRating {
  constructor(id) {
    this.id = id;
    this.rating = DEFAULT_RATING;
    this.rd = DEFAULT_RD;
    this.vol = DEFAULT_VOL;
    this.games = 0;
    this.score = 0;
    this.pending = [];
  }

  get mu() {
    return (this.rating - DEFAULT_RATING) / SCALE;
  }

  get phi() {
    return this.rd / SCALE;
  }
}

function g(phi) {
  return 1 / Math.sqrt(1 + (3 * phi * phi) / (Math.PI * Math.PI));
}

function E(mu, muJ, phiJ) {
  return 1 / (1 + Math.exp(-g(phiJ) * (mu - muJ)));
}

function newVolatility(phi, vol, delta, v) {
  const a = Math.log(vol * vol);
  const f = (x) => {
    const ex = Math.exp(x);
    const num = ex * (delta * delta - phi * phi - v - ex);
    const den = 2 * (phi * phi + v + ex) ** 2;
    return num / den - (x - a) / (TAU * TAU);
  };
  let A = a;
  let B;
  if (delta * delta > phi * phi + v) {
    B = Math.log(delta * delta - phi * phi - v);
  } else {
    let k = 1;
    while (f(a - k * TAU) < 0) k++;
    B = a - k * TAU;
  }
  let fA = f(A);
  let fB = f(B);
  while (Math.abs(B - A) > EPSILON) {
    const C = A + ((A - B) * fA) / (fB - fA);
    const fC = f(C);
    if (fC * fB <= 0) {
      A = B;
      fA = fB;
    } else {
      fA /= 2;
    }
    B = C;
    fB = fC;
  }
  return Math.exp(A / 2);
}

// Applies one rating period. `pending` holds {mu, phi, score} snapshots of
// opponents taken at the start of the period.
function ratePeriod(player) {
  const phi = player.phi;
  if (player.pending.length === 0) {
    const phiStar = Math.sqrt(phi * phi + player.vol * player.vol);
    player.rd = Math.min(DEFAULT_RD, phiStar * SCALE);
    return;
  }
  const mu = player.mu;
  let vInv = 0;
  let deltaSum = 0;
  for (const o of player.pending) {
    const gPhi = g(o.phi);
    const e = E(mu, o.mu, o.phi);
    vInv += gPhi * gPhi * e * (1 - e);
    deltaSum += gPhi * (o.score - e);
  }
  const v = 1 / vInv;
  const delta = v * deltaSum;
  const vol = newVolatility(phi, player.vol, delta, v);
  const phiStar = Math.sqrt(phi * phi + vol * vol);
  const phiNew = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
  const muNew = mu + phiNew * phiNew * deltaSum;
  player.rating = muNew * SCALE + DEFAULT_RATING;
  player.rd = phiNew * SCALE;
  player.vol = vol;
  player.pending.length = 0;
}

module.exports = { PlayerRating, ratePeriod };
