'use strict';

const FIRST_NAMES = ['Anna', 'Bernd', 'Chiara', 'David', 'Elin', 'Fergus', 'Greta', 'Hamid', 'Ines', 'Jonas',
  'Katja', 'Luca', 'Maeve', 'Nils', 'Olga', 'Pietro', 'Quinn', 'Rosa', 'Sven', 'Tereza', 'Ulla', 'Viktor',
  'Wanda', 'Xavier', 'Yara', 'Zeno'];
const SURNAMES = ['Abbott', 'Berger', 'Costa', 'Dunne', 'Eriksen', 'Fontaine', 'Gallagher', 'Hofmann', 'Ivanova',
  'Jansen', 'Keller', 'Lindqvist', 'Moretti', 'Novak', "O'Brien", 'Petrov', 'Quist', 'Rossi', 'Schmid', 'Toth',
  'Urquhart', 'Varga', 'Weber', 'Young', 'Zimmermann'];
const CITIES = [
  ['Lucerne', 'CHF', 'Europe/Zurich'], ['Interlaken', 'CHF', 'Europe/Zurich'], ['Salzburg', 'EUR', 'Europe/Vienna'],
  ['Innsbruck', 'EUR', 'Europe/Vienna'], ['Bolzano', 'EUR', 'Europe/Rome'], ['Verona', 'EUR', 'Europe/Rome'],
  ['Bergen', 'NOK', 'Europe/Oslo'], ['Flam', 'NOK', 'Europe/Oslo'], ['Edinburgh', 'GBP', 'Europe/London'],
  ['Inverness', 'GBP', 'Europe/London'], ['Prague', 'CZK', 'Europe/Prague'], ['Cesky Krumlov', 'CZK', 'Europe/Prague'],
  ['Budapest', 'HUF', 'Europe/Budapest'], ['Krakow', 'PLN', 'Europe/Warsaw'], ['Copenhagen', 'DKK', 'Europe/Copenhagen'],
];
const DIETS = ['none', 'none', 'none', 'vegetarian', 'vegan', 'gluten-free', 'halal', 'kosher', 'nut allergy'];
const BOARD = ['BB', 'HB', 'FB'];
const ROOM_TYPES = ['SGL', 'DBL', 'TWN', 'TRP'];
const PAX_BY_ROOM = { SGL: 1, DBL: 2, TWN: 2, TRP: 3 };

function pad(n, w) {
  return String(n).padStart(w, '0');
}

function buildCatalog(rng, hotelCount) {
  const hotels = [];
  for (let i = 0; i < hotelCount; i++) {
    const [city, currency, timeZone] = CITIES[i % CITIES.length];
    const base = currency === 'HUF' ? 32000 : currency === 'CZK' ? 2400 : currency.endsWith('K') ? 1100 : 95;
    hotels.push({
      code: `HT${pad(i + 1, 4)}`,
      name: `${city} ${rng.pick(['Grand', 'Park', 'Alpine', 'Harbour', 'Central', 'Old Town'])} Hotel`,
      city,
      currency,
      timeZone,
      board: rng.pick(BOARD),
      rates: {
        SGL: Math.round(base * (0.9 + rng.next() * 0.6)),
        DBL: Math.round(base * (1.2 + rng.next() * 0.7)),
        TWN: Math.round(base * (1.2 + rng.next() * 0.7)),
        TRP: Math.round(base * (1.6 + rng.next() * 0.8)),
      },
      cityTaxPerNight: Math.round(base * 0.03 * 100) / 100,
    });
  }
  return hotels;
}

function buildTours(rng, hotels, tourCount) {
  const tours = [];
  for (let t = 0; t < tourCount; t++) {
    const stops = [];
    const stopCount = rng.int(4, 7);
    for (let s = 0; s < stopCount; s++) {
      stops.push({ hotelCode: rng.pick(hotels).code, nights: rng.int(1, 3) });
    }
    tours.push({ code: `TR${pad(t + 1, 3)}`, title: `Grand Tour ${t + 1}`, stops });
  }
  return tours;
}

