'use strict';
// Raw batches are archived per inverter string so the utility can audit production.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const os = require('os');

const ARCHIVE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'solar-archive-'));

function archiveBatch(siteId, batch) {
  const file = path.join(ARCHIVE_DIR, `${siteId}.ndjson.gz`);
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(batch)), { level: 9 });
  fs.appendFileSync(file, gz);
  return gz.length;
}

function cleanup() {
  fs.rmSync(ARCHIVE_DIR, { recursive: true, force: true });
}

module.exports = { archiveBatch, cleanup, ARCHIVE_DIR };
