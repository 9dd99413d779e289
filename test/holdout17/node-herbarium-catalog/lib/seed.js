'use strict';

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILIES = {
  Fagaceae: ['Quercus robur', 'Quercus petraea', 'Quercus ilex', 'Fagus sylvatica', 'Castanea sativa'],
  Rosaceae: ['Rosa canina', 'Crataegus monogyna', 'Prunus spinosa', 'Sorbus aucuparia', 'Potentilla erecta', 'Geum urbanum'],
  Orchidaceae: ['Orchis mascula', 'Dactylorhiza fuchsii', 'Ophrys apifera', 'Neottia ovata', 'Epipactis helleborine'],
  Asteraceae: ['Bellis perennis', 'Centaurea nigra', 'Achillea millefolium', 'Leucanthemum vulgare', 'Senecio jacobaea', 'Cirsium arvense'],
  Poaceae: ['Festuca rubra', 'Agrostis capillaris', 'Anthoxanthum odoratum', 'Briza media', 'Phleum pratense'],
  Ranunculaceae: ['Ranunculus acris', 'Anemone nemorosa', 'Caltha palustris', 'Clematis vitalba', 'Aquilegia vulgaris'],
  Ericaceae: ['Calluna vulgaris', 'Erica cinerea', 'Vaccinium myrtillus', 'Arbutus unedo'],
  Lamiaceae: ['Thymus polytrichus', 'Prunella vulgaris', 'Ajuga reptans', 'Mentha aquatica', 'Stachys sylvatica'],
};

const COLLECTORS = ['J.D. Hooker', 'A. Lister', 'E. Vachell', 'G.C. Druce', 'M. Ridley', 'C.E. Salmon', 'F. Townsend', 'W.H. Pearsall', 'K. Trethewey', 'S.M. Walters'];
const LOCALITIES = ['Ben Lawers, Perthshire', 'Burren, Co. Clare', 'Lizard Point, Cornwall', 'Upper Teesdale', 'Great Orme, Llandudno', 'Wicken Fen, Cambridgeshire', 'New Forest, Hampshire', 'Cheddar Gorge, Somerset', 'Isle of Rum', 'Malham Cove, Yorkshire', 'Box Hill, Surrey', 'Snowdon, Gwynedd'];
const HABITATS = ['chalk grassland', 'wet heath', 'ancient woodland', 'limestone pavement', 'coastal cliff', 'hay meadow', 'fen margin', 'montane ledge'];

function makeSpecimens(count, seed) {
  const rnd = mulberry32(seed);
  const families = Object.keys(FAMILIES);
  const out = [];
  for (let i = 0; i < count; i++) {
    const family = families[Math.floor(rnd() * families.length)];
    const taxa = FAMILIES[family];
    const scientificName = taxa[Math.floor(rnd() * taxa.length)];
    const year = 1820 + Math.floor(rnd() * 200);
    const collected = new Date(Date.UTC(year, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    out.push({
      id: `K${String(100000 + i)}`,
      family,
      scientificName,
      collector: COLLECTORS[Math.floor(rnd() * COLLECTORS.length)],
      locality: LOCALITIES[Math.floor(rnd() * LOCALITIES.length)],
      habitat: HABITATS[Math.floor(rnd() * HABITATS.length)],
      elevation: Math.floor(rnd() * 1200),
      collected,
      sheets: 1 + Math.floor(rnd() * 3),
      typeStatus: rnd() < 0.02 ? 'holotype' : rnd() < 0.05 ? 'isotype' : null,
    });
  }
  return out;
}

module.exports = { mulberry32, makeSpecimens, FAMILIES, COLLECTORS, LOCALITIES, HABITATS };
