'use strict';

const GENERA = {
  Ranunculaceae: ['Ranunculus', 'Anemone', 'Clematis', 'Caltha'],
  Orchidaceae: ['Dactylorhiza', 'Ophrys', 'Orchis', 'Epipactis'],
  Poaceae: ['Festuca', 'Agrostis', 'Poa', 'Bromus', 'Molinia'],
  Asteraceae: ['Hieracium', 'Taraxacum', 'Senecio', 'Centaurea'],
  Rosaceae: ['Rubus', 'Sorbus', 'Alchemilla', 'Potentilla'],
  Cyperaceae: ['Carex', 'Eriophorum', 'Scirpus'],
};
const EPITHETS = ['acris', 'repens', 'montana', 'palustris', 'sylvatica', 'vulgaris', 'alpina',
  'officinalis', 'nemorosa', 'pratensis', 'rupestris', 'maritima', 'arvensis', 'minor', 'elata'];
const SURNAMES = ['Druce', 'Babington', 'Hooker', 'Lightfoot', 'Marshall', 'Salmon', 'Ley', 'Linton',
  'Pugsley', 'Wilmott', 'Sell', 'Perring', 'Clapham', 'Tansley', 'Watson', 'Syme'];
const INITIALS = ['G.C.', 'C.C.', 'W.J.', 'J.', 'E.S.', 'C.E.', 'A.', 'W.R.', 'H.W.', 'A.J.', 'P.D.', 'F.H.'];
const COUNTRIES = {
  GB: { name: 'United Kingdom', lat: [49.9, 60.9], lon: [-8.2, 1.8] },
  IE: { name: 'Ireland', lat: [51.4, 55.4], lon: [-10.5, -6.0] },
  FR: { name: 'France', lat: [42.3, 51.1], lon: [-4.8, 8.2] },
  NO: { name: 'Norway', lat: [57.9, 71.2], lon: [4.6, 31.1] },
  CH: { name: 'Switzerland', lat: [45.8, 47.8], lon: [5.9, 10.5] },
};
const HABITATS = ['wet meadow', 'limestone grassland', 'oak woodland edge', 'blanket bog', 'sea cliff ledge',
  'roadside verge', 'calcareous flush', 'scree slope', 'hay meadow', 'dune slack'];

function checklist() {
  const taxa = [];
  for (const [family, genera] of Object.entries(GENERA)) {
    for (const genus of genera) {
      for (const ep of EPITHETS) taxa.push({ family, genus, epithet: ep, name: `${genus} ${ep}` });
    }
  }
  return taxa;
}

function pad(n, w) { return String(n).padStart(w, '0'); }

// Each collector is a real person with fixed initials; transcribers write the
// name either way round.
function collectors(rng, count) {
  const people = [];
  for (let i = 0; i < count; i++) people.push({ initials: rng.pick(INITIALS), surname: SURNAMES[i % SURNAMES.length] });
  return people;
}

// Writes the digitisation team's raw export: tab separated, with the date and
// collector fields in whatever form the transcriber typed.
function writeExport(rng, taxa, count) {
  const people = collectors(rng, 200);
  const gatherings = [];
  const lines = ['barcode\tcollector\tnumber\tdate\ttaxon\tcountry\tlocality\thabitat\tlat\tlon\televation'];
  for (let i = 0; i < count; i++) {
    const taxon = rng.pick(taxa);
    const countryCode = rng.pick(Object.keys(COUNTRIES));
    const c = COUNTRIES[countryCode];
    const year = rng.int(1850, 2015), month = rng.int(1, 12), day = rng.int(1, 28);
    const style = rng.int(0, 3);
    const date = style === 0 ? `${year}-${pad(month, 2)}-${pad(day, 2)}`
      : style === 1 ? `${day}/${month}/${year}`
      : style === 2 ? `${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} ${year}`
      : `${year}`;
    const duplicate = gatherings.length > 0 && rng.chance(0.12);
    const g = duplicate ? rng.pick(gatherings) : { person: rng.pick(people), number: rng.int(1, 9000), date, taxon };
    if (!duplicate && gatherings.length < 5000) gatherings.push(g);
    const { initials, surname } = g.person;
    const collector = rng.chance(0.5) ? `${initials} ${surname}` : `${surname}, ${initials}`;
    const outside = rng.chance(0.02);
    const lat = outside ? -c.lat[0] : c.lat[0] + rng.next() * (c.lat[1] - c.lat[0]);
    const lon = c.lon[0] + rng.next() * (c.lon[1] - c.lon[0]);
    lines.push([
      `E${pad(1000000 + i, 8)}`, collector, g.number, g.date,
      rng.chance(0.1) ? g.taxon.name.toUpperCase() : g.taxon.name,
      countryCode, `${rng.pick(['near', 'above', 'below', 'W of', 'N of'])} ${surname}ton`,
      rng.pick(HABITATS), lat.toFixed(5), lon.toFixed(5), rng.chance(0.7) ? rng.int(0, 2400) : '',
    ].join('\t'));
  }
  return lines.join('\n') + '\n';
}

module.exports = { checklist, writeExport, COUNTRIES };
