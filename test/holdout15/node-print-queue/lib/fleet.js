'use strict';
// Client for the print-room fleet: printer capabilities, calibration curves
// and the spooler endpoint. Routing decisions use live queue depth held in
// FleetState.
const http = require('http');

const TONE_STEPS = 32;
const SHEET_SIZES = { A5: [148, 210], A4: [210, 297], Letter: [216, 279], A3: [297, 420], SRA3: [320, 450], B2: [500, 707] };

function buildCatalog() {
  const models = [
    { model: 'Versant 280', colour: true, duplex: true, maxGsm: 350, sheets: ['A4', 'A3', 'SRA3'], ppm: 80, clickMono: 0.008, clickColour: 0.045 },
    { model: 'imagePRESS V700', colour: true, duplex: true, maxGsm: 350, sheets: ['A4', 'A3', 'SRA3', 'Letter'], ppm: 70, clickMono: 0.009, clickColour: 0.05 },
    { model: 'bizhub PRO 1100', colour: false, duplex: true, maxGsm: 300, sheets: ['A4', 'A3', 'Letter', 'A5'], ppm: 100, clickMono: 0.005, clickColour: null },
    { model: 'Iridesse', colour: true, duplex: true, maxGsm: 400, sheets: ['A4', 'A3', 'SRA3'], ppm: 120, clickMono: 0.01, clickColour: 0.06 },
    { model: 'PageWide XL', colour: true, duplex: false, maxGsm: 200, sheets: ['A3', 'B2'], ppm: 30, clickMono: 0.03, clickColour: 0.12 },
    { model: 'Office MFP', colour: true, duplex: true, maxGsm: 160, sheets: ['A4', 'A5', 'Letter'], ppm: 45, clickMono: 0.012, clickColour: 0.07 },
  ];
  const printers = [];
  let n = 0;
  for (const m of models) {
    for (let i = 0; i < 7; i++) {
      n++;
      printers.push({
        id: `PR-${String(n).padStart(3, '0')}`,
        ...m,
        site: ['Docklands', 'Old Town', 'Campus'][n % 3],
        calibration: { gamma: [1.8 + (n % 5) * 0.05, 1.9, 1.85 + (n % 3) * 0.04, 2.0], dotGain: [0.12, 0.14, 0.11, 0.17 + (n % 4) * 0.01] },
      });
    }
  }
  return printers;
}

class FleetState {
  constructor() {
    this.queuedSheets = new Map();
    this.submitted = 0;
  }
  load(printerId) {
    return this.queuedSheets.get(printerId) || 0;
  }
  add(printerId, sheets) {
    this.queuedSheets.set(printerId, this.load(printerId) + sheets);
    this.submitted++;
  }
  drainTick(ppmById) {
    for (const [id, q] of this.queuedSheets) this.queuedSheets.set(id, Math.max(0, q - ppmById.get(id)));
  }
}

class PrintFleetClient {
  constructor({ catalog, state, endpoint }) {
    this.endpoint = new URL(endpoint);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    this.state = state;
    this.printers = new Map();
    this.bySheet = new Map();
    this.toneCurves = new Map();
    for (const printer of catalog) {
      this.printers.set(printer.id, printer);
      for (const sheet of printer.sheets) {
        if (!this.bySheet.has(sheet)) this.bySheet.set(sheet, []);
        this.bySheet.get(sheet).push(printer);
      }
      // 4 channel (CMYK) tone reproduction curves: requested coverage -> toner laid down
      const curves = [];
      for (let ch = 0; ch < 4; ch++) {
        const lut = new Float64Array(TONE_STEPS);
        const g = printer.calibration.gamma[ch] / 1.8;
        const dg = printer.calibration.dotGain[ch];
        for (let v = 0; v < TONE_STEPS; v++) {
          const x = v / (TONE_STEPS - 1);
          lut[v] = Math.min(1, Math.pow(x, g) * (1 + dg * Math.sin(Math.PI * x)));
        }
        curves.push(lut);
      }
      this.toneCurves.set(printer.id, curves);
    }
  }

  candidates(job) {
    const list = this.bySheet.get(job.imposition.sheet) || [];
    return list.filter((p) => p.maxGsm >= job.media.gsm && (!job.needsColour || p.colour) && (!job.order.duplex || p.duplex));
  }

  route(job) {
    let best = null;
    let bestEta = Infinity;
    for (const p of this.candidates(job)) {
      const eta = (this.state.load(p.id) + job.imposition.sheets) / p.ppm + (job.order.rush && p.site !== 'Docklands' ? 5 : 0);
      if (eta < bestEta) {
        best = p;
        bestEta = eta;
      }
    }
    return best && { printer: best, etaMinutes: bestEta };
  }

  tonerUsage(printerId, pages) {
    const curves = this.toneCurves.get(printerId);
    const use = [0, 0, 0, 0];
    for (const page of pages) {
      const area = (page.widthMm * page.heightMm) / 62370; // relative to A4
      const cov = [page.coverage.c, page.coverage.m, page.coverage.y, page.coverage.k];
      for (let ch = 0; ch < 4; ch++) use[ch] += curves[ch][Math.round(cov[ch] * (TONE_STEPS - 1))] * area;
    }
    return use;
  }

  submit(job, route) {
    this.state.add(route.printer.id, job.imposition.sheets * job.order.quantity);
    return { spoolId: `${route.printer.id}/${job.order.orderId}`, url: `${this.endpoint.origin}/spool/${route.printer.id}` };
  }
}

module.exports = { PrintFleetClient, FleetState, buildCatalog, SHEET_SIZES };
