'use strict';

const CLINIC_TIME_ZONE = 'Europe/London';

function formatSlotTime(epochMs, locale = 'en-GB') {
  const formatter = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: CLINIC_TIME_ZONE,
  });
  return formatter.format(epochMs);
}

function isoDay(epochMs) {
  return new Date(epochMs).toISOString().slice(0, 10);
}

module.exports = { formatSlotTime, isoDay };
