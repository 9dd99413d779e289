'use strict';

const { isoDay } = require('./format');
const { suggestVaccines } = require('./eligibility');

// Daily utilisation for the clinic manager: booked vs available slots per
// vaccinator, and the vaccine mix by channel.
function clinicDayReport(store, clinicId, day) {
  const clinic = store.clinics.get(clinicId);
  const perVaccinator = new Map();
  for (let v = 1; v <= clinic.vaccinators; v++) perVaccinator.set(v, { slots: 0, booked: 0 });
  for (const slot of store.slotsByClinic.get(clinicId)) {
    if (isoDay(slot.start) !== day) continue;
    const row = perVaccinator.get(slot.vaccinator);
    row.slots += 1;
    if (store.bookingBySlot.has(slot.id)) row.booked += 1;
  }
  const mix = {};
  let firstBooking = Infinity;
  let lastBooking = -Infinity;
  for (const booking of store.bookingsByClinic.get(clinicId)) {
    if (booking.status !== 'booked' || isoDay(booking.start) !== day) continue;
    const key = `${booking.vaccine}/${booking.channel}`;
    mix[key] = (mix[key] || 0) + 1;
    firstBooking = Math.min(firstBooking, booking.start);
    lastBooking = Math.max(lastBooking, booking.start);
  }
  const vaccinators = [...perVaccinator].map(([vaccinator, row]) => ({
    vaccinator,
    slots: row.slots,
    booked: row.booked,
    utilisation: row.slots ? Math.round((row.booked / row.slots) * 1000) / 10 : 0,
  }));
  return {
    clinic: clinic.name,
    day,
    vaccinators,
    mix,
    firstBooking: Number.isFinite(firstBooking) ? new Date(firstBooking).toISOString() : null,
    lastBooking: Number.isFinite(lastBooking) ? new Date(lastBooking).toISOString() : null,
  };
}

// Patients living near the clinic who are due a vaccine the clinic offers and
// have nothing booked for it: the list the reception team phones.
function recallList(store, clinicId, day, limit = 50) {
  const clinic = store.clinics.get(clinicId);
  const at = Date.parse(`${day}T12:00:00Z`);
  const due = [];
  for (const patient of store.patients.values()) {
    if (patient.homeTown !== clinic.town) continue;
    const booked = new Set((store.bookingsByPatient.get(patient.nhsNumber) || [])
      .filter((b) => b.status === 'booked')
      .map((b) => b.vaccine));
    const vaccines = suggestVaccines(patient, at).filter((code) => !booked.has(code) && clinic.offered.includes(code));
    if (!vaccines.length) continue;
    const lastSeen = patient.history.reduce((max, d) => Math.max(max, d.date), 0);
    due.push({ nhsNumber: patient.nhsNumber, name: patient.name, vaccines, lastSeen });
  }
  due.sort((a, b) => b.vaccines.length - a.vaccines.length || a.lastSeen - b.lastSeen || a.nhsNumber.localeCompare(b.nhsNumber));
  return {
    clinic: clinic.name,
    day,
    totalDue: due.length,
    byVaccine: due.reduce((acc, p) => {
      for (const code of p.vaccines) acc[code] = (acc[code] || 0) + 1;
      return acc;
    }, {}),
    callList: due.slice(0, limit).map((p) => ({ nhsNumber: p.nhsNumber, name: p.name, vaccines: p.vaccines })),
  };
}

module.exports = { clinicDayReport, recallList };
