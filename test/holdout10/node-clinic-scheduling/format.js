'use strict';

// Display helpers; formatters are created once per locale/time zone and reused.

const cache = new Map();

function slotFormatter(locale, tz) {
  const key = locale + '|' + tz;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: tz });
    cache.set(key, f);
  }
  return f;
}

function formatSlot(ms, locale, tz) {
  return slotFormatter(locale, tz).format(ms);
}

module.exports = { formatSlot };
