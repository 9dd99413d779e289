'use strict';

const path = require('path');

const TABLES = path.join(__dirname, 'temperaments.js');

function temperamentTables() {
  delete require.cache[TABLES];
  return require(TABLES);
}

function rankTuner(rank, instrument) {
  const tables = temperamentTables();
  const ref = tables.referenceFor(instrument.region, instrument.year);
  const footFactor = 8 / rank.footage;
  return (midi) => tables.noteFrequency(instrument.temperament, midi, ref.a4) * footFactor;
}

function beatRate(freqA, freqB) {
  return Math.abs(freqA - freqB);
}

module.exports = { rankTuner, beatRate, temperamentTables };
