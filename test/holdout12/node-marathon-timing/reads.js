'use strict';

const { MAT_INDEX } = require('./course');

class ReadRejected extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'ReadRejected';
    this.code = code;
  }
}

class DuplicateRead extends ReadRejected {
  constructor(read, previous) {
    super(`chip ${read.chip} already seen on ${read.mat} ${read.at - previous} ms earlier`, 'DUPLICATE');
    this.chip = read.chip;
  }
}

class UnknownChip extends ReadRejected {
  constructor(read) {
    super(`chip ${read.chip} is not registered`, 'UNKNOWN_CHIP');
  }
}

function parseRead(line) {
  const parts = line.split('|');
  if (parts.length !== 4) throw new ReadRejected(`malformed line: ${line}`, 'MALFORMED');
  const [mat, chip, stamp, rssi] = parts;
  if (!MAT_INDEX.has(mat)) throw new ReadRejected(`unknown mat ${mat}`, 'BAD_MAT');
  const at = Date.parse(stamp);
  if (Number.isNaN(at)) throw new ReadRejected(`bad timestamp ${stamp}`, 'BAD_TIME');
  return { mat, matIndex: MAT_INDEX.get(mat), chip, at, rssi: Number(rssi) };
}

// A tag is read many times while the runner crosses the mat; only the first
// read within the window counts as the crossing.
class BounceFilter {
  constructor(windowMs) {
    this.windowMs = windowMs;
    this.lastSeen = new Map();
  }

  key(read) {
    return read.mat + ':' + read.chip;
  }

  admit(read) {
    const k = this.key(read);
    const previous = this.lastSeen.get(k);
    if (previous !== undefined && read.at - previous < this.windowMs) {
      throw new DuplicateRead(read, previous);
    }
    this.lastSeen.set(k, read.at);
    return read;
  }
}

module.exports = { parseRead, BounceFilter, ReadRejected, DuplicateRead, UnknownChip };
