'use strict';

const fs = require('fs');
const path = require('path');

const RECALL_TYPES = {
  booster: { label: 'annual vaccination booster', intervalDays: 365, channel: 'sms' },
  kennelcough: { label: 'kennel cough vaccine', intervalDays: 365, channel: 'sms' },
  flea: { label: 'flea and tick treatment', intervalDays: 90, channel: 'sms' },
  worming: { label: 'worming treatment', intervalDays: 90, channel: 'email' },
  dental: { label: 'dental health check', intervalDays: 180, channel: 'email' },
  senior: { label: 'senior wellness clinic', intervalDays: 180, channel: 'email' },
};

const PRACTICES = [
  { id: 'P01', name: 'Riverside Veterinary Centre', phone: '01632 960 101', town: 'Ashford' },
  { id: 'P02', name: 'Oakwood Animal Hospital', phone: '01632 960 202', town: 'Barnstead' },
  { id: 'P03', name: 'Harbour Vets', phone: '01632 960 303', town: 'Porthaven' },
  { id: 'P04', name: 'Meadowbank Pet Clinic', phone: '01632 960 404', town: 'Kingsmere' },
  { id: 'P05', name: 'Castle Street Vets', phone: '01632 960 505', town: 'Dunmore' },
  { id: 'P06', name: 'Willowbrook Veterinary Surgery', phone: '01632 960 606', town: 'Eastleigh' },
];

const OWNER_FIRST = ['Sarah', 'James', 'Priya', 'Tom', 'Chloe', 'Daniel', 'Megan', 'Ravi', 'Laura', 'Owen', 'Fatima', 'Ben'];
const OWNER_LAST = ['Fletcher', 'Khan', 'Morgan', 'Reid', 'Bailey', 'Hughes', 'Okafor', 'Price', 'Shaw', 'Lloyd'];
const PETS = ['Bramble', 'Juno', 'Pickle', 'Scout', 'Hazel', 'Murphy', 'Tilly', 'Bruno', 'Olive', 'Fudge', 'Kiwi', 'Ziggy'];

function writeTemplates(templateDir) {
  for (const practice of PRACTICES) {
    const dir = path.join(templateDir, practice.id);
    fs.mkdirSync(dir, { recursive: true });
    for (const [type, def] of Object.entries(RECALL_TYPES)) {
      const intro = def.channel === 'sms'
        ? `Hi {{ownerFirst}}, {{petName}} is due their ${def.label} on {{dueDate}}.`
        : `Dear {{ownerFirst}} {{ownerLast}},\n\nOur records show that {{petName}} is due their ${def.label} on {{dueDate}}.`;
      const outro = def.channel === 'sms'
        ? ' {{> booking}}{{> optout}}'
        : `\n\n{{> booking}} Our ${practice.town} team look forward to seeing {{petName}}.\n\n` +
          '{{> hours}}\n' +
          'If {{petName}} has already had this treatment elsewhere please let us know so we can update our records.\n\n' +
          '{{> signature}}{{> optout}}';
      fs.writeFileSync(path.join(dir, `${type}.tmpl`), (def.channel === 'sms' ? '' : '{{> letterhead}}') + intro + outro);
    }
    if (practice.id === 'P03') {
      fs.mkdirSync(path.join(dir, 'overrides'));
      fs.writeFileSync(path.join(dir, 'overrides', '_hours.tmpl'), 'Opening hours: Mon-Sat 08:00-18:00 (harbour car park free for clients).');
    }
    fs.writeFileSync(path.join(dir, '_booking.tmpl'), `Book online at ${practice.id.toLowerCase()}.vets.example or call {{practicePhone}}.`);
    fs.writeFileSync(path.join(dir, '_letterhead.tmpl'), `${practice.name}\n${practice.town} | ${practice.phone}\n\n`);
    fs.writeFileSync(path.join(dir, '_hours.tmpl'), 'Opening hours: Mon-Fri 08:00-19:00, Sat 09:00-13:00. Out-of-hours emergencies are covered by our partner hospital.');
    fs.writeFileSync(path.join(dir, '_signature.tmpl'), `Kind regards,\nThe team at ${practice.name}\n\n`);
    fs.writeFileSync(path.join(dir, '_optout.tmpl'), ' Reply STOP to opt out. Ref {{recallRef}}.');
  }
}

function buildRecallQueue(rand, count) {
  const types = Object.keys(RECALL_TYPES);
  const jobs = [];
  const base = Date.UTC(2024, 9, 1);
  for (let i = 0; i < count; i++) {
    const practice = PRACTICES[Math.floor(rand() * PRACTICES.length)];
    const type = types[Math.floor(rand() * types.length)];
    const first = OWNER_FIRST[Math.floor(rand() * OWNER_FIRST.length)];
    const last = OWNER_LAST[Math.floor(rand() * OWNER_LAST.length)];
    const mobile = `07${String(700000000 + Math.floor(rand() * 299999999))}`;
    jobs.push({
      recallRef: `RC${practice.id}${String(i).padStart(6, '0')}`,
      practiceId: practice.id,
      recallType: type,
      channel: RECALL_TYPES[type].channel,
      dueDate: new Date(base + Math.floor(rand() * 28) * 86400000).toISOString().slice(0, 10),
      owner: {
        first, last,
        phone: rand() < 0.03 ? '01632 555 0199' : `${mobile.slice(0, 5)} ${mobile.slice(5)}`,
        email: `${first}.${last}${i % 97}@mail.example`.toLowerCase(),
      },
      petName: PETS[Math.floor(rand() * PETS.length)],
    });
  }
  return jobs;
}

module.exports = { PRACTICES, RECALL_TYPES, writeTemplates, buildRecallQueue };
