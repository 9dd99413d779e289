'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]));
}

// Writes one Charities Online style claim file per batch with an IRmark-like digest.
function writeClaimFile(dir, charityRef, batch) {
  const rows = [];
  let total = 0;
  for (const item of batch.lines) {
    total += item.donation.amount;
    const d = item.donor;
    rows.push(item.status === 'gasds'
      ? `<GASDS><Date>${item.donation.date}</Date><Total>${item.donation.amount.toFixed(2)}</Total></GASDS>`
      : `<GAD><Donor><Ttl>${escapeXml(d.title)}</Ttl><Fore>${escapeXml(d.firstName)}</Fore><Sur>${escapeXml(d.surname)}</Sur>` +
        `<House>${escapeXml(d.house)}</House><Postcode>${escapeXml(d.postcode)}</Postcode></Donor>` +
        `<Date>${item.donation.date}</Date><Total>${item.donation.amount.toFixed(2)}</Total></GAD>`);
  }
  const body = `<Claim><OrgName>Riverside Hospice Trust</OrgName><HMRCref>${charityRef}</HMRCref><TaxYear>${batch.key.split('|')[0]}</TaxYear>` +
    `<Repayment>${rows.join('')}</Repayment><Total>${total.toFixed(2)}</Total></Claim>`;
  const mark = crypto.createHash('sha1').update(body).digest('base64');
  const file = path.join(dir, `claim-${batch.key.replace('|', '-')}-${batch.seq}.xml`);
  fs.writeFileSync(file, `<?xml version="1.0"?><GovTalkMessage><IRmark>${mark}</IRmark>${body}</GovTalkMessage>`);
  return { file, total, lines: batch.lines.length };
}

module.exports = { writeClaimFile };
