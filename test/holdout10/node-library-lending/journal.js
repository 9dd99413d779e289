'use strict';

const fs = require('fs');

// Circulation audit journal, flushed asynchronously in batches.
class Journal {
  constructor(file) {
    this.file = file;
    this.pending = [];
    this.flushing = false;
    this.count = 0;
    fs.writeFileSync(file, '');
  }

  record(event, data) {
    this.count++;
    this.pending.push(`${new Date().toISOString()} ${event} ${data.member} ${data.copy}${data.due ? ' due=' + data.due : ''}${data.fine ? ' fine=' + data.fine : ''}\n`);
    if (!this.flushing) this.flush();
  }

  flush() {
    if (this.pending.length === 0) { this.flushing = false; return; }
    this.flushing = true;
    const chunk = this.pending.join('');
    this.pending = [];
    fs.appendFile(this.file, chunk, () => this.flush());
  }

  drain() {
    return new Promise((resolve) => {
      const check = () => (this.flushing || this.pending.length ? setTimeout(check, 5) : resolve());
      check();
    });
  }
}

module.exports = { Journal };
