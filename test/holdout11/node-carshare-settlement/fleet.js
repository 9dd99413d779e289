'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const CENTER = { lat: 38.7223, lon: -9.1393 };
const CATEGORIES = ['city', 'compact', 'van', 'ev-premium'];
const PLANS = ['payg', 'payg', 'payg', 'commuter', 'business'];
const ZONE_NAMES = ['Baixa', 'Chiado', 'Alfama', 'Belém', 'Alcântara', 'Campo de Ourique', 'Estrela',
  'Avenidas Novas', 'Arroios', 'Areeiro', 'Alvalade', 'Lumiar', 'Benfica', 'Parque das Nações',
  'Marvila', 'Olivais', 'Santa Clara', 'Ajuda', 'Restelo', 'Airport', 'Oriente', 'Campolide',
  'São Domingos', 'Carnide'];

function buildZones(rng) {
  const zones = [];
  let idx = 0;
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 6; c++) {
      const lat0 = CENTER.lat - 0.08 + r * 0.04;
      const lon0 = CENTER.lon - 0.12 + c * 0.04;
      const jitter = () => (rng() - 0.5) * 0.004;
      // slightly irregular quadrilaterals + a notch vertex, like real parking-zone shapes
      const polygon = [
        [lat0 + jitter(), lon0 + jitter()],
        [lat0 + jitter(), lon0 + 0.02 + jitter()],
        [lat0 + jitter(), lon0 + 0.04 + jitter()],
        [lat0 + 0.02 + jitter(), lon0 + 0.04 + jitter()],
        [lat0 + 0.04 + jitter(), lon0 + 0.04 + jitter()],
        [lat0 + 0.04 + jitter(), lon0 + jitter()],
      ];
      zones.push({ id: `Z${String(idx + 1).padStart(2, '0')}`, name: ZONE_NAMES[idx], polygon, centre: [lat0 + 0.02, lon0 + 0.02] });
      idx++;
    }
  }
  return zones;
}

function buildTariffs(zones) {
  const tariffs = {};
  const base = { city: 0.26, compact: 0.31, van: 0.42, 'ev-premium': 0.45 };
  for (const category of CATEGORIES) {
    const bands = [];
    for (let h = 0; h < 24; h++) {
      const peak = (h >= 7 && h < 10) || (h >= 17 && h < 20);
      const night = h < 6 || h >= 23;
      bands.push({ from: h, to: h + 1, label: peak ? 'peak' : night ? 'night' : 'standard', rate: +(base[category] * (peak ? 1.25 : night ? 0.8 : 1)).toFixed(3) });
    }
    tariffs[category] = {
      category,
      currency: 'EUR',
      unlockFee: category === 'van' ? 1.5 : 1,
      minute: { bands, parkedRate: +(base[category] * 0.45).toFixed(3) },
      distance: { includedKm: category === 'van' ? 50 : 200, perKm: category === 'van' ? 0.29 : 0.19 },
      caps: { hour: category === 'ev-premium' ? 16 : 12, day: category === 'van' ? 79 : 59 },
      weekendMultiplier: 1.1,
      zoneSurcharges: zones.map((z, i) => ({ zone: z.id, name: z.name, endFee: i % 7 === 0 ? 2.5 : i % 5 === 0 ? 1 : 0, startFee: z.name === 'Airport' ? 4 : 0 })),
      insurance: { deductible: category === 'ev-premium' ? 750 : 500, perTrip: 0.25, options: [{ code: 'REDUCED', price: 1.99, deductible: 150 }, { code: 'ZERO', price: 3.49, deductible: 0 }] },
      cleaningFee: 15,
      lowBatteryBonus: category === 'ev-premium' ? -2 : 0,
    };
  }
  return tariffs;
}

function buildFleet(seed) {
  const rng = mulberry32(seed);
  const zones = buildZones(rng);
  const vehicles = [];
  for (let i = 0; i < 2600; i++) {
    const category = rng() < 0.5 ? 'city' : pick(rng, CATEGORIES);
    const letters = () => String.fromCharCode(65 + intBetween(rng, 0, 25), 65 + intBetween(rng, 0, 25));
    vehicles.push({
      vin: `WCS${String(i).padStart(6, '0')}${letters()}${intBetween(rng, 100000, 999999)}`,
      plate: `${letters()}-${String(intBetween(rng, 0, 99)).padStart(2, '0')}-${letters()}`,
      category,
      homeZone: pick(rng, zones).id,
      odometerKm: intBetween(rng, 1000, 90000),
    });
  }
  const members = [];
  for (let i = 0; i < 22000; i++) {
    members.push({
      memberNo: `CS${String(300000 + i * 7).padStart(7, '0')}`,
      plan: pick(rng, PLANS),
      insuranceOption: rng() < 0.2 ? 'REDUCED' : rng() < 0.1 ? 'ZERO' : null,
      since: 2016 + intBetween(rng, 0, 8),
    });
  }
  return { zones, vehicles, vehicleByVin: new Map(vehicles.map((v) => [v.vin, v])), members, tariffs: buildTariffs(zones), center: CENTER };
}

module.exports = { buildFleet };
