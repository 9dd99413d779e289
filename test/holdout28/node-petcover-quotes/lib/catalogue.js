'use strict';

const BREEDS = [
  { species: 'dog', name: 'Labrador Retriever', group: 'gundog', risk: 1.12, size: 'large' },
  { species: 'dog', name: 'Golden Retriever', group: 'gundog', risk: 1.18, size: 'large' },
  { species: 'dog', name: 'Cocker Spaniel', group: 'gundog', risk: 1.05, size: 'medium' },
  { species: 'dog', name: 'Springer Spaniel', group: 'gundog', risk: 1.04, size: 'medium' },
  { species: 'dog', name: 'French Bulldog', group: 'utility', risk: 1.65, size: 'small' },
  { species: 'dog', name: 'English Bulldog', group: 'utility', risk: 1.72, size: 'medium' },
  { species: 'dog', name: 'Pug', group: 'toy', risk: 1.48, size: 'small' },
  { species: 'dog', name: 'Dachshund', group: 'hound', risk: 1.31, size: 'small' },
  { species: 'dog', name: 'German Shepherd', group: 'pastoral', risk: 1.36, size: 'large' },
  { species: 'dog', name: 'Border Collie', group: 'pastoral', risk: 0.97, size: 'medium' },
  { species: 'dog', name: 'Staffordshire Bull Terrier', group: 'terrier', risk: 1.02, size: 'medium' },
  { species: 'dog', name: 'Jack Russell Terrier', group: 'terrier', risk: 0.91, size: 'small' },
  { species: 'dog', name: 'Cavalier King Charles Spaniel', group: 'toy', risk: 1.44, size: 'small' },
  { species: 'dog', name: 'Cockapoo', group: 'crossbreed', risk: 1.0, size: 'medium' },
  { species: 'dog', name: 'Labradoodle', group: 'crossbreed', risk: 1.08, size: 'large' },
  { species: 'dog', name: 'Great Dane', group: 'working', risk: 1.58, size: 'giant' },
  { species: 'dog', name: 'Bernese Mountain Dog', group: 'working', risk: 1.62, size: 'giant' },
  { species: 'dog', name: 'Whippet', group: 'hound', risk: 0.88, size: 'medium' },
  { species: 'cat', name: 'Domestic Shorthair', group: 'moggy', risk: 0.82, size: 'small' },
  { species: 'cat', name: 'Domestic Longhair', group: 'moggy', risk: 0.86, size: 'small' },
  { species: 'cat', name: 'British Shorthair', group: 'pedigree', risk: 1.05, size: 'small' },
  { species: 'cat', name: 'Maine Coon', group: 'pedigree', risk: 1.14, size: 'medium' },
  { species: 'cat', name: 'Ragdoll', group: 'pedigree', risk: 1.12, size: 'medium' },
  { species: 'cat', name: 'Bengal', group: 'pedigree', risk: 1.09, size: 'small' },
  { species: 'cat', name: 'Siamese', group: 'pedigree', risk: 1.07, size: 'small' },
  { species: 'cat', name: 'Persian', group: 'pedigree', risk: 1.29, size: 'small' },
  { species: 'cat', name: 'Sphynx', group: 'pedigree', risk: 1.33, size: 'small' },
  { species: 'rabbit', name: 'Netherland Dwarf', group: 'small', risk: 0.74, size: 'small' },
  { species: 'rabbit', name: 'Lionhead', group: 'small', risk: 0.76, size: 'small' },
];

const PRODUCTS = [
  { code: 'ACC', name: 'Accident Only', vetFeeLimit: 2000, baseRate: 0.32, perCondition: true },
  { code: 'TL12', name: 'Time Limited 12m', vetFeeLimit: 4000, baseRate: 0.61, perCondition: true },
  { code: 'LIFE4', name: 'Lifetime 4000', vetFeeLimit: 4000, baseRate: 0.86, perCondition: false },
  { code: 'LIFE8', name: 'Lifetime 8000', vetFeeLimit: 8000, baseRate: 1.07, perCondition: false },
];

const EXCESS_LEVELS = [0, 99, 199];

const POSTCODE_AREAS = {
  SW: 1.42, SE: 1.38, N: 1.35, E: 1.33, W: 1.4, NW: 1.37, EC: 1.45, WC: 1.45,
  M: 1.18, B: 1.16, L: 1.14, LS: 1.12, BS: 1.13, CF: 1.06, EH: 1.08, G: 1.1,
  NE: 1.02, TR: 0.88, EX: 0.9, IV: 0.84, LL: 0.86, SA: 0.89, DG: 0.83, YO: 0.95,
  OX: 1.2, CB: 1.19, RG: 1.22, GU: 1.21, BN: 1.17, NR: 0.97, PE: 0.96, LN: 0.93,
};

const FIRST_NAMES = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Harry', 'Mia', 'Noah', 'Freya', 'Jack',
  'Sophie', 'Leo', 'Grace', 'Oscar', 'Lily', 'Arthur', 'Evie', 'Charlie', 'Poppy', 'Theo', 'Ruby', 'Alfie',
  'Ella', 'Jacob', 'Rosie', 'Henry', 'Imogen', 'Finley', 'Hannah', 'Archie'];
const SURNAMES = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel',
  'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson',
  'Clarke', 'Hughes', 'Edwards', 'Turner', 'Murphy', 'Hill', 'Moore', 'Cooper', 'Ward', 'Morris'];
const PET_NAMES = ['Bella', 'Max', 'Luna', 'Milo', 'Daisy', 'Teddy', 'Coco', 'Alfie', 'Willow', 'Bear',
  'Nala', 'Simba', 'Poppy', 'Ziggy', 'Maple', 'Biscuit', 'Pepper', 'Rolo', 'Honey', 'Otis', 'Mabel', 'Dexter'];

module.exports = { BREEDS, PRODUCTS, EXCESS_LEVELS, POSTCODE_AREAS, FIRST_NAMES, SURNAMES, PET_NAMES };
