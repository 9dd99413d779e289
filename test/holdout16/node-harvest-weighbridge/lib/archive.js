'use strict';

const fs = require('fs');
const zlib = require('zlib');
const crypto = require('crypto');
const { Readable } = require('stream');
const { pipeline } = require('stream/promises');

// Writes signed statements as gzipped JSON lines and returns the archive's
// SHA-256 so the accounts team can verify the file they receive.
async function writeArchive(file, records) {
  async function* lines() {
    for (const r of records) yield `${JSON.stringify({ sig: r.signature, statement: r.payload })}\n`;
  }
  await pipeline(Readable.from(lines()), zlib.createGzip({ level: 6 }), fs.createWriteStream(file));
  return digestFile(file);
}

async function digestFile(file) {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

async function countArchiveLines(file) {
  let n = 0;
  const gunzip = fs.createReadStream(file).pipe(zlib.createGunzip());
  for await (const chunk of gunzip) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
  }
  return n;
}

module.exports = { writeArchive, digestFile, countArchiveLines };
