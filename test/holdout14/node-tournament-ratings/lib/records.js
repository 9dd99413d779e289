'use strict';

const RESULTS = {
  '1-0': { white: 1, black: 0 },
  '0-1': { white: 0, black: 1 },
  '1/2-1/2': { white: 0.5, black: 0.5 },
};

// date|round|white|black|result|eco|plies  ->  record, or null if malformed
function parseGameRecord(line) {
  const fields = line.split('|');
  if (fields.length !== 7) return null;
  const result = RESULTS[fields[4]];
  const white = Number(fields[2].slice(1));
  const black = Number(fields[3].slice(1));
  if (!result || !Number.isInteger(white) || !Number.isInteger(black) || white === black) return null;
  return {
    period: Number(fields[1]),
    white,
    black,
    result,
    eco: fields[5],
    plies: Number(fields[6]),
  };
}

module.exports = { parseGameRecord };
