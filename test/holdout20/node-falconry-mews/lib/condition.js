'use strict';

class OutOfConditionError extends Error {
  constructor(bird, grams, state) {
    super(`${bird.name} at ${grams} g is ${state}`);
    this.name = 'OutOfConditionError';
    this.state = state;
    this.grams = grams;
  }
}

// A bird is only flown free when inside its flying-weight window.
function assertFlyingCondition(bird, grams) {
  const state = grams < bird.minFlying ? 'low' : grams > bird.maxFlying ? 'high' : 'fit';
  if (state !== 'fit') throw new OutOfConditionError(bird, grams, state);
  return state;
}

function conditionOf(bird, grams) {
  try {
    return assertFlyingCondition(bird, grams);
  } catch (err) {
    if (err instanceof OutOfConditionError) return err.state;
    throw err;
  }
}

function trend(history, days) {
  const recent = history.slice(-days);
  if (recent.length < 2) return 0;
  let sx = 0, sy = 0, sxy = 0, sxx = 0;
  for (let i = 0; i < recent.length; i++) {
    sx += i;
    sy += recent[i].grams;
    sxy += i * recent[i].grams;
    sxx += i * i;
  }
  const n = recent.length;
  return (n * sxy - sx * sy) / (n * sxx - sx * sx || 1);
}

module.exports = { conditionOf, trend, OutOfConditionError };
