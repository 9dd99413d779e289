'use strict';

const { partySize, needsCarLane } = require('./fares');

const REF_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

class BookingStore {
  constructor(timetable) {
    this.timetable = timetable;
    this.bookings = [];
    this.byRef = new Map();
    this.refSeq = 7919;
  }

  _nextRef() {
    // Deterministic, non-sequential-looking booking references.
    this.refSeq = (this.refSeq * 48271) % 2147483647;
    let n = this.refSeq;
    let ref = '';
    for (let i = 0; i < 7; i++) {
      ref += REF_ALPHABET[n % REF_ALPHABET.length];
      n = Math.floor(n / REF_ALPHABET.length);
    }
    return ref;
  }

  occupancy(sailingId) {
    const held = this.bookings.filter((b) => b.sailingId === sailingId && b.status !== 'cancelled');
    const tally = {
      passengers: 0,
      adults: 0,
      children: 0,
      seniors: 0,
      infants: 0,
      cars: 0,
      largeVehicles: 0,
      bicycles: 0,
      bookings: 0,
      agentBookings: 0,
      revenuePence: 0,
      firstBookedAt: null,
      lastBookedAt: null,
    };
    for (const b of held) {
      tally.bookings += 1;
      tally.passengers += b.passengers;
      tally.revenuePence += b.totalPence;
      const party = b.party || {};
      tally.adults += party.adult || 0;
      tally.children += party.child || 0;
      tally.seniors += party.senior || 0;
      tally.infants += party.infant || 0;
      switch (b.vehicle) {
        case 'van':
        case 'campervan':
          // Long vehicles take a double lane on the car deck.
          tally.largeVehicles += 1;
          tally.cars += 2;
          break;
        case 'car5':
        case 'car6':
        case 'motorcycle':
          tally.cars += 1;
          break;
        case 'bicycle':
          tally.bicycles += 1;
          break;
        default:
          break;
      }
      if (b.agentId !== 'FEED') tally.agentBookings += 1;
      if (tally.firstBookedAt === null || b.createdAt < tally.firstBookedAt) tally.firstBookedAt = b.createdAt;
      if (tally.lastBookedAt === null || b.createdAt > tally.lastBookedAt) tally.lastBookedAt = b.createdAt;
    }
    return tally;
  }

  availability(sailing) {
    const { passengers, cars } = this.occupancy(sailing.id);
    return {
      seats: Math.max(0, sailing.passengerCapacity - passengers),
      carSpaces: Math.max(0, sailing.carCapacity - cars),
    };
  }

  create({ sailing, party, vehicle, lead, agentId, totalPence }) {
    const need = partySize(party);
    const wantsLane = needsCarLane(vehicle);
    const avail = this.availability(sailing);
    if (avail.seats < need || (wantsLane && avail.carSpaces < 1)) {
      const err = new Error(`sailing ${sailing.id} is full`);
      err.status = 409;
      throw err;
    }
    const booking = {
      ref: this._nextRef(),
      sailingId: sailing.id,
      passengers: need,
      party: { ...party },
      vehicle: vehicle || 'none',
      carLane: wantsLane,
      lead,
      agentId,
      totalPence,
      status: 'confirmed',
      createdAt: Date.now(),
    };
    this.bookings.push(booking);
    this.byRef.set(booking.ref, booking);
    return booking;
  }

  importBooking(rec) {
    // Overnight feed records were capacity-checked by the reservation system.
    const booking = { ref: this._nextRef(), status: 'confirmed', createdAt: Date.now(), ...rec };
    this.bookings.push(booking);
    this.byRef.set(booking.ref, booking);
    return booking;
  }

  get(ref) {
    return this.byRef.get(ref);
  }

  cancel(ref) {
    const b = this.byRef.get(ref);
    if (!b) return null;
    if (b.status !== 'cancelled') {
      b.status = 'cancelled';
      b.cancelledAt = Date.now();
    }
    return b;
  }

  recentRefs(limit) {
    const out = [];
    for (let i = this.bookings.length - 1; i >= 0 && out.length < limit; i--) {
      if (this.bookings[i].status === 'confirmed') out.push(this.bookings[i].ref);
    }
    return out;
  }

  stats() {
    let confirmed = 0;
    let cancelled = 0;
    let revenue = 0;
    for (const b of this.bookings) {
      if (b.status === 'cancelled') cancelled++;
      else {
        confirmed++;
        revenue += b.totalPence;
      }
    }
    return { confirmed, cancelled, revenue };
  }
}

module.exports = { BookingStore };
