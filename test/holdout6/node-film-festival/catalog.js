'use strict';

const FILMS = [
  { id: 'F01', title: 'The Salt Road', aliases: ['salt road', 'the salt road'] },
  { id: 'F02', title: 'Northern Lights Over Kiruna', aliases: ['northern lights', 'kiruna'] },
  { id: 'F03', title: 'A Quiet Harbour', aliases: ['quiet harbour', 'quiet harbor'] },
  { id: 'F04', title: 'Marrow', aliases: ['marrow'] },
  { id: 'F05', title: 'Ten Thousand Lanterns', aliases: ['10000 lanterns', 'ten thousand lanterns', 'lanterns'] },
  { id: 'F06', title: 'Glass Orchard', aliases: ['glass orchard', 'the orchard'] },
  { id: 'F07', title: 'Sister of the Tide', aliases: ['sister of the tide', 'the tide'] },
  { id: 'F08', title: 'Paper Moons (Short Programme 2)', aliases: ['paper moons', 'shorts 2'] },
  { id: 'F09', title: 'Low Season', aliases: ['low season'] },
  { id: 'F10', title: 'Kestrel', aliases: ['kestrel'] },
  { id: 'F11', title: 'The Cartographer\'s Daughter', aliases: ['cartographer', 'cartographers daughter'] },
  { id: 'F12', title: 'Dust & Ember', aliases: ['dust and ember', 'dust & ember'] },
  { id: 'F13', title: 'Midnight Ferry', aliases: ['midnight ferry', 'the ferry'] },
  { id: 'F14', title: 'Cobalt', aliases: ['cobalt'] },
  { id: 'F15', title: 'Winter Allotment', aliases: ['winter allotment', 'allotment'] },
  { id: 'F16', title: 'Seven Bridges', aliases: ['seven bridges', '7 bridges'] },
];

function escapeForPattern(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Maps the free-text "film" field of a ballot to a catalogue entry.
function resolveFilm(freeText) {
  for (const film of FILMS) {
    for (const alias of film.aliases) {
      const pattern = new RegExp('\\b' + escapeForPattern(alias) + '\\b', 'i');
      if (pattern.test(freeText)) return film;
    }
  }
  return null;
}

module.exports = { FILMS, resolveFilm };
