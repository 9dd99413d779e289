'use strict';

const scaling = require('./scaling');
const { rankTuner, beatRate } = require('./tuning');
const { VOICING_PASSES, worksheetRow, rankSummary } = require('./worksheet');

function voiceRank(instrument, division, rank, log) {
  const pipes = [];
  const [low, high] = division.compass;
  const tune = rankTuner(rank, instrument);
  for (let midi = low; midi <= high; midi++) {
    const frequency = tune(midi);
    const diameter = scaling.pipeDiameter(rank, midi);
    const mouth = scaling.mouthWidth(rank, diameter);
    const pipe = {
      midi,
      frequency,
      diameter,
      mouth,
      cutUp: scaling.cutUp(rank, mouth, division.windPressure),
      toe: scaling.toeHole(rank, diameter, division.windPressure),
      length: scaling.speakingLength(frequency, diameter, rank.stopped),
      beat: 0,
    };
    const et = 440 * Math.pow(2, (midi - 69) / 12) * (8 / rank.footage);
    pipe.beat = beatRate(frequency, et);
    pipes.push(pipe);
    log.info(`${instrument.id} ${division.name} ${rank.name} pipe ${midi} f=${frequency.toFixed(2)}`);
  }
  return pipes;
}

function voiceInstrument(instrument, log) {
  const sheet = [];
  const summaries = [];
  for (const division of instrument.divisions) {
    for (const rank of division.ranks) {
      const pipes = voiceRank(instrument, division, rank, log);
      for (const pass of VOICING_PASSES) {
        for (const pipe of pipes) sheet.push(worksheetRow(instrument, rank, pipe, pass));
      }
      summaries.push({ division: division.name, ...rankSummary(rank, pipes) });
    }
  }
  return { sheet, summaries };
}

module.exports = { voiceInstrument, voiceRank };
