'use strict';

const { haversineKm, nearestDepot } = require('./geo');

function snapshot(route) {
  return JSON.parse(JSON.stringify(route));
}

class RoutePlanner {
  constructor(couriers) {
    this.couriers = couriers.map((c) => ({ ...c, route: { stops: [], km: 0, weightKg: 0 }, history: [] }));
    this.assignedStops = [];
  }

  pickCourier(stop) {
    let best = null;
    let bestCost = Infinity;
    for (const c of this.couriers) {
      if (c.route.weightKg + stop.weightKg > c.capacityKg) continue;
      const last = c.route.stops.length ? c.route.stops[c.route.stops.length - 1] : c.depot;
      const cost = haversineKm(last, stop) + c.route.stops.length * 0.05;
      if (cost < bestCost) { bestCost = cost; best = c; }
    }
    return { courier: best, km: bestCost };
  }

  assign(stop) {
    if (this.assignedStops.includes(stop.id)) return false;
    const { courier, km } = this.pickCourier(stop);
    if (!courier) return false;
    courier.route.stops.push(stop);
    courier.route.km += km;
    courier.route.weightKg += stop.weightKg;
    courier.history.push(snapshot(courier.route.stops.slice(-8)));
    this.assignedStops.push(stop.id);
    return true;
  }

  summary() {
    return this.couriers.map((c) => {
      const back = c.route.stops.length ? nearestDepot(c.route.stops[c.route.stops.length - 1]).km : 0;
      return { id: c.id, stops: c.route.stops.length, km: c.route.km + back, kg: c.route.weightKg, revisions: c.history.length };
    });
  }
}

module.exports = { RoutePlanner };
