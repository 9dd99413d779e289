'use strict';

// Every status change of a sample is kept with a copy of the record as it was
// at that moment, so the lab can show what was released and when (ISO 15189).

class AuditTrail {
  constructor() {
    this.entries = [];
    this.byAccession = new Map();
    this.trimmed = 0;
  }

  record(sample, action, actor, detail) {
    const entry = {
      seq: this.entries.length + 1,
      at: sample.clock,
      accession: sample.accession,
      action,
      actor,
      detail: detail || null,
      snapshot: JSON.parse(JSON.stringify(sample)),
    };
    this.entries.push(entry);
    let list = this.byAccession.get(sample.accession);
    if (!list) {
      list = [];
      this.byAccession.set(sample.accession, list);
    }
    list.push(entry.seq);
    return entry;
  }

  history(accession) {
    const seqs = this.byAccession.get(accession) || [];
    return seqs.map((s) => this.entries[s - 1]);
  }

  trimBefore(clock) {
    // Snapshots older than the retention window are archived elsewhere.
    let i = this.trimmed;
    const start = i;
    while (i < this.entries.length && this.entries[i].at < clock) {
      this.entries[i].snapshot = null;
      i++;
    }
    this.trimmed = i;
    return i - start;
  }
}

module.exports = { AuditTrail };
