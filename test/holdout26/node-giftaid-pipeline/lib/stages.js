'use strict';
const { Logger } = require('./log');
const { rulesFor } = require('./taxyears');

// Stage handlers: eligibility against declarations, relief calculation, and claim batching.
function createHandlers(donorsById, logSink, claimBatches) {
  const log = new Logger('giftaid', 'info', logSink);
  let pending = [];
  const totals = { eligible: 0, ineligible: 0, gasds: 0, relief: 0, duplicates: 0, reasons: {} };

  function checkEligibility(donation, emit) {
    const donor = donorsById.get(donation.donorId);
    const declaration = donor.declarations.find((d) => d.from <= donation.date && (!d.to || d.to >= donation.date));
    const benefitCap = donation.amount <= 100 ? donation.amount * 0.25 : Math.min(2500, 25 + (donation.amount - 100) * 0.05);
    let status = 'eligible';
    if (!donor.taxpayer) status = 'not-a-taxpayer';
    else if (donation.benefitValue > benefitCap) status = 'benefit-exceeds-limit';
    else if (!declaration) status = donation.channel === 'cash-envelope' && donation.amount <= 30 ? 'gasds' : 'no-declaration';
    log.debug('eligibility for %s is %s (declaration %j)', donation.ref, status, declaration);
    if (status !== 'eligible' && status !== 'gasds') {
      totals.ineligible++;
      totals.reasons[status] = (totals.reasons[status] || 0) + 1;
      return;
    }
    emit({ donation, donor: { id: donor.id, title: donor.title, firstName: donor.firstName, surname: donor.surname,
      house: donor.house, postcode: donor.postcode }, declarationId: declaration ? declaration.id : null, status });
  }

  function calculateRelief(item) {
    const rules = rulesFor(item.donation.date);
    if (item.status === 'eligible') {
      item.relief = Math.floor(item.donation.amount * rules.basicRate / (1 - rules.basicRate) * 100) / 100;
      totals.eligible++;
    } else if (item.status === 'gasds') {
      item.relief = Math.floor(item.donation.amount * 0.25 * 100) / 100;
      totals.gasds++;
    } else {
      item.relief = 0;
    }
    item.taxYear = rules.key;
    log.debug('relief for %s: %d under %j', item.donation.ref, item.relief, rules);
    if (item.relief > 0) pending.push(item);
  }

  const gasdsUsed = new Map();
  const campaignTotals = new Map();

  // Adds the relief-bearing donations of the last intake window to open claim batches.
  function batchClaims() {
    const items = pending;
    pending = [];
    let added = 0;
    for (const item of items) {
      const key = `${item.taxYear}|${item.status}`;
      let batch = claimBatches.get(key);
      if (batch && batch.lines.some((line) => line.donation.ref === item.donation.ref)) {
        totals.duplicates++;
        log.warn('donation %s already in claim batch %s/%d', item.donation.ref, key, batch.seq);
        continue;
      }
      if (item.status === 'gasds') {
        const used = gasdsUsed.get(item.taxYear) || 0;
        const rules = rulesFor(item.donation.date);
        if (used + item.donation.amount > rules.gasdsLimit || item.donation.amount > rules.gasdsMaxDonation) {
          totals.gasdsOverLimit = (totals.gasdsOverLimit || 0) + 1;
          continue;
        }
        gasdsUsed.set(item.taxYear, used + item.donation.amount);
      }
      const claimAge = (Date.parse('2026-06-30') - Date.parse(item.donation.date)) / 86400000;
      if (claimAge > 4 * 365) {
        log.warn('donation %s is outside the four-year claim window', item.donation.ref);
        continue;
      }
      let campaign = campaignTotals.get(item.donation.campaign);
      if (!campaign) {
        campaign = { donations: 0, gross: 0, relief: 0, channels: {} };
        campaignTotals.set(item.donation.campaign, campaign);
      }
      campaign.donations++;
      campaign.gross += item.donation.amount;
      campaign.relief += item.relief;
      campaign.channels[item.donation.channel] = (campaign.channels[item.donation.channel] || 0) + 1;
      totals.relief += item.relief;
      if (!batch || batch.lines.length >= 2000) {
        if (batch) batch.closedAt = batch.lines[batch.lines.length - 1].donation.ref;
        batch = { key, seq: (batch ? batch.seq : 0) + 1, lines: [], opened: item.donation.ref, gross: 0, relief: 0 };
        claimBatches.set(key, batch);
        claimBatches.completed.push(batch);
      }
      batch.lines.push(item);
      batch.gross += item.donation.amount;
      batch.relief += item.relief;
      added++;
    }
    if (added) log.info('claimed %d donations this window; %d batches open', added, claimBatches.size);
    return added;
  }

  return { checkEligibility, calculateRelief, batchClaims, totals, campaignTotals, log };
}

module.exports = { createHandlers };
