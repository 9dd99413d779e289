'use strict';

const { parseMessage, Hl7FormatError } = require('./hl7');
const { readObservation } = require('./values');
const { evaluate } = require('./verify');

function ageAt(dob, collectedAt) {
  const y = Number(dob.slice(0, 4));
  const cy = Number(collectedAt.slice(0, 4));
  const before = collectedAt.slice(4, 8) < dob.slice(4, 8);
  return cy - y - (before ? 1 : 0);
}

class ResultProcessor {
  constructor({ audit, deltas, staff, writer, criticalLog }) {
    this.audit = audit;
    this.deltas = deltas;
    this.staff = staff;
    this.writer = writer;
    this.criticalLog = criticalLog;
    this.clock = 0;
    this.stats = {
      messages: 0,
      rejected: 0,
      samples: 0,
      results: 0,
      autoverified: 0,
      held: 0,
      notes: 0,
      byAnalyte: new Map(),
    };
  }

  handle(line) {
    this.stats.messages++;
    let msg;
    try {
      msg = parseMessage(line);
    } catch (err) {
      if (err instanceof Hl7FormatError) {
        this.stats.rejected++;
        return;
      }
      throw err;
    }
    for (const order of msg.orders) this._processOrder(msg, order);
  }

  _processOrder(msg, order) {
    this.clock++;
    const sample = {
      accession: order.accession,
      panel: order.panel,
      instrument: msg.msh.sendingApp,
      collectedAt: order.collectedAt,
      receivedAt: msg.msh.sentAt,
      clock: this.clock,
      patient: {
        mrn: msg.pid.mrn,
        family: msg.pid.family,
        given: msg.pid.given,
        sex: msg.pid.sex,
        age: ageAt(msg.pid.dob, order.collectedAt),
      },
      status: 'received',
      results: [],
      notes: [],
      holdReasons: [],
    };
    this.stats.samples++;
    this.audit.record(sample, 'received', msg.msh.sendingApp);

    for (const obx of order.observations) {
      const r = readObservation(obx, sample.patient.sex);
      sample.results.push(r);
      for (const note of obx.notes) {
        sample.notes.push({ code: r.code, text: this.staff.redact(note) });
        this.stats.notes++;
      }
      this._tally(r);
    }
    sample.status = 'resulted';

    const reasons = evaluate(sample, this.deltas);
    if (reasons.length) {
      sample.status = 'held';
      sample.holdReasons = reasons;
      this.stats.held++;
      this.audit.record(sample, 'held', 'autoverify', reasons.join('; '));
      for (const r of sample.results) {
        if (r.flag === 'LL' || r.flag === 'HH') this.criticalLog.push(sample, r);
      }
    } else {
      sample.status = 'released';
      this.stats.autoverified++;
      this.audit.record(sample, 'released', 'autoverify');
    }
    this.writer.write(sample);
  }

  _tally(r) {
    this.stats.results++;
    let t = this.stats.byAnalyte.get(r.code);
    if (!t) {
      t = { code: r.code, n: 0, numeric: 0, sum: 0, abnormal: 0, critical: 0, problems: 0 };
      this.stats.byAnalyte.set(r.code, t);
    }
    t.n++;
    if (r.value !== null && r.comparator === null) {
      t.numeric++;
      t.sum += r.value;
    }
    if (r.flag === 'H' || r.flag === 'L' || r.flag === 'A') t.abnormal++;
    if (r.flag === 'HH' || r.flag === 'LL') t.critical++;
    if (r.problem) t.problems++;
  }
}

module.exports = { ResultProcessor };
