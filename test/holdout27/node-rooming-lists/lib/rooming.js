'use strict';

const { PAX_BY_ROOM } = require('./season');

const DAY_MS = 86400000;

function addDays(isoDate, days) {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

function snapshotDeparture(departure) {
  return JSON.parse(JSON.stringify(departure));
}

function dietarySummary(bookings) {
  const counts = new Map();
  for (const b of bookings) {
    for (const p of b.pax) {
      if (p.diet !== 'none') counts.set(p.diet, (counts.get(p.diet) || 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([diet, n]) => `${n}x ${diet}`).join(', ');
}

function assignRooms(working, hotel, stopIndex) {
  const sorted = working.bookings.slice().sort((a, b) => {
    const s = a.pax[0].surname.localeCompare(b.pax[0].surname);
    return s !== 0 ? s : a.ref < b.ref ? -1 : 1;
  });
  let floor = 1 + (stopIndex % 4);
  let door = 1;
  for (const booking of sorted) {
    const stepFree = booking.pax.some((p) => p.mobility);
    booking.room = stepFree ? `0${door++}` : `${floor}${String(door++).padStart(2, '0')}`;
    if (door > 24) {
      door = 1;
      floor++;
    }
    booking.guestNames = booking.pax.map((p) => `${p.surname.toUpperCase()}/${p.firstName}`).join(' + ');
    booking.specialRequests = [
      ...booking.pax.filter((p) => p.diet !== 'none').map((p) => `${p.firstName}: ${p.diet}`),
      ...booking.pax.filter((p) => p.mobility).map((p) => `${p.firstName}: ${p.mobility}`),
      booking.notes,
    ].filter(Boolean).join('; ');
    booking.nightlyRate = hotel.rates[booking.roomType];
  }
  return sorted;
}

let nextConfirmationNo = 400000;

function buildRoomingList(departure, tour, hotelsByCode) {
  const stays = [];
  let night = 0;
  tour.stops.forEach((stop, stopIndex) => {
    const hotel = hotelsByCode.get(stop.hotelCode);
    const working = snapshotDeparture(departure);
    const checkIn = addDays(departure.startDate, night);
    const checkOut = addDays(departure.startDate, night + stop.nights);
    night += stop.nights;
    const rows = assignRooms(working, hotel, stopIndex);
    const allocations = rows.map((b) => {
      const paxCount = PAX_BY_ROOM[b.roomType];
      const roomCost = b.nightlyRate * stop.nights;
      const tax = hotel.cityTaxPerNight * paxCount * stop.nights;
      return {
        confirmationNo: nextConfirmationNo++,
        confirmation: `${hotel.code}/${departure.id}/${b.ref}/${stopIndex}`,
        hotelCode: hotel.code,
        chain: hotel.chain,
        departureId: departure.id,
        bookingRef: b.ref,
        guestNames: b.guestNames,
        room: b.room,
        roomType: b.roomType,
        checkIn,
        checkOut,
        nights: stop.nights,
        expected: Math.round((roomCost + tax) * 100) / 100,
      };
    });
    const sheet = [
      `ROOMING LIST ${hotel.name} (${hotel.code}) ${checkIn} - ${checkOut} board ${hotel.board}`,
      `Tour ${tour.code} departure ${departure.id} guide ${working.guide.name}`,
      `Dietary: ${dietarySummary(rows) || 'none'}`,
      ...rows.map((b) => [b.room, b.roomType, b.guestNames, b.specialRequests].join(' | ')),
    ].join('\n');
    stays.push({ hotel, sheet, allocations });
  });
  return stays;
}

module.exports = { buildRoomingList, snapshotDeparture };
