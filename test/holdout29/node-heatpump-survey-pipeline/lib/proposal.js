'use strict';

const HEAT_PUMP_SIZES = [
  { kw: 5, model: 'ASHP-5', pricePence: 520000 },
  { kw: 7, model: 'ASHP-7', pricePence: 610000 },
  { kw: 9, model: 'ASHP-9', pricePence: 690000 },
  { kw: 11, model: 'ASHP-11', pricePence: 780000 },
  { kw: 14, model: 'ASHP-14', pricePence: 905000 },
  { kw: 16, model: 'ASHP-16', pricePence: 990000 },
];
const GRANT_PENCE = 750000;
const INSTALL_PER_RADIATOR_PENCE = 18000;

function formatMoney(pence) {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

const KW = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function formatKw(watts) {
  return `${KW.format(watts / 1000)} kW`;
}

function selectHeatPump(peakW) {
  return HEAT_PUMP_SIZES.find((u) => u.kw * 1000 >= peakW * 1.05) || HEAT_PUMP_SIZES[HEAT_PUMP_SIZES.length - 1];
}

function renderProposal(property, plans, seasonal) {
  const peakW = property.totalW;
  const unit = selectHeatPump(peakW);
  const out = [`Proposal ${property.ref} (${property.region}, ${property.construction}, flow ${property.flowTempC} C)`];
  let radiatorsPence = 0;
  let upgrades = 0;
  for (const p of plans) {
    let line = `  ${p.room.name.padEnd(10)} loss ${formatKw(p.room.loss.totalW)} existing ${formatKw(p.existingW)}`;
    if (p.upgrade) {
      const cost = p.upgrade.pricePence + INSTALL_PER_RADIATOR_PENCE;
      radiatorsPence += cost;
      upgrades++;
      line += ` -> replace with ${p.upgrade.sku}`;
    }
    out.push(line);
  }
  const gross = unit.pricePence + radiatorsPence;
  const net = Math.max(gross - GRANT_PENCE, 0);
  out.push(`  Heat pump ${unit.model} for design load ${formatKw(peakW)}: ${formatMoney(unit.pricePence)}`);
  out.push(`  Estimated SCOP ${seasonal.scop.toFixed(2)} (${seasonal.lowTempScop.toFixed(2)} at 45 C flow), annual heat ${Math.round(seasonal.heatKwh)} kWh, electricity ${Math.round(seasonal.elecKwh)} kWh`);
  out.push(`  Emitter upgrades (${upgrades}): ${formatMoney(radiatorsPence)}; grant ${formatMoney(GRANT_PENCE)}; customer pays ${formatMoney(net)}`);
  return { text: out.join('\n') + '\n', unit: unit.model, netPence: net, upgrades };
}

module.exports = { renderProposal, selectHeatPump };
