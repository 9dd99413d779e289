'use strict';
// Chair diary: 5-minute slots per chair per day; finds the earliest contiguous gap.

const SLOT_MIN = 5;
const DAY_SLOTS = (9 * 60) / SLOT_MIN; // 08:30 - 17:30

class ChairDiary {
  constructor(chairs, days) {
    this.chairs = chairs;
    this.days = days;
    this.slots = new Uint8Array(chairs * days * DAY_SLOTS);
  }

  findSlot(minutes, fromDay) {
    const need = Math.ceil(minutes / SLOT_MIN);
    for (let d = fromDay; d < this.days; d++) {
      for (let c = 0; c < this.chairs; c++) {
        const base = (c * this.days + d) * DAY_SLOTS;
        let run = 0;
        for (let s = 0; s < DAY_SLOTS; s++) {
          run = this.slots[base + s] ? 0 : run + 1;
          if (run === need) return { chair: c, day: d, start: s - need + 1, need };
        }
      }
    }
    return null;
  }

  book(slot) {
    const base = (slot.chair * this.days + slot.day) * DAY_SLOTS;
    for (let s = slot.start; s < slot.start + slot.need; s++) this.slots[base + s] = 1;
  }

  static label(slot) {
    const mins = 510 + slot.start * SLOT_MIN;
    return `day ${slot.day} chair ${slot.chair + 1} ${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;
  }
}

module.exports = { ChairDiary };
