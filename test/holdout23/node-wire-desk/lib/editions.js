'use strict';

const EDITIONS = [
  { code: 'uk-web', locale: 'en-GB', timeZone: 'Europe/London', desks: ['politics', 'business', 'general'] },
  { code: 'fr-culture', locale: 'fr-FR', timeZone: 'Europe/Paris', desks: ['culture'] },
  { code: 'de-wirtschaft', locale: 'de-DE', timeZone: 'Europe/Berlin', desks: ['business'] },
  { code: 'jp-sports', locale: 'ja-JP', timeZone: 'Asia/Tokyo', desks: ['sport'] },
  { code: 'cl-noticias', locale: 'es-CL', timeZone: 'America/Santiago', desks: ['politics'] },
];

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const UNSAFE = /[&<>"']/g;

function escapeHtml(text) {
  return text.replace(UNSAFE, (ch) => ESCAPES[ch]);
}

function formatDateline(timestamp, edition) {
  const formatter = new Intl.DateTimeFormat(edition.locale, {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: edition.timeZone,
  });
  return formatter.format(timestamp);
}

const EDITIONS_BY_DESK = new Map();
for (const edition of EDITIONS) {
  for (const desk of edition.desks) {
    if (!EDITIONS_BY_DESK.has(desk)) EDITIONS_BY_DESK.set(desk, []);
    EDITIONS_BY_DESK.get(desk).push(edition);
  }
}

function editionsFor(story) {
  return EDITIONS_BY_DESK.get(story.desk) || [];
}

function renderStory(story, edition) {
  const dateline = `${story.city.toUpperCase()}, ${formatDateline(story.filed, edition)}`;
  const [lede, ...rest] = story.paragraphs;
  const html = [
    `<article data-slug="${escapeHtml(story.slug)}" data-version="${story.version}" lang="${edition.locale}">`,
    story.alert ? `<p class="flash">${escapeHtml(story.alert)}</p>` : '',
    `<h1>${escapeHtml(story.headline)}</h1>`,
    `<p class="byline">${escapeHtml(story.byline)}</p>`,
    `<p class="lede"><span class="dateline">${escapeHtml(dateline)} -</span> ${escapeHtml(lede)}</p>`,
    ...rest.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<footer>${story.words} words · ${story.topTerms.map(escapeHtml).join(', ')}</footer>`,
    '</article>',
  ].join('\n');
  return { edition: edition.code, id: story.id, slug: story.slug, supersedes: story.supersedes, html };
}

module.exports = { EDITIONS, editionsFor, renderStory };
