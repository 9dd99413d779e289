'use strict';

const { BREEDS, PRODUCTS, EXCESS_LEVELS, POSTCODE_AREAS } = require('./catalogue');

const breedIndex = new Map(BREEDS.map((b) => [`${b.species}:${b.name.toLowerCase()}`, b]));
const SPECIES_BASE = { dog: 31.5, cat: 17.2, rabbit: 9.8 };
const SIZE_FACTOR = { small: 0.94, medium: 1.0, large: 1.16, giant: 1.34 };

function ageFactor(species, ageMonths) {
  const years = ageMonths / 12;
  const senior = species === 'cat' ? 10 : species === 'rabbit' ? 5 : 8;
  if (years < 1) return 0.92;
  if (years < 3) return 1.0;
  if (years < senior) return 1.0 + (years - 3) * 0.085;
  return 1.0 + (senior - 3) * 0.085 + (years - senior) * 0.21;
}

function areaFactor(postcode) {
  const m = /^([A-Z]{1,2})\d/.exec(postcode);
  if (!m) return 1.0;
  return POSTCODE_AREAS[m[1]] || 1.0;
}

function claimsHistoryLoading(history) {
  let loading = 1.0;
  for (const claim of history) {
    const ageYears = claim.monthsAgo / 12;
    const weight = Math.exp(-ageYears / 2.5);
    loading += Math.min(0.35, (claim.amount / 1000) * 0.04) * weight;
  }
  return Math.min(loading, 2.2);
}

function formatPremium(amount, currency) {
  const fmt = new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: 2 });
  return fmt.format(amount);
}

function priceQuote(application) {
  const { pet, owner, cover } = application;
  const breed = breedIndex.get(`${pet.species}:${pet.breed.toLowerCase()}`);
  if (!breed) return { error: 'unknown-breed' };
  const base = SPECIES_BASE[pet.species];
  const risk = breed.risk * SIZE_FACTOR[breed.size] * ageFactor(pet.species, pet.ageMonths)
    * areaFactor(owner.postcode) * claimsHistoryLoading(pet.claims)
    * (pet.neutered ? 0.95 : 1.0) * (owner.multiPet ? 0.9 : 1.0);

  const lines = [];
  for (const product of PRODUCTS) {
    if (cover.products.length && !cover.products.includes(product.code)) continue;
    for (const excess of EXCESS_LEVELS) {
      const excessCredit = 1 - Math.min(0.3, excess / 700);
      const monthly = Math.round(base * product.baseRate * risk * excessCredit * 100) / 100;
      const annual = Math.round(monthly * 12 * 0.95 * 100) / 100;
      const ipt = Math.round(annual * 0.12 * 100) / 100;
      lines.push({
        product: product.code,
        productName: product.name,
        vetFeeLimit: product.vetFeeLimit,
        excess,
        monthly,
        annual,
        ipt,
        display: formatPremium(monthly, cover.currency),
      });
    }
  }
  lines.sort((a, b) => a.monthly - b.monthly);
  return { breedGroup: breed.group, riskScore: Math.round(risk * 1000) / 1000, lines };
}

module.exports = { priceQuote };
