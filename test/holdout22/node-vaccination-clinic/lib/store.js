'use strict';

const crypto = require('crypto');
const { promisify } = require('util');
const { VACCINES, DAY_MS } = require('./catalogue');
const { checkEligibility } = require('./eligibility');

const pbkdf2 = promisify(crypto.pbkdf2);

const PIN_ITERATIONS = 10000;
const SLOT_MINUTES = 15;
const TOWNS = ['Ashford', 'Barnstaple', 'Carlisle', 'Dorchester', 'Ely', 'Frome', 'Grantham', 'Hexham',
  'Ilkley', 'Jarrow', 'Kendal', 'Ludlow', 'Malton', 'Newark'];
const GIVEN = ['Amira', 'Ben', 'Chloe', 'Dev', 'Elena', 'Fraser', 'Grace', 'Hamid', 'Isla', 'Jonah', 'Kiran',
  'Leah', 'Mo', 'Nia', 'Owen', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq'];
const FAMILY = ['Adeyemi', 'Brown', 'Chowdhury', 'Davies', 'Evans', 'Fischer', 'Gallagher', 'Hughes', 'Iqbal',
  'Jones', 'Kowalski', 'Lloyd', 'Murphy', 'Nowak', 'Okafor', 'Patel', 'Reid', 'Singh', 'Taylor', 'Walsh'];

function nhsNumber(rand) {
  // Ten digits where the last is a mod-11 check digit.
  for (;;) {
    const digits = [];
    for (let i = 0; i < 9; i++) digits.push(rand.int(i === 0 ? 4 : 0, 9));
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += digits[i] * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    digits.push(check === 11 ? 0 : check);
    return digits.join('');
  }
}

class ClinicStore {
  constructor() {
    this.clinics = new Map();
    this.slotsByClinic = new Map();
    this.slotById = new Map();
    this.bookings = [];
    this.bookingsByClinic = new Map();
    this.bookingBySlot = new Map();
    this.bookingsByPatient = new Map();
    this.patients = new Map();
    this.nextBookingId = 1;
  }

  seed(rand, { clinicCount, patientCount, firstDay, days }) {
    this.firstDay = firstDay;
    this.days = days;
    for (let c = 0; c < clinicCount; c++) {
      const id = `CL${String(c + 1).padStart(3, '0')}`;
      const offered = VACCINES.filter((v, i) => i < 3 || rand.chance(0.6)).map((v) => v.code);
      const clinic = {
        id,
        name: `${TOWNS[c % TOWNS.length]} Community Vaccination Centre`,
        town: TOWNS[c % TOWNS.length],
        vaccinators: rand.int(2, 4),
        opensAt: 8 * 60 + 30,
        closesAt: 17 * 60 + 30,
        offered,
      };
      this.clinics.set(id, clinic);
      this.slotsByClinic.set(id, []);
      this.bookingsByClinic.set(id, []);
      this.generateSlots(clinic, firstDay, days);
    }

    const now = firstDay;
    for (let p = 0; p < patientCount; p++) {
      const birthDate = now - rand.int(2, 92) * 365.25 * DAY_MS - rand.int(0, 364) * DAY_MS;
      const history = [];
      const doses = rand.int(0, 6);
      for (let d = 0; d < doses; d++) {
        history.push({ vaccine: rand.pick(VACCINES).code, date: now - rand.int(20, 2000) * DAY_MS });
      }
      const patient = {
        nhsNumber: nhsNumber(rand),
        name: `${rand.pick(GIVEN)} ${rand.pick(FAMILY)}`,
        birthDate,
        homeTown: rand.pick(TOWNS.slice(0, clinicCount)),
        history,
        contraindications: rand.chance(0.05) ? [rand.pick(VACCINES).code] : [],
        salt: null,
        pinHash: null,
      };
      this.patients.set(patient.nhsNumber, patient);
    }

    // Walk-in and phone bookings already on the books before online booking opens.
    for (const clinic of this.clinics.values()) {
      for (const slot of this.slotsByClinic.get(clinic.id)) {
        if (!rand.chance(0.45)) continue;
        const patient = this.patientAt(rand.int(0, patientCount - 1));
        this.addBooking(patient, slot, rand.pick(clinic.offered), 'phone');
      }
    }
  }

  patientAt(index) {
    let i = 0;
    if (!this.patientList) this.patientList = [...this.patients.values()];
    i = index % this.patientList.length;
    return this.patientList[i];
  }

  generateSlots(clinic, firstDay, days) {
    const slots = this.slotsByClinic.get(clinic.id);
    for (let d = 0; d < days; d++) {
      const dayStart = firstDay + d * DAY_MS;
      const weekday = new Date(dayStart).getUTCDay();
      if (weekday === 0) continue;
      const closes = weekday === 6 ? 13 * 60 : clinic.closesAt;
      for (let m = clinic.opensAt; m + SLOT_MINUTES <= closes; m += SLOT_MINUTES) {
        for (let v = 1; v <= clinic.vaccinators; v++) {
          const slot = {
            id: `${clinic.id}-${d}-${m}-${v}`,
            clinicId: clinic.id,
            start: dayStart + m * 60000,
            vaccinator: v,
          };
          slots.push(slot);
          this.slotById.set(slot.id, slot);
        }
      }
    }
  }

  async registerAccounts(patients, pinFor) {
    await Promise.all(patients.map(async (patient) => {
      patient.salt = crypto.createHash('sha256').update(`salt:${patient.nhsNumber}`).digest();
      patient.pinHash = await pbkdf2(pinFor(patient), patient.salt, PIN_ITERATIONS, 32, 'sha256');
    }));
  }

  addBooking(patient, slot, vaccine, channel) {
    const booking = {
      id: this.nextBookingId++,
      slotId: slot.id,
      clinicId: slot.clinicId,
      start: slot.start,
      vaccine,
      nhsNumber: patient.nhsNumber,
      channel,
      status: 'booked',
    };
    this.bookings.push(booking);
    this.bookingsByClinic.get(slot.clinicId).push(booking);
    this.bookingBySlot.set(slot.id, booking);
    if (!this.bookingsByPatient.has(patient.nhsNumber)) this.bookingsByPatient.set(patient.nhsNumber, []);
    this.bookingsByPatient.get(patient.nhsNumber).push(booking);
    return booking;
  }

  book(patient, slotId, vaccine) {
    const slot = this.slotById.get(slotId);
    if (!slot) return { ok: false, status: 404, error: 'no such slot' };
    if (this.bookingBySlot.has(slotId)) return { ok: false, status: 409, error: 'slot already taken' };
    const clinic = this.clinics.get(slot.clinicId);
    if (!clinic.offered.includes(vaccine)) return { ok: false, status: 422, error: 'vaccine not offered here' };
    const upcoming = this.bookingsByPatient.get(patient.nhsNumber) || [];
    if (upcoming.some((b) => b.vaccine === vaccine && b.status === 'booked')) {
      return { ok: false, status: 409, error: 'already booked for this vaccine' };
    }
    const eligibility = checkEligibility(patient, vaccine, slot.start);
    if (!eligibility.eligible) return { ok: false, status: 422, error: eligibility.reasons.join('; ') };
    const booking = this.addBooking(patient, slot, vaccine, 'online');
    booking.doseNumber = eligibility.doseNumber;
    return { ok: true, booking, clinic };
  }
}

module.exports = { ClinicStore, PIN_ITERATIONS };
