'use strict';

const FREE = 0;
const HELD = 1;
const SOLD = 2;
const STATE_NAMES = ['free', 'held', 'sold'];

class Performance {
  constructor(id, title, startsAt, venue, { gala = false, daysToShow = 10 } = {}) {
    this.id = id;
    this.title = title;
    this.startsAt = startsAt;
    this.gala = gala;
    this.daysToShow = daysToShow;
    this.capacity = venue.seats.length;
    this.state = new Uint8Array(venue.seats.length);
    this.holdOf = new Map(); // seat index -> hold id
    this.soldCount = 0;
    this.heldCount = 0;
  }

  isFree(seat) {
    return this.state[seat.index] === FREE;
  }

  stateOf(seat) {
    const s = this.state[seat.index];
    if (s === HELD) return { state: STATE_NAMES[s], hold: this.holdOf.get(seat.index) };
    return { state: STATE_NAMES[s] };
  }

  hold(seats, holdId) {
    for (const seat of seats) if (this.state[seat.index] !== FREE) return false;
    for (const seat of seats) {
      this.state[seat.index] = HELD;
      this.holdOf.set(seat.index, holdId);
    }
    this.heldCount += seats.length;
    return true;
  }

  release(seats) {
    for (const seat of seats) {
      if (this.state[seat.index] === HELD) {
        this.state[seat.index] = FREE;
        this.holdOf.delete(seat.index);
        this.heldCount--;
      }
    }
  }

  sell(seats) {
    for (const seat of seats) {
      if (this.state[seat.index] === HELD) this.heldCount--;
      this.state[seat.index] = SOLD;
      this.holdOf.delete(seat.index);
    }
    this.soldCount += seats.length;
  }
}

const TITLES = ['The Tempest', 'Cabaret', 'A Doll\'s House', 'Les Misérables', 'Waiting for Godot', 'Hamilton', 'The Seagull', 'Matilda'];

function schedule(venue, count, firstNight) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(i / 2);
    const matinee = i % 2 === 0 && (day % 7 === 5 || day % 7 === 2);
    const startsAt = firstNight + day * 86400e3 + (matinee ? 14.5 : 19.5) * 3600e3;
    list.push(new Performance(`P${String(i + 1).padStart(3, '0')}`, TITLES[day % TITLES.length], startsAt, venue, { gala: i === 0, daysToShow: 1 + day }));
  }
  return list;
}

module.exports = { Performance, schedule, FREE, HELD, SOLD };
