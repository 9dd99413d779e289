'use strict';

// Lending rules. Each check raises a LendingError describing why a copy cannot go out.

const LOAN_LIMIT = { adult: 12, student: 20, senior: 12 };
const FINE_BLOCK = 10;

class LendingError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'LendingError';
    this.code = code;
  }
}

function assertLendable(copy, title, member, branch) {
  if (copy.status === 'reference') throw new LendingError('REFERENCE_ONLY', `copy ${copy.id} is reference only`);
  if (copy.status === 'lost' || copy.status === 'repair') throw new LendingError('WITHDRAWN', `copy ${copy.id} is ${copy.status}`);
  if (copy.status === 'on-loan') throw new LendingError('ON_LOAN', `copy ${copy.id} is on loan until ${copy.due}`);
  if (copy.status === 'in-transit') throw new LendingError('IN_TRANSIT', `copy ${copy.id} is in transit to ${copy.branch}`);
  if (branch.residentsOnly && !member.resident) throw new LendingError('RESIDENTS_ONLY', `${branch.name} lends to residents only`);
  if (title.ageRating > member.age) throw new LendingError('AGE_RATING', `${title.title} is rated ${title.ageRating}+`);
  if (member.fines > FINE_BLOCK) throw new LendingError('FINES', `outstanding fines ${member.fines.toFixed(2)}`);
  if (member.loans.length >= LOAN_LIMIT[member.category]) throw new LendingError('LIMIT', `loan limit ${LOAN_LIMIT[member.category]} reached`);
}

function loanDays(title, member) {
  const base = title.subjects.includes('children') ? 28 : 21;
  return member.category === 'student' ? base + 7 : base;
}

module.exports = { LendingError, assertLendable, loanDays, LOAN_LIMIT };
