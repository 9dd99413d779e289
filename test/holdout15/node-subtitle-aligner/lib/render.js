'use strict';
const util = require('util');

function pad(value, width) {
  return util.format('%d', value).padStart(width, '0');
}

function formatTimestamp(ms, separator) {
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3600000);
  const minutes = Math.floor(total / 60000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  const millis = total % 1000;
  return util.format(
    '%s:%s:%s%s%s',
    pad(hours, 2),
    pad(minutes, 2),
    pad(seconds, 2),
    separator,
    pad(millis, 3),
  );
}

function renderWebVtt(cues, title, translatedBySource) {
  const parts = [`WEBVTT - ${title}`, ''];
  cues.forEach((cue, i) => {
    const vendor = translatedBySource.get(cue.source);
    if (vendor && Math.abs(vendor.start - cue.start) > 40) {
      parts.push(`NOTE retimed from ${formatTimestamp(vendor.start, '.')} --> ${formatTimestamp(vendor.end, '.')}`, '');
    }
    parts.push(`${i + 1}`);
    parts.push(`${formatTimestamp(cue.start, '.')} --> ${formatTimestamp(cue.end, '.')} line:85%`);
    parts.push(...cue.lines, '');
  });
  return parts.join('\n');
}

function renderSubRip(cues) {
  const parts = [];
  cues.forEach((cue, i) => {
    parts.push(`${i + 1}`);
    parts.push(`${formatTimestamp(cue.start, ',')} --> ${formatTimestamp(cue.end, ',')}`);
    parts.push(...cue.lines, '');
  });
  return parts.join('\n');
}

function renderQcReport(episode, issues) {
  const rows = ['episode,cue,in,out,issue,value'];
  for (const issue of issues) {
    rows.push([
      episode,
      issue.cue.source,
      formatTimestamp(issue.cue.start, ':'),
      formatTimestamp(issue.cue.end, ':'),
      issue.kind,
      issue.value.toFixed(2),
    ].join(','));
  }
  return rows.join('\n');
}

function escapeXml(text) {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

// EBU-TT-D style TTML for the broadcaster's playout system.
function renderTtml(cues, lang) {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="${lang}" ttp:timeBase="media">`,
    '<body><div>',
  ];
  for (const cue of cues) {
    const begin = formatTimestamp(cue.start, '.');
    const end = formatTimestamp(cue.end, '.');
    const dur = formatTimestamp(cue.end - cue.start, '.');
    out.push(`<p xml:id="c${cue.source}" begin="${begin}" end="${end}" dur="${dur}">${cue.lines.map(escapeXml).join('<br/>')}</p>`);
  }
  out.push('</div></body>', '</tt>');
  return out.join('\n');
}

// Timing sheet for the post-production supervisor: one row per delivered cue,
// original vs. retimed in/out points.
function renderTimingSheet(episode, aligned, translatedBySource) {
  const rows = ['episode,cue,vendor_in,vendor_out,in,out,duration,delta_ms'];
  for (const cue of aligned) {
    const vendor = translatedBySource.get(cue.source);
    rows.push([
      episode,
      cue.source,
      formatTimestamp(vendor.start, '.'),
      formatTimestamp(vendor.end, '.'),
      formatTimestamp(cue.start, '.'),
      formatTimestamp(cue.end, '.'),
      formatTimestamp(cue.end - cue.start, '.'),
      cue.start - vendor.start,
    ].join(','));
  }
  return rows.join('\n');
}

module.exports = { renderWebVtt, renderSubRip, renderTtml, renderQcReport, renderTimingSheet, formatTimestamp };
