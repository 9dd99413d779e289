'use strict';

// Members can leave a notes module for a glaze (maximum cone, handling
// warnings). Most glazes have none.
function glazeNotes(glazeName) {
  try {
    return require(`./glazeNotes/${glazeName}`);
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') return null;
    throw err;
  }
}

const CONE_ORDER = ['none', '06', '04', '01', '2', '4', '6', '8', '10'];

function overFired(notes, cone) {
  return notes && CONE_ORDER.indexOf(cone) > CONE_ORDER.indexOf(notes.maxCone);
}

module.exports = { glazeNotes, overFired };
