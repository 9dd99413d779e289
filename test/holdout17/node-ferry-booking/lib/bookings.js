'use strict';

const { quoteFare, vehicleLaneMetres } = require('./fares');
const { hashPin, verifyPin } = require('./credentials');
const { reportToPortAuthority } = require('./manifest');

const REF_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function encodeRef(n) {
  let out = '';
  let v = n * 7919 + 104729;
  for (let i = 0; i < 6; i++) {
    out = REF_ALPHABET[v % REF_ALPHABET.length] + out;
    v = Math.floor(v / REF_ALPHABET.length);
  }
  return out;
}

class BookingService {
  constructor({ timetable, signer, settings, clock }) {
    this.timetable = timetable;
    this.signer = signer;
    this.settings = settings;
    this.clock = clock;
    this.bookings = new Map();
    this.seq = 0;
    this.stats = { created: 0, checkedIn: 0, rejected: 0, revenuePence: 0 };
  }

  availability(sailing) {
    return {
      passengers: sailing.capacity.passengers - sailing.sold.passengers,
      laneMetres: sailing.capacity.laneMetres - sailing.sold.laneMetres,
    };
  }

  listSailings(from, to, day, party) {
    const sailings = this.timetable.byRouteDay.get(`${from}:${to}:${day}`) || [];
    const now = this.clock();
    return sailings.map((s) => {
      const free = this.availability(s);
      const fits = free.passengers >= party.passengers.length && free.laneMetres >= vehicleLaneMetres(party.vehicle);
      return {
        id: s.id,
        departs: s.departs.toISOString(),
        arrives: s.arrives.toISOString(),
        vessel: s.vessel,
        free,
        bookable: fits,
        fromPence: fits ? quoteFare(s, party, now).totalPence : null,
      };
    });
  }

  quote(sailingId, party) {
    const sailing = this.timetable.byId.get(sailingId);
    if (!sailing) throw new BookingError(404, `unknown sailing ${sailingId}`);
    return quoteFare(sailing, party, this.clock());
  }

  async create(sailingId, party, pin) {
    const sailing = this.timetable.byId.get(sailingId);
    if (!sailing) throw new BookingError(404, `unknown sailing ${sailingId}`);
    const lane = vehicleLaneMetres(party.vehicle);
    const free = this.availability(sailing);
    if (free.passengers < party.passengers.length || free.laneMetres < lane) {
      this.stats.rejected++;
      throw new BookingError(409, 'sailing full');
    }
    sailing.sold.passengers += party.passengers.length;
    sailing.sold.laneMetres += lane;
    const quote = quoteFare(sailing, party, this.clock());
    const seq = ++this.seq;
    const booking = {
      ref: encodeRef(seq),
      seq,
      sailingId,
      party,
      laneMetres: lane,
      totalPence: quote.totalPence,
      pin: hashPin(pin),
      status: 'confirmed',
      manifestId: null,
      checkedIn: false,
    };
    this.bookings.set(booking.ref, booking);
    try {
      booking.manifestId = await reportToPortAuthority(booking, sailing, this.settings);
    } catch (err) {
      booking.status = 'manifest-pending';
    }
    this.stats.created++;
    this.stats.revenuePence += quote.totalPence;
    return booking;
  }

  checkIn(ref, pin) {
    const booking = this.bookings.get(ref);
    if (!booking) throw new BookingError(404, 'no such booking');
    if (!verifyPin(pin, booking.pin)) throw new BookingError(403, 'pin mismatch');
    booking.checkedIn = true;
    this.stats.checkedIn++;
    return booking.party.passengers.map((_, i) => this.signer.issue(booking, i + 1));
  }

  get(ref) {
    const booking = this.bookings.get(ref);
    if (!booking) throw new BookingError(404, 'no such booking');
    const { pin, ...visible } = booking;
    return visible;
  }
}

module.exports = { BookingService, BookingError };
