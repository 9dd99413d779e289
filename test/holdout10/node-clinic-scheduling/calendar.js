'use strict';

const DAY = 86400000;

function dayIndex(ms) {
  return Math.floor(ms / DAY);
}

// Lower-bound binary search over intervals sorted by start.
function lowerBound(list, start) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start < start) lo = mid + 1; else hi = mid;
  }
  return lo;
}

class Calendar {
  constructor(clinicians) {
    this.clinicians = new Map(clinicians.map((c) => [c.id, c]));
    this.bySpecialty = new Map();
    for (const c of clinicians) {
      if (!this.bySpecialty.has(c.specialty)) this.bySpecialty.set(c.specialty, []);
      this.bySpecialty.get(c.specialty).push(c);
    }
    this.booked = new Map(); // clinicianId -> Map(dayIndex -> sorted appointments)
    this.appointments = new Map();
    this.byPatient = new Map();
    this.seq = 0;
  }

  dayList(clinicianId, day) {
    let days = this.booked.get(clinicianId);
    if (!days) { days = new Map(); this.booked.set(clinicianId, days); }
    let list = days.get(day);
    if (!list) { list = []; days.set(day, list); }
    return list;
  }

  book(appt) {
    const list = this.dayList(appt.clinician, dayIndex(appt.start));
    const i = lowerBound(list, appt.start);
    if ((i < list.length && list[i].start < appt.end) || (i > 0 && list[i - 1].end > appt.start)) return null;
    const stored = { id: 'A' + (++this.seq).toString(36).toUpperCase(), status: 'booked', ...appt };
    list.splice(i, 0, stored);
    this.appointments.set(stored.id, stored);
    let mine = this.byPatient.get(appt.patient);
    if (!mine) { mine = []; this.byPatient.set(appt.patient, mine); }
    mine.push(stored);
    return stored;
  }

  cancel(id) {
    const appt = this.appointments.get(id);
    if (!appt || appt.status !== 'booked') return null;
    const list = this.dayList(appt.clinician, dayIndex(appt.start));
    const i = lowerBound(list, appt.start);
    if (list[i] === appt) list.splice(i, 1);
    appt.status = 'cancelled';
    return appt;
  }

  freeSlots(clinician, day, limit) {
    const sessions = clinician.week[new Date(day * DAY).getUTCDay()];
    const booked = this.dayList(clinician.id, day);
    const out = [];
    let j = 0;
    for (const s of sessions) {
      for (let m = s.start; m + clinician.slotMinutes <= s.end; m += clinician.slotMinutes) {
        const start = day * DAY + m * 60000;
        const end = start + clinician.slotMinutes * 60000;
        while (j < booked.length && booked[j].end <= start) j++;
        if (j < booked.length && booked[j].start < end) continue;
        out.push(start);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}

module.exports = { Calendar, dayIndex, DAY };
