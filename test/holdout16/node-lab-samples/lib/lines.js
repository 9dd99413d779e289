'use strict';

const fs = require('fs');

// Reads the middleware export message by message. HL7 uses CR between
// segments, so only LF ends a message (readline would split on both).
class MessageReader {
  constructor(file) {
    this.stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    this.rest = '';
  }

  pause() {
    this.stream.pause();
  }

  resume() {
    this.stream.resume();
  }

  run(onMessage) {
    return new Promise((resolve, reject) => {
      this.stream.on('data', (chunk) => {
        const text = this.rest + chunk;
        let start = 0;
        let nl;
        while ((nl = text.indexOf('\n', start)) !== -1) {
          if (nl > start) onMessage(text.slice(start, nl));
          start = nl + 1;
        }
        this.rest = text.slice(start);
      });
      this.stream.on('end', () => {
        if (this.rest) onMessage(this.rest);
        this.rest = '';
        resolve();
      });
      this.stream.on('error', reject);
    });
  }
}

module.exports = { MessageReader };
