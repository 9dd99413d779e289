'use strict';

const fs = require('fs');

// Report records for the LIS interface engine, newline-delimited JSON.
class ReportWriter {
  constructor(file) {
    this.stream = fs.createWriteStream(file);
    this.pending = [];
    this.pendingBytes = 0;
    this.count = 0;
    this.bytes = 0;
  }

  write(sample) {
    const record = {
      accession: sample.accession,
      mrn: sample.patient.mrn,
      panel: sample.panel,
      status: sample.status,
      results: sample.results.map((r) => [r.code, r.comparator ? r.comparator + r.value : r.value === null ? r.text || r.problem : r.value, r.unit, r.flag]),
      notes: sample.notes.length ? sample.notes.map((n) => n.text) : undefined,
    };
    const line = JSON.stringify(record) + '\n';
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.count++;
    if (this.pendingBytes >= 256 * 1024) this.flush();
  }

  flush() {
    if (!this.pending.length) return true;
    const chunk = this.pending.join('');
    this.pending = [];
    this.bytes += this.pendingBytes;
    this.pendingBytes = 0;
    return this.stream.write(chunk);
  }

  close() {
    this.flush();
    return new Promise((resolve, reject) => {
      this.stream.on('error', reject);
      this.stream.end(resolve);
    });
  }
}

class CriticalCallList {
  constructor() {
    this.calls = [];
  }

  push(sample, result) {
    this.calls.push({
      accession: sample.accession,
      mrn: sample.patient.mrn,
      code: result.code,
      value: result.value,
      flag: result.flag,
    });
  }

  toCsv() {
    const rows = ['accession,mrn,analyte,value,flag'];
    for (const c of this.calls) rows.push(`${c.accession},${c.mrn},${c.code},${c.value},${c.flag}`);
    return rows.join('\n') + '\n';
  }
}

module.exports = { ReportWriter, CriticalCallList };
