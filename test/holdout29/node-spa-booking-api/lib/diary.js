'use strict';

const SLOT_STEP_MIN = 15;
const BUFFER_MIN = 10;

class Diary {
  constructor(catalogue) {
    this.therapists = catalogue.therapists;
    this.rooms = catalogue.rooms;
    this.treatmentByCode = new Map(catalogue.treatments.map((t) => [t.code, t]));
    this.therapistDays = new Map();
    this.roomDays = new Map();
    this.nextId = 1;
  }

  dayList(map, key) {
    let list = map.get(key);
    if (!list) {
      list = [];
      map.set(key, list);
    }
    return list;
  }

  static overlaps(list, start, end) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid].end + BUFFER_MIN <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo].start < end + BUFFER_MIN;
  }

  static insertSorted(list, entry) {
    let i = list.length;
    while (i > 0 && list[i - 1].start > entry.start) i--;
    list.splice(i, 0, entry);
  }

  freeRoom(day, treatment, start, end) {
    for (const room of this.rooms) {
      const wanted = treatment.roomTypes.includes(room.type) || (room.type === 'couples' && treatment.roomTypes.includes('dry'));
      if (!wanted) continue;
      if (!Diary.overlaps(this.dayList(this.roomDays, `${room.id}|${day}`), start, end)) return room;
    }
    return null;
  }

  findSlots(day, treatmentCode, extraMinutes, limit) {
    const treatment = this.treatmentByCode.get(treatmentCode);
    if (!treatment) return [];
    const length = treatment.durationMin + extraMinutes;
    const slots = [];
    for (const therapist of this.therapists) {
      if (!therapist.skills.includes(treatment.family)) continue;
      const booked = this.dayList(this.therapistDays, `${therapist.id}|${day}`);
      for (let start = therapist.shiftStart; start + length <= therapist.shiftEnd; start += SLOT_STEP_MIN) {
        if (Diary.overlaps(booked, start, start + length)) continue;
        const room = this.freeRoom(day, treatment, start, start + length);
        if (!room) continue;
        slots.push({ day, start, end: start + length, therapistId: therapist.id, therapistName: therapist.name, roomId: room.id, roomName: room.name });
      }
    }
    slots.sort((a, b) => a.start - b.start || a.therapistId.localeCompare(b.therapistId));
    return slots.slice(0, limit);
  }

  reserve(slot, guest, treatmentCode) {
    const booked = this.dayList(this.therapistDays, `${slot.therapistId}|${slot.day}`);
    const roomBooked = this.dayList(this.roomDays, `${slot.roomId}|${slot.day}`);
    if (Diary.overlaps(booked, slot.start, slot.end) || Diary.overlaps(roomBooked, slot.start, slot.end)) return null;
    const entry = { id: `BK${this.nextId++}`, start: slot.start, end: slot.end, guest, treatmentCode };
    Diary.insertSorted(booked, entry);
    Diary.insertSorted(roomBooked, entry);
    return entry;
  }
}

module.exports = { Diary };
