'use strict';

const { AssetRegisterClient } = require('./asset-client');
const { assessOrder } = require('./sla');

// Looks up the asset behind a work order (criticality, warranty, location) so that the
// CMMS can show it and warranty work can be recharged to the installer.
async function enrichWorkOrder(order, assetCache, registryConfig, stats) {
  let asset = assetCache.get(order.assetId);
  if (asset === undefined) {
    const registry = new AssetRegisterClient(registryConfig);
    try {
      asset = await registry.getAsset(order.assetId);
    } finally {
      registry.close();
    }
    assetCache.set(order.assetId, asset);
    stats.assetLookups += 1;
  }
  if (!asset) {
    stats.missingAssets += 1;
    return { ...order, asset: null, warrantyClaim: false, riskScore: 0 };
  }
  const raised = Date.parse(order.raisedAt);
  const underWarranty = asset.warrantyUntil !== null && raised <= Date.parse(`${asset.warrantyUntil}T23:59:59Z`);
  const ageYears = (raised - Date.parse(`${asset.installed}T00:00:00Z`)) / (365.25 * 86400000);
  const costRatio = (order.labourHours * 52 + order.materials) / Math.max(1, asset.replacementCost);
  const riskScore = Math.round((asset.criticality * 10 + Math.min(ageYears, 30) + costRatio * 100) * 10) / 10;
  return {
    ...order,
    asset: { id: asset.id, description: asset.description, location: asset.location, criticality: asset.criticality },
    warrantyClaim: underWarranty && order.trade !== 'Fabric',
    riskScore,
  };
}

async function syncPage(items, ctx) {
  const out = [];
  for (const order of items) {
    const enriched = await enrichWorkOrder(order, ctx.assetCache, ctx.registryConfig, ctx.stats);
    const sla = assessOrder(enriched, ctx.asOfMs);
    enriched.sla = sla;
    await ctx.cmms.pushSyncStatus(order.id, {
      state: sla.state,
      responseMet: sla.responseMet,
      fixMet: sla.fixMet,
      warrantyClaim: enriched.warrantyClaim,
      riskScore: enriched.riskScore,
      syncedAt: new Date(ctx.asOfMs).toISOString(),
    });
    await ctx.cmms.pushCostLines(order.id, [
      { kind: 'labour', hours: order.labourHours, rate: 52, amount: Math.round(order.labourHours * 52 * 100) / 100 },
      { kind: 'materials', amount: order.materials, rechargeable: enriched.warrantyClaim },
    ]);
    if (enriched.asset) await ctx.cmms.linkAsset(order.id, enriched.asset);
    ctx.stats.pushed += 1;
    out.push(enriched);
  }
  return out;
}

async function runSync(ctx) {
  const all = [];
  let page = 0;
  for (;;) {
    const body = await ctx.cmms.fetchPage(page);
    // Work through the page with a few orders in flight at once.
    const lanes = 8;
    const chunks = Array.from({ length: lanes }, (_, i) => body.items.filter((_, j) => j % lanes === i));
    const results = await Promise.all(chunks.map((chunk) => syncPage(chunk, ctx)));
    for (const r of results) all.push(...r);
    if (!body.more) break;
    page += 1;
  }
  return all;
}

module.exports = { runSync, enrichWorkOrder };