function buildPassenger(rng, surname) {
  return {
    firstName: rng.pick(FIRST_NAMES),
    surname,
    dateOfBirth: `19${rng.int(40, 99)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
    passport: { number: `P${rng.int(1000000, 9999999)}`, country: rng.pick(['DE', 'GB', 'US', 'NL', 'AU', 'CA']), expires: `20${rng.int(26, 34)}-06-30` },
    diet: rng.pick(DIETS),
    mobility: rng.chance(0.06) ? 'step-free room' : null,
    loyaltyTier: rng.pick(['none', 'silver', 'gold']),
    flights: [
      { direction: 'inbound', carrier: rng.pick(['LX', 'LH', 'BA', 'OS', 'SK']), number: rng.int(100, 2999), arrival: `${pad(rng.int(6, 21), 2)}:${pad(rng.int(0, 59), 2)}`, airport: rng.pick(['ZRH', 'MUC', 'VIE', 'EDI', 'PRG']) },
      { direction: 'outbound', carrier: rng.pick(['LX', 'LH', 'BA', 'OS', 'SK']), number: rng.int(100, 2999), departure: `${pad(rng.int(6, 21), 2)}:${pad(rng.int(0, 59), 2)}`, airport: rng.pick(['ZRH', 'MUC', 'VIE', 'EDI', 'PRG']) },
    ],
    emergencyContact: { name: `${rng.pick(FIRST_NAMES)} ${surname}`, phone: `+44 7${rng.int(100000000, 999999999)}` },
  };
}

function buildSeason(rng, tours, departureCount) {
  const departures = [];
  for (let d = 0; d < departureCount; d++) {
    const tour = tours[d % tours.length];
    const start = new Date(Date.UTC(2025, 3, 1) + rng.int(0, 180) * 86400000);
    const bookings = [];
    const bookingCount = rng.int(12, 20);
    for (let b = 0; b < bookingCount; b++) {
      const roomType = rng.pick(ROOM_TYPES);
      const surname = rng.pick(SURNAMES);
      const pax = [];
      for (let p = 0; p < PAX_BY_ROOM[roomType]; p++) pax.push(buildPassenger(rng, surname));
      const payments = [];
      for (let k = rng.int(1, 4); k > 0; k--) {
        payments.push({ type: rng.pick(['deposit', 'instalment', 'balance', 'refund']), amountEur: rng.int(50, 2400), method: rng.pick(['card', 'bank transfer', 'voucher']), reference: `PAY-${rng.int(100000, 999999)}`, date: `2025-0${rng.int(1, 3)}-${pad(rng.int(1, 28), 2)}` });
      }
      const correspondence = [];
      for (let k = rng.int(2, 5); k > 0; k--) {
        correspondence.push({ channel: rng.pick(['email', 'phone', 'agent portal']), subject: rng.pick(['Booking confirmation', 'Balance reminder', 'Final documents', 'Room upgrade request', 'Dietary requirements update', 'Transfer times']), by: rng.pick(['reservations', 'customer care', 'agent']), at: `2025-0${rng.int(1, 3)}-${pad(rng.int(1, 28), 2)}T${pad(rng.int(8, 18), 2)}:${pad(rng.int(0, 59), 2)}:00Z` });
      }
      bookings.push({
        ref: `BK${pad(d, 4)}${pad(b, 2)}`,
        payments,
        correspondence,
        roomType,
        pax,
        agent: rng.pick(['direct', 'Travelwise', 'Globus Partners', 'SeniorTours', 'Atlas Agency']),
        notes: rng.chance(0.2) ? 'Celebrating anniversary, late check-in requested' : '',
        extras: rng.chance(0.3) ? [{ code: 'EXTRA-NIGHT', nights: 1 }] : [],
      });
    }
    const itinerary = [];
    let day = 1;
    for (const stop of tour.stops) {
      for (let n = 0; n < stop.nights; n++, day++) {
        itinerary.push({
          day,
          hotelCode: stop.hotelCode,
          title: `Day ${day}: ${rng.pick(['Lakeside walk', 'Cable car excursion', 'Old town guided tour', 'Free day', 'Scenic rail journey', 'Vineyard visit'])}`,
          description: `Morning departure at ${rng.int(7, 10)}:${rng.pick(['00', '15', '30', '45'])}. ${rng.pick(['Your tour director leads a walking tour through the historic centre before lunch at a local tavern.', 'Board the panoramic train for a journey through the valleys, with photo stops at the viewpoints.', 'Enjoy a leisurely day at your own pace, with optional excursions bookable with your tour director.', 'Cruise across the lake to the neighbouring village, returning by cogwheel railway in the afternoon.'])}`,
          meals: rng.pick(['B', 'B,D', 'B,L,D', 'B,L']),
          excursions: [
            { code: `EX${rng.int(100, 999)}`, optional: rng.chance(0.5), priceEur: rng.int(25, 140), minPax: rng.int(8, 15) },
            { code: `EX${rng.int(100, 999)}`, optional: true, priceEur: rng.int(25, 140), minPax: rng.int(8, 15) },
          ],
        });
      }
    }
    departures.push({
      id: `DP${pad(d + 1, 5)}`,
      itinerary,
      tourCode: tour.code,
      startDate: start.toISOString().slice(0, 10),
      guide: { name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`, languages: ['en', rng.pick(['de', 'it', 'fr'])] },
      coach: { operator: rng.pick(['AlpenBus', 'NordCoach', 'Scottish Touring']), seats: 49 },
      bookings,
    });
  }
  return departures;
}

module.exports = { buildCatalog, buildTours, buildSeason, PAX_BY_ROOM };
