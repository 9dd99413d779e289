'use strict';
const { SHEET_SIZES } = require('./fleet');

const FINISHING_COST = { none: 0, 'staple-corner': 0.05, 'saddle-stitch': 0.35, 'perfect-bind': 2.4, 'fold-half': 0.04, 'fold-tri': 0.06, laminate: 0.6, 'round-corners': 0.03 };
const MEDIA_COST_PER_SHEET = { 'A4-80': 0.011, 'A4-120': 0.02, 'A4-170S': 0.045, 'A3-120': 0.04, 'A3-250S': 0.11, 'SRA3-300S': 0.16, 'A5-90': 0.007, 'LTR-90': 0.013 };

class JobContext {
  constructor(message, media, log) {
    // previews are large; keep them out of the job document
    const { previews, ...order } = message;
    this.previews = previews;
    this.job = { order, media, warnings: [], imposition: null, route: null, price: null, needsColour: false };
    this.log = log;
    this.history = [];
  }

  recordStage(stage) {
    // keep an immutable copy of the job at each stage for the audit trail / reprints
    const snapshot = JSON.parse(JSON.stringify(this.job));
    this.history.push({ stage, at: Date.now(), snapshot });
  }
}

const INK_LIMIT = 300; // total area coverage, percent

// Decode the CMYK preview and measure per-channel coverage and peak total ink.
function measureInk(previewB64) {
  const px = Buffer.from(previewB64, 'base64');
  let c = 0, m = 0, y = 0, k = 0, peak = 0, overLimit = 0;
  for (let i = 0; i < px.length; i += 4) {
    c += px[i]; m += px[i + 1]; y += px[i + 2]; k += px[i + 3];
    const tac = ((px[i] + px[i + 1] + px[i + 2] + px[i + 3]) / 255) * 100;
    if (tac > peak) peak = tac;
    if (tac > INK_LIMIT) overLimit++;
  }
  const n = (px.length / 4) * 255;
  return { c: c / n, m: m / n, y: y / n, k: k / n, peakTac: Math.round(peak), overLimit };
}

function preflight(ctx) {
  const { order } = ctx.job;
  for (const [i, page] of order.pages.entries()) {
    const ink = measureInk(ctx.previews[i]);
    page.coverage = { c: ink.c, m: ink.m, y: ink.y, k: ink.k };
    if (ink.overLimit > 0) ctx.job.warnings.push({ page: page.number, code: 'INK_LIMIT', peakTac: ink.peakTac });
    ctx.log.debug('preflight page', { page: page.number, size: `${page.widthMm}x${page.heightMm}`, colour: page.colour, dpi: page.imageDpi, fonts: page.fonts });
    if (page.colour) ctx.job.needsColour = true;
    if (page.imageDpi < 200) ctx.job.warnings.push({ page: page.number, code: 'LOW_DPI', dpi: page.imageDpi });
    if (page.fonts.some((f) => f.includes('not embedded'))) ctx.job.warnings.push({ page: page.number, code: 'FONT_NOT_EMBEDDED' });
    if (order.finishing === 'perfect-bind' && page.bleedMm === 0 && page.colour) ctx.job.warnings.push({ page: page.number, code: 'NO_BLEED' });
  }
}

function nUp(pageW, pageH, sheetW, sheetH) {
  const a = Math.floor(sheetW / pageW) * Math.floor(sheetH / pageH);
  const b = Math.floor(sheetW / pageH) * Math.floor(sheetH / pageW);
  return Math.max(a, b, 1);
}

function impose(ctx) {
  const { order, media } = ctx.job;
  const first = order.pages[0];
  const trimW = first.widthMm + 2 * first.bleedMm;
  const trimH = first.heightMm + 2 * first.bleedMm;
  let best = null;
  for (const [sheet, [w, h]] of Object.entries(SHEET_SIZES)) {
    if (w < trimW || h < trimH) continue;
    if (sheet === 'B2') continue;
    const up = nUp(trimW + 4, trimH + 4, w - 10, h - 10);
    let faces = order.pages.length;
    if (order.finishing === 'saddle-stitch') faces = Math.ceil(faces / 4) * 4;
    const sides = order.duplex ? 2 : 1;
    const sheets = Math.ceil(faces / sides / (order.product === 'booklet' ? 2 : up));
    const waste = 1 - (up * trimW * trimH) / (w * h);
    const score = sheets * (1 + waste) + (sheet === 'SRA3' && !media.coated ? 1e6 : 0);
    if (!best || score < best.score) best = { sheet, up, sheets, waste, score };
  }
  ctx.job.imposition = best;
}

function price(ctx, tonerUse, printer) {
  const { order, imposition, media } = ctx.job;
  const faces = order.pages.length * order.quantity;
  const colourFaces = order.pages.filter((p) => p.colour).length * order.quantity;
  const clicks = (faces - colourFaces) * printer.clickMono + colourFaces * (printer.clickColour || printer.clickMono);
  const paper = imposition.sheets * order.quantity * (MEDIA_COST_PER_SHEET[media.id] || 0.02) * (imposition.sheet === 'SRA3' ? 1.6 : 1);
  const toner = tonerUse.reduce((s, v) => s + v, 0) * 0.004 * order.quantity;
  const finishing = FINISHING_COST[order.finishing] * order.quantity;
  const net = (clicks + paper + toner + finishing) * (order.rush ? 1.35 : 1) * 2.1;
  ctx.job.price = { clicks, paper, toner, finishing, net: Math.round(net * 100) / 100, vat: Math.round(net * 20) / 100 };
}

module.exports = { JobContext, preflight, impose, price };
