'use strict';

const { WARDS, WARD_BY_CODE } = require('./wards');

const HOUR = 3600000;
const READMISSION_WINDOW = 30 * 24 * HOUR;

// Replays the ADT feed in time order, keeping the number of occupied beds per
// ward and a snapshot of every ward at each hour boundary.
class CensusEngine {
  constructor(start, hours, log) {
    this.start = start;
    this.hours = hours;
    this.log = log;
    this.wardIndex = new Map(WARDS.map((w, i) => [w.code, i]));
    this.occupied = new Int32Array(WARDS.length);
    this.hourly = WARDS.map(() => new Int16Array(hours));
    this.arrivals = WARDS.map(() => new Int32Array(hours));
    this.nextHour = 0;
    this.open = new Map();
    this.stays = [];
    this.lastDischarge = new Map();
    this.readmissions = 0;
    this.transfers = new Map();
    this.anomalies = 0;
  }

  advanceTo(at) {
    const hour = Math.floor((at - this.start) / HOUR);
    while (this.nextHour <= hour && this.nextHour < this.hours) {
      for (let w = 0; w < WARDS.length; w++) this.hourly[w][this.nextHour] = this.occupied[w];
      this.nextHour += 1;
    }
    return hour;
  }

  apply(msg) {
    const hour = this.advanceTo(msg.at);
    const w = this.wardIndex.get(msg.ward);
    if (w === undefined) {
      this.anomalies += 1;
      return;
    }
    if (msg.type === 'A01') {
      const previous = this.lastDischarge.get(msg.mrn);
      const readmitted = previous !== undefined && msg.at - previous < READMISSION_WINDOW;
      if (readmitted) this.readmissions += 1;
      this.open.set(msg.episode, {
        episode: msg.episode, mrn: msg.mrn, nhs: msg.nhs, sex: msg.sex, dob: msg.dob,
        admittedAt: msg.at, ward: w, wardSince: msg.at, segments: [], readmitted,
      });
      this.occupied[w] += 1;
      if (hour >= 0 && hour < this.hours) this.arrivals[w][hour] += 1;
      return;
    }
    const stay = this.open.get(msg.episode);
    if (!stay) {
      this.anomalies += 1;
      if (this.log.isDebugEnabled()) this.log.debug(`no open stay for ${msg.type} episode ${msg.episode}`);
      return;
    }
    this.occupied[stay.ward] -= 1;
    stay.segments.push({ ward: stay.ward, hours: (msg.at - stay.wardSince) / HOUR });
    if (msg.type === 'A02') {
      const key = `${WARDS[stay.ward].code}>${msg.ward}`;
      this.transfers.set(key, (this.transfers.get(key) || 0) + 1);
      stay.ward = w;
      stay.wardSince = msg.at;
      this.occupied[w] += 1;
      if (hour >= 0 && hour < this.hours) this.arrivals[w][hour] += 1;
    } else if (msg.type === 'A03') {
      stay.dischargedAt = msg.at;
      stay.losHours = (msg.at - stay.admittedAt) / HOUR;
      stay.dischargeWard = WARDS[stay.ward].code;
      this.open.delete(msg.episode);
      this.lastDischarge.set(msg.mrn, msg.at);
      this.stays.push(stay);
    }
  }

  finish(end) {
    this.advanceTo(end);
  }

  wardCode(index) {
    return WARDS[index].code;
  }

  bedsOf(index) {
    return WARD_BY_CODE.get(WARDS[index].code).beds;
  }
}

module.exports = { CensusEngine, HOUR };
