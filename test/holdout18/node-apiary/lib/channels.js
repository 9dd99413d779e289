'use strict';

class ChannelMissingError extends Error {
  constructor(channel, hiveId) {
    super(`channel ${channel} not reported by ${hiveId}`);
    this.name = 'ChannelMissingError';
    this.channel = channel;
  }
}

const RANGES = {
  w: [0, 150], tb: [5, 45], ta: [-25, 50], rh: [0, 100], bat: [2.8, 4.3], rssi: [-140, -20],
  fb0: [0, 1], fb1: [0, 1], fb2: [0, 1], fb3: [0, 1], fb4: [0, 1], fb5: [0, 1], fb6: [0, 1], fb7: [0, 1],
};

function readChannel(frame, channel) {
  const value = frame.channels[channel];
  if (value === undefined || Number.isNaN(value)) {
    throw new ChannelMissingError(channel, frame.hiveId);
  }
  const [lo, hi] = RANGES[channel];
  return Math.min(hi, Math.max(lo, value));
}

function channelOr(frame, channel, fallback) {
  try {
    return readChannel(frame, channel);
  } catch (err) {
    if (err instanceof ChannelMissingError) return fallback;
    throw err;
  }
}

// Normalised reading with optional channels filled from defaults.
function normaliseFrame(frame) {
  let bands = null;
  if (channelOr(frame, 'fb0', null) !== null) {
    bands = [];
    for (let b = 0; b < 8; b++) bands.push(readChannel(frame, `fb${b}`));
  }
  return {
    hiveId: frame.hiveId,
    minute: frame.minute,
    weightKg: readChannel(frame, 'w'),
    broodC: readChannel(frame, 'tb'),
    ambientC: readChannel(frame, 'ta'),
    humidity: channelOr(frame, 'rh', null),
    batteryV: channelOr(frame, 'bat', null),
    rssi: channelOr(frame, 'rssi', null),
    bands,
  };
}

module.exports = { normaliseFrame, ChannelMissingError };
