'use strict';

const fs = require('fs');
const path = require('path');
const { createRng } = require('./rng');

const FIRST = ['Amara', 'Bjorn', 'Chiara', 'Dmitri', 'Esi', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemi',
  'Luca', 'Maya', 'Nikolai', 'Olu', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yara'];
const LAST = ['Abara', 'Bergstrom', 'Costa', 'Dubois', 'Eze', 'Fischer', 'Gupta', 'Haddad', 'Ivanova', 'Jensen',
  'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Osei', 'Patel', 'Quinn', 'Rossi', 'Santos', 'Tanaka', 'Varga', 'Weber'];
const CITIES = ['London', 'Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff', 'Belfast', 'Birmingham', 'Remote'];
const EMPLOYERS = ['Hartley & Finch LLP', 'Northgate Recruitment', 'Bramble Health NHS Trust', 'Quayside Logistics',
  'Marlow Analytics', 'Fenwick Retail Group', 'Orchard Software', 'Stanton Insurance', 'Civic Housing Assoc.'];
const TITLES = ['Paralegal', 'Legal Secretary', 'HR Advisor', 'Talent Acquisition Partner', 'Payroll Officer',
  'Employment Solicitor', 'Contracts Manager', 'Data Analyst', 'Software Engineer', 'Compliance Officer',
  'Recruitment Coordinator', 'People Operations Lead'];
const SKILL_WORDS = ['employment law', 'Employment-Law', 'contract drafting', 'due diligence', 'GDPR', 'data protection',
  'litigation support', 'case management', 'payroll', 'PAYE', 'onboarding', 'ATS', 'Workday', 'SAP SuccessFactors',
  'interviewing', 'sourcing', 'Boolean search', 'Excel', 'SQL', 'Python', 'JavaScript', 'TypeScript', 'Node.js',
  'negotiation', 'TUPE', 'right to work checks', 'DBS checks', 'employee relations', 'mediation', 'disciplinaries',
  'e-disclosure', 'Relativity', 'conveyancing', 'legal research', 'Westlaw', 'LexisNexis', 'stakeholder management'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const TAXONOMY = [
  { skill: 'employment-law', aliases: ['employment law', 'employment-law', 'employee relations', 'TUPE'] },
  { skill: 'contracts', aliases: ['contract drafting', 'contracts', 'negotiation'] },
  { skill: 'due-diligence', aliases: ['due diligence', 'DD'] },
  { skill: 'data-protection', aliases: ['GDPR', 'data protection', 'DPA 2018'] },
  { skill: 'litigation', aliases: ['litigation support', 'e-disclosure', 'Relativity', 'case management'] },
  { skill: 'payroll', aliases: ['payroll', 'PAYE', 'pensions auto-enrolment'] },
  { skill: 'recruiting', aliases: ['sourcing', 'Boolean search', 'interviewing', 'ATS'] },
  { skill: 'hris', aliases: ['Workday', 'SAP SuccessFactors', 'BambooHR'] },
  { skill: 'compliance', aliases: ['right to work checks', 'DBS checks', 'AML'] },
  { skill: 'analytics', aliases: ['Excel', 'SQL', 'Python', 'Power BI'] },
  { skill: 'software', aliases: ['JavaScript', 'TypeScript', 'Node.js', 'Python'] },
  { skill: 'research', aliases: ['legal research', 'Westlaw', 'LexisNexis'] },
  { skill: 'people', aliases: ['mediation', 'disciplinaries', 'stakeholder management', 'onboarding'] },
  { skill: 'property', aliases: ['conveyancing', 'land registry'] },
];

function dateText(rng, year, month) {
  const style = rng.int(0, 15);
  if (style >= 4) return `${MONTHS[month]} ${year}`;
  switch (style) {
    case 0: return `${MONTHS[month]} ${year}`;
    case 1: return `${String(month + 1).padStart(2, '0')}/${year}`;
    case 2: return `${year}-${String(month + 1).padStart(2, '0')}`;
    case 3: return `${MONTHS[month]}-${String(year).slice(2)}`;
    default: return `${year}`;
  }
}

function resumeText(rng, i) {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const lines = [
    `Name: ${first} ${last}`,
    `Email: ${first.toLowerCase()}.${last.toLowerCase()}${i % 7919}@example.org`,
    `Phone: +44 7${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
    `Location: ${rng.pick(CITIES)}`,
    `Expected salary: ${rng.int(24, 95)}000`,
    'Experience:',
  ];
  let year = 2024;
  let month = rng.int(0, 11);
  const roles = rng.int(2, 6);
  for (let r = 0; r < roles; r++) {
    const startYear = year - rng.int(0, 4);
    const startMonth = rng.int(0, 11);
    const end = r === 0 ? (rng.next() < 0.65 ? rng.pick(['Present', 'present', 'Current', 'to date']) : dateText(rng, year, month)) : dateText(rng, year, month);
    lines.push(`- ${rng.pick(TITLES)} at ${rng.pick(EMPLOYERS)} | ${dateText(rng, startYear, startMonth)} - ${end}`);
    lines.push(`  ${Array.from({ length: 3 }, () => rng.pick(SKILL_WORDS)).join(', ')} for a team of ${rng.int(2, 40)}.`);
    year = startYear - rng.int(0, 1);
    month = startMonth;
  }
  lines.push(`Skills: ${Array.from({ length: rng.int(4, 10) }, () => rng.pick(SKILL_WORDS)).join(', ')}`);
  lines.push(`Education: ${rng.pick(['LLB', 'BA History', 'BSc Psychology', 'CIPD Level 5', 'LPC', 'MSc Data Science'])}`);
  return lines.join('\n');
}

function writeCorpus(dir, rng, { applicants, perFile, requisitions }) {
  fs.mkdirSync(dir, { recursive: true });
  const reqs = [];
  for (let r = 0; r < requisitions; r++) {
    const required = new Set();
    while (required.size < 4) required.add(rng.pick(TAXONOMY).skill);
    reqs.push({
      id: `REQ-${2400 + r}`,
      title: rng.pick(TITLES),
      city: rng.pick(CITIES),
      minMonths: rng.int(6, 60),
      salaryMax: rng.int(30, 100) * 1000,
      required: [...required],
    });
  }
  fs.writeFileSync(path.join(dir, 'requisitions.json'), JSON.stringify(reqs, null, 2));
  const files = [];
  for (let start = 0; start < applicants; start += perFile) {
    const block = [];
    for (let i = start; i < Math.min(applicants, start + perFile); i++) {
      // Applicants often apply to several openings; repeat an earlier person now and then.
      const who = i > 50 && rng.next() < 0.3 ? rng.int(0, i - 1) : i;
      const sub = createRng(1000003 * (who + 1));
      block.push(`Applied for: ${rng.pick(reqs).id}\n${resumeText(sub, who)}`);
    }
    const file = path.join(dir, `applications-${String(files.length + 1).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, block.join('\n====\n'));
    files.push(file);
  }
  return files;
}

module.exports = { TAXONOMY, MONTHS, writeCorpus };
