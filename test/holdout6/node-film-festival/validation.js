'use strict';

class BallotError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'BallotError';
    this.code = code;
  }
}

const SCREENING_CODE = /^([A-Z]{3})-(\d{2})(\d{2})-(\d{1,2})$/;
const VENUES = new Set(['ODN', 'RTZ', 'PLZ', 'CIN', 'ARC']);

function checkBallot(ballot) {
  const m = SCREENING_CODE.exec(ballot.screening);
  if (!m) throw new BallotError('BAD_CODE', `unreadable screening code ${ballot.screening}`);
  if (!VENUES.has(m[1])) throw new BallotError('BAD_VENUE', `unknown venue ${m[1]}`);
  const day = Number(m[2]);
  if (day < 1 || day > 11) throw new BallotError('BAD_DAY', `festival day ${day} out of range`);
  const seat = Number(m[4]);
  if (seat > 32) throw new BallotError('BAD_SEAT', `seat ${seat} not in hall`);
  if (!(ballot.stars >= 1 && ballot.stars <= 5)) throw new BallotError('BAD_SCORE', `score ${ballot.stars}`);
  if (ballot.seen.length > 1 && new Set(ballot.seen).size !== ballot.seen.length) {
    throw new BallotError('DUPLICATE', 'ballot lists the same screening twice');
  }
  return { venue: m[1], day, slot: Number(m[3]), seat };
}

module.exports = { checkBallot, BallotError };
