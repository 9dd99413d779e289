'use strict';

// Abbreviations call handlers type, and what the gazetteer spells out.
const ABBREVIATIONS = [
  ['St.', 'Street'], ['St', 'Street'], ['Str', 'Street'],
  ['Rd.', 'Road'], ['Rd', 'Road'],
  ['Ln', 'Lane'], ['La', 'Lane'],
  ['Ave', 'Avenue'], ['Av', 'Avenue'],
  ['Terr', 'Terrace'], ['Ter', 'Terrace'],
  ['Gdns', 'Gardens'], ['Gdn', 'Gardens'],
  ['Cres', 'Crescent'], ['Cresc', 'Crescent'],
  ['Pl', 'Place'], ['Cl', 'Close'], ['Hl', 'Hill'],
  ['Sq', 'Square'], ['Dr', 'Drive'], ['Ct', 'Court'], ['Pk', 'Park'],
  ['Nth', 'North'], ['Sth', 'South'], ['Upr', 'Upper'], ['Lwr', 'Lower'], ['Gt', 'Great'],
  ['Mt', 'Mount'], ['Cotts', 'Cottages'], ['Est', 'Estate'], ['Hse', 'House'], ['Bldgs', 'Buildings'],
  ['Wk', 'Walk'], ['Grn', 'Green'], ['Cnr', 'Corner'], ['Yd', 'Yard'], ['Mws', 'Mews'],
  ['Pde', 'Parade'], ['Wy', 'Way'], ['Hts', 'Heights'], ['Bvd', 'Boulevard'], ['Ctr', 'Centre'],
];

const ADDRESS_PARTS = /^(?:flat\s+(\d+),\s*)?(?:(\d+)([a-z]?)\s+)?([a-z' ]+?),\s*([a-z ]+)$/i;
const DUPLICATE_WINDOW_MS = 20 * 60 * 1000;

function escapeForPattern(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expandAbbreviations(address) {
  let out = address.trim().replace(/\s+/g, ' ');
  for (const [short, full] of ABBREVIATIONS) {
    const pattern = new RegExp(`\\b${escapeForPattern(short)}(?=,|\\s|$)`, 'gi');
    out = out.replace(pattern, full);
  }
  return out;
}

function titleCase(text) {
  return text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

class IntakeStage {
  constructor(bus, gazetteer) {
    this.bus = bus;
    this.gazetteer = gazetteer;
    this.recentByPlace = new Map();
    this.unlocated = 0;
    this.duplicates = 0;
  }

  handle(call) {
    const expanded = expandAbbreviations(call.address);
    const parts = ADDRESS_PARTS.exec(expanded);
    let location = null;
    let precision = 'none';
    let normalised = expanded;
    if (parts) {
      const street = titleCase(parts[4]);
      const town = titleCase(parts[5]);
      normalised = `${parts[1] ? `Flat ${parts[1]}, ` : ''}${parts[2] ? `${parts[2]}${parts[3]} ` : ''}${street}, ${town}`;
      const place = this.gazetteer.locate(street, town);
      if (place) {
        location = { lat: place.lat, lon: place.lon, town: place.town, district: place.district };
        precision = parts[2] ? 'house' : 'street';
      } else {
        const centre = this.gazetteer.townCentre(town);
        if (centre) {
          location = { lat: centre.lat, lon: centre.lon, town: centre.name, district: centre.district };
          precision = 'town';
        }
      }
    }
    if (!location) {
      this.unlocated += 1;
      return;
    }

    const placeKey = `${normalised.toLowerCase()}`;
    const earlier = this.recentByPlace.get(placeKey);
    let duplicateOf = null;
    if (earlier && call.receivedAt - earlier.receivedAt < DUPLICATE_WINDOW_MS) {
      duplicateOf = earlier.callId;
      this.duplicates += 1;
    } else {
      this.recentByPlace.set(placeKey, { callId: call.callId, receivedAt: call.receivedAt });
    }

    this.bus.publish('call.located', {
      ...call,
      normalisedAddress: normalised,
      location,
      precision,
      duplicateOf,
      audit: [{ stage: 'intake', at: call.receivedAt + 35000, note: `located (${precision})` }],
    });
  }
}

module.exports = { IntakeStage, expandAbbreviations };
