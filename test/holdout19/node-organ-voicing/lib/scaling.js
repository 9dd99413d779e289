'use strict';

const SPEED_OF_SOUND = 343.4;

// Toepfer normal scale: diameter halves on the 17th pipe (ratio 1:2^(16/16) over 16 semitones)
function pipeDiameter(rank, midi) {
  const base = rank.baseDiameterMm;
  const halvingInterval = rank.halvingOn || 17;
  return base * Math.pow(0.5, (midi - 36) / (halvingInterval - 1));
}

function mouthWidth(rank, diameter) {
  return diameter * Math.PI * rank.mouthRatio;
}

function cutUp(rank, width, windPressure) {
  return width * rank.cutUpRatio * Math.sqrt(windPressure / 70);
}

function speakingLength(frequency, diameter, stopped) {
  const endCorrection = 0.3 * diameter / 1000;
  const wavelength = SPEED_OF_SOUND / frequency;
  return (stopped ? wavelength / 4 : wavelength / 2) - endCorrection;
}

function toeHole(rank, diameter, windPressure) {
  return Math.max(1.5, diameter * rank.toeRatio * Math.pow(70 / windPressure, 0.25));
}

module.exports = { pipeDiameter, mouthWidth, cutUp, speakingLength, toeHole };
