'use strict';
// Room catalogue and slot book-keeping for the escape-room venue.
const ROOMS = [
  ['pharaoh', 'The Pharaoh\'s Curse', 6], ['bunker', 'Cold War Bunker', 5], ['lab', 'Mad Scientist Lab', 4],
  ['heist', 'Casino Heist', 6], ['asylum', 'Abandoned Asylum', 5], ['space', 'Space Station Zeta', 4],
  ['pirate', 'Pirate Cove', 8], ['manor', 'Haunted Manor', 6], ['vault', 'Bank Vault', 5],
  ['jungle', 'Lost Temple', 6], ['sub', 'Submarine 77', 4], ['train', 'Orient Night Train', 6],
].map(([slug, title, maxPlayers], i) => ({ id: i + 1, slug, title, maxPlayers, priceCents: 2200 + i * 150 }));

const OPEN_MINUTES = 10 * 60;
const CLOSE_MINUTES = 23 * 60;
const SLOT_LENGTH = 15; // rooms can start every 15 min; a game blocks 75 min

class SlotUnavailableError extends Error {
  constructor(room, start, reason) {
    super(`slot ${start} in room ${room.slug} unavailable: ${reason}`);
    this.name = 'SlotUnavailableError';
    this.room = room.slug;
    this.start = start;
  }
}

class Calendar {
  constructor() {
    this.bookings = new Map(); // key room|date -> array of bookings
    this.season = new Map(); // room id -> all bookings this season (leaderboard)
  }
  roomSeason(roomId) {
    let arr = this.season.get(roomId);
    if (!arr) this.season.set(roomId, (arr = []));
    return arr;
  }
  list(roomId, date) {
    const k = roomId + '|' + date;
    let arr = this.bookings.get(k);
    if (!arr) this.bookings.set(k, (arr = []));
    return arr;
  }
  ensureFree(room, date, start) {
    if (start < OPEN_MINUTES || start + 75 > CLOSE_MINUTES) throw new SlotUnavailableError(room, start, 'outside opening hours');
    for (const b of this.list(room.id, date)) {
      if (start < b.start + 75 + 15 && b.start < start + 75 + 15) {
        throw new SlotUnavailableError(room, start, `overlaps booking ${b.ref}`);
      }
    }
  }
  freeSlots(room, date) {
    const free = [];
    for (let start = OPEN_MINUTES - 60; start <= CLOSE_MINUTES; start += SLOT_LENGTH) {
      try {
        this.ensureFree(room, date, start);
        free.push(start);
      } catch (err) {
        if (!(err instanceof SlotUnavailableError)) throw err;
      }
    }
    return free;
  }
  add(room, date, booking) {
    this.ensureFree(room, date, booking.start);
    this.list(room.id, date).push(booking);
    this.roomSeason(room.id).push(booking);
  }
}

module.exports = { ROOMS, Calendar, SlotUnavailableError };
