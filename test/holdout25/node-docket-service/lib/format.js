'use strict';

function formatHearingDate(ts, timeZone) {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return fmt.format(ts);
}

function docketLine(entry, timeZone) {
  return {
    seq: entry.seq,
    type: entry.type,
    party: entry.party,
    filed: formatHearingDate(entry.filedAt, timeZone),
    hearing: entry.hearingAt ? formatHearingDate(entry.hearingAt, timeZone) : null,
    description: entry.description,
    pages: entry.pages,
  };
}

module.exports = { formatHearingDate, docketLine };
