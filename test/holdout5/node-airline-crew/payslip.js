'use strict';
// Roster line rendering for the crew-facing PDF/portal view.

function formatMoney(amount) {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(amount);
}

function formatDuration(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}h${String(m).padStart(2, '0')}`;
}

function rosterLine(member, duty) {
  const pay = (duty.blockMinutes / 60) * member.hourlyRate * (member.rank === 'CPT' ? 1.4 : 1);
  return {
    dutyId: duty.dutyId,
    text: `${String(duty.day).padStart(2, '0')} ${duty.flightNo} ${duty.origin}-${duty.destination} ` +
      `${formatDuration(duty.blockMinutes)} ${formatMoney(pay)}`,
    pay,
  };
}

module.exports = { rosterLine, formatMoney, formatDuration };
