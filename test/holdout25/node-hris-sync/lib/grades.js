'use strict';

// Firm-wide job architecture: every HRIS job title maps to a family and grade.
const FAMILIES = {
  'Legal': ['Trainee Solicitor', 'Junior Associate', 'Associate', 'Senior Associate', 'Senior Rechtsanwalt',
    'Rechtsanwalt', 'Counsel', 'Legal Director', 'Partner', 'Paralegal', 'Senior Paralegal', 'Legal Assistant',
    'Referent Recht', 'Knowledge Lawyer', 'Knowledge Manager'],
  'People': ['Human Resources Manager', 'Human Resources Coordinator', 'Human Resources Business Partner',
    'Recruitment Coordinator', 'Talent Acquisition Partner', 'Learning Specialist', 'Reward Analyst'],
  'Business Services': ['Executive Assistant', 'Practice Manager', 'Office Administrator', 'Facilities Coordinator',
    'Finance Administrator', 'Finance Manager', 'Billing Specialist', 'Credit Controller'],
  'Technology': ['IT Specialist', 'IT Manager', 'Service Desk Analyst', 'Developer', 'Data Analyst', 'Architect'],
};

function buildCatalogue() {
  const positions = [];
  for (const [family, titles] of Object.entries(FAMILIES)) {
    titles.forEach((title, i) => {
      const aliases = [title, title.replace('Senior', 'Snr'), title.replace('Manager', 'Mgr'), `${title} (Interim)`,
        `${title} - Maternity Cover`, `Acting ${title}`];
      positions.push({ family, grade: `${family[0]}${Math.min(9, 1 + i)}`, title, aliases: [...new Set(aliases)] });
    });
  }
  return positions;
}

const CATALOGUE = buildCatalogue();

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function gradeFor(jobTitle) {
  const position = CATALOGUE.find((p) => p.aliases.some((alias) => new RegExp(`^${escapeRegExp(alias)}$`, 'i').test(jobTitle)));
  return position ? { family: position.family, grade: position.grade } : { family: 'Unmapped', grade: 'U0' };
}

module.exports = { gradeFor, CATALOGUE };
