'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

// Append-only tasting journal; writes are buffered by the stream and never block a request.
class TastingJournal {
  constructor(dir = path.join(os.tmpdir(), `cellar-journal-${process.pid}`)) {
    fs.mkdirSync(dir, { recursive: true });
    this.dir = dir;
    this.file = path.join(dir, 'journal.ndjson');
    this.stream = fs.createWriteStream(this.file, { flags: 'a' });
    this.entries = 0;
  }

  record(entry) {
    this.entries++;
    this.stream.write(`${JSON.stringify(entry)}\n`);
  }

  async close() {
    await new Promise((resolve) => this.stream.end(resolve));
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}

module.exports = { TastingJournal };
