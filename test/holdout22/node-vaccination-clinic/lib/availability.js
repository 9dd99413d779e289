'use strict';

const { DAY_MS } = require('./catalogue');
const { formatSlotTime, isoDay } = require('./format');

const SLOTS_SHOWN_PER_DAY = 4;

function openSlots(store, clinicId, fromDay, days) {
  const slots = store.slotsByClinic.get(clinicId) || [];
  const until = fromDay + days * DAY_MS;
  const taken = store.bookingsByClinic.get(clinicId)
    .filter((booking) => booking.status === 'booked')
    .map((booking) => booking.slotId);

  const open = [];
  for (const slot of slots) {
    if (slot.start < fromDay || slot.start >= until) continue;
    if (taken.includes(slot.id)) continue;
    open.push(slot);
  }
  return open;
}

// Groups open slots by day for the booking page: a count per day and the
// earliest few slots with a display label.
function availabilityByDay(store, clinicId, fromDay, days) {
  const open = openSlots(store, clinicId, fromDay, days);
  const byDay = new Map();
  for (const slot of open) {
    const day = isoDay(slot.start);
    let entry = byDay.get(day);
    if (!entry) {
      entry = { day, openCount: 0, vaccinators: new Set(), earliest: [] };
      byDay.set(day, entry);
    }
    entry.openCount += 1;
    entry.vaccinators.add(slot.vaccinator);
    if (entry.earliest.length < SLOTS_SHOWN_PER_DAY) {
      entry.earliest.push({ slotId: slot.id, label: formatSlotTime(slot.start) });
    }
  }
  return [...byDay.values()].map((entry) => ({
    day: entry.day,
    openCount: entry.openCount,
    vaccinatorsOnShift: entry.vaccinators.size,
    earliest: entry.earliest,
  }));
}

module.exports = { openSlots, availabilityByDay };
