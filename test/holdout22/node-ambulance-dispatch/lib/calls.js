'use strict';

const OPENINGS = [
  'hello yes i need an ambulance please',
  'ambulance please it is urgent',
  'hi sorry i am calling about my neighbour',
  'please come quickly',
  'i am with a man who',
  'my mum is',
  'my husband',
  'hello there has been an accident',
];

// Complaint fragments as callers actually say them; the triage stage has to
// find the clinical terms inside them.
const COMPLAINTS = [
  { text: 'has collapsed and is not breathing', weight: 2 },
  { text: 'is unconscious and we cannot wake him', weight: 3 },
  { text: 'has chest pain going down her left arm and is sweaty', weight: 6 },
  { text: 'is having difficulty breathing and his lips look blue', weight: 5 },
  { text: 'fell down the stairs and hit her head there is bleeding', weight: 6 },
  { text: 'has a slurred speech and her face is drooping on one side', weight: 3 },
  { text: 'is having a seizure and has been fitting for five minutes', weight: 3 },
  { text: 'took an overdose of tablets about an hour ago', weight: 2 },
  { text: 'has an allergic reaction with swelling of the face and throat', weight: 2 },
  { text: 'is in labour and the waters have broken', weight: 2 },
  { text: 'has a fall and cannot get up hip pain', weight: 8 },
  { text: 'has been vomiting all day and is very pale and dizzy', weight: 5 },
  { text: 'cut his hand badly with a saw heavy bleeding', weight: 3 },
  { text: 'has burns on the arm from a kettle', weight: 2 },
  { text: 'is choking on food and cannot speak', weight: 1 },
  { text: 'has abdominal pain and a high temperature', weight: 5 },
  { text: 'is confused and cold after being outside all night', weight: 2 },
  { text: 'was hit by a car and has leg pain and cannot walk', weight: 2 },
];

const CONTEXT = [
  'he is about {age}',
  'she is {age} years old',
  'they are {age}',
  'diabetic and on blood thinners',
  'no history of anything like this',
  'we are on the first floor',
  'the door is open',
  'there is a dog here',
  'i can see the red van outside',
  'it started ten minutes ago',
];

const STREET_ABBREVIATIONS = {
  Street: ['St', 'St.', 'Str'],
  Road: ['Rd', 'Rd.'],
  Lane: ['Ln', 'La'],
  Avenue: ['Ave', 'Av'],
  Terrace: ['Terr', 'Ter'],
  Gardens: ['Gdns', 'Gdn'],
  Crescent: ['Cres', 'Cresc'],
  Place: ['Pl'],
  Close: ['Cl'],
  Hill: ['Hl'],
};

const totalWeight = COMPLAINTS.reduce((s, c) => s + c.weight, 0);

function pickComplaint(rand) {
  let r = rand.next() * totalWeight;
  for (const c of COMPLAINTS) {
    r -= c.weight;
    if (r <= 0) return c.text;
  }
  return COMPLAINTS[COMPLAINTS.length - 1].text;
}

function spokenAddress(rand, place) {
  let street = place.street;
  const [stem, kind] = street.split(' ');
  if (rand.chance(0.6) && STREET_ABBREVIATIONS[kind]) street = `${stem} ${rand.pick(STREET_ABBREVIATIONS[kind])}`;
  if (rand.chance(0.3)) street = street.toUpperCase();
  const house = rand.chance(0.85) ? `${rand.int(1, place.houses)}${rand.chance(0.08) ? 'a' : ''} ` : '';
  const flat = rand.chance(0.1) ? `Flat ${rand.int(1, 9)}, ` : '';
  return `${flat}${house}${street}, ${rand.chance(0.2) ? place.town.toUpperCase() : place.town}`;
}

class CallGenerator {
  constructor(rand, gazetteer, { startTime, meanGapSeconds }) {
    this.rand = rand;
    this.gazetteer = gazetteer;
    this.clock = startTime;
    this.meanGapMs = meanGapSeconds * 1000;
    this.count = 0;
    this.recentCallers = [];
  }

  next() {
    const { rand } = this;
    this.clock += Math.round(-Math.log(1 - rand.next()) * this.meanGapMs);
    this.count += 1;
    // Busy incidents attract several callers from the same spot.
    if (this.recentCallers.length && rand.chance(0.07)) {
      const earlier = rand.pick(this.recentCallers);
      return { ...earlier, callId: `C${String(this.count).padStart(7, '0')}`, receivedAt: this.clock,
        callerNumber: this.callerNumber() };
    }
    const place = rand.pick(this.gazetteer.streetList);
    const age = rand.int(1, 97);
    const parts = [rand.pick(OPENINGS), pickComplaint(rand)];
    const contextCount = rand.int(1, 3);
    for (let i = 0; i < contextCount; i++) parts.push(rand.pick(CONTEXT).replace('{age}', String(age)));
    const call = {
      callId: `C${String(this.count).padStart(7, '0')}`,
      receivedAt: this.clock,
      callerNumber: this.callerNumber(),
      address: spokenAddress(rand, place),
      transcript: parts.join(', '),
      patient: { age, sex: rand.pick(['F', 'M']), conscious: null },
      source: rand.chance(0.9) ? '999' : '111-transfer',
    };
    this.recentCallers.push(call);
    if (this.recentCallers.length > 20) this.recentCallers.shift();
    return call;
  }

  callerNumber() {
    const { rand } = this;
    return `07${rand.int(100, 999)}${rand.int(100000, 999999)}`;
  }
}

module.exports = { CallGenerator, STREET_ABBREVIATIONS };
