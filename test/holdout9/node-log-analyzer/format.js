'use strict';

function formatBytes(n) {
  const fmt = new Intl.NumberFormat('en-US', { style: 'unit', unit: n > 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 });
  return fmt.format(n > 1e6 ? n / 1e6 : n / 1e3);
}

function formatLatency(seconds) {
  if (seconds == null) return 'n/a';
  const fmt = new Intl.NumberFormat('en-US', { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 });
  return fmt.format(seconds * 1000);
}

function formatHour(ts) {
  return new Date(ts).toISOString().slice(0, 13) + ':00Z';
}

function formatCount(n) {
  return n.toLocaleString('en-US');
}

module.exports = { formatBytes, formatLatency, formatHour, formatCount };
