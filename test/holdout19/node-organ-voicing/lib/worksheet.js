'use strict';

const util = require('util');

const NOTE_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];

function noteName(midi) {
  return NOTE_NAMES[midi % 12] + (Math.floor(midi / 12) - 1);
}

const VOICING_PASSES = ['rough cut', 'regulation', 'final tuning'];

function worksheetRow(instrument, rank, pipe, pass) {
  return util.format('%s | %s | %s %s\' | %s | %d Hz | ø %d mm | mouth %d mm | cut-up %d mm | toe %d mm | L %d mm | beat %d Hz',
    instrument.id, pass, rank.name, rank.footage, noteName(pipe.midi), pipe.frequency.toFixed(2),
    pipe.diameter.toFixed(1), pipe.mouth.toFixed(1), pipe.cutUp.toFixed(2), pipe.toe.toFixed(1),
    (pipe.length * 1000).toFixed(0), pipe.beat.toFixed(2));
}

function rankSummary(rank, pipes) {
  let min = Infinity;
  let max = -Infinity;
  let metal = 0;
  for (const p of pipes) {
    min = Math.min(min, p.diameter);
    max = Math.max(max, p.diameter);
    metal += Math.PI * (p.diameter / 1000) * p.length * rank.wallMm / 1000;
  }
  return { rank: rank.name, pipes: pipes.length, minDiameter: min, maxDiameter: max, metalVolumeM3: metal };
}

module.exports = { VOICING_PASSES, worksheetRow, rankSummary, noteName };
