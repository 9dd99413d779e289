'use strict';

const FREE_HOURS = 48;
const FEE_PER_DAY = { S: 250, M: 350, L: 500 }; // grosze

function storageFeeGrosze(parcel, now) {
  const hours = (now - parcel.depositedAt) / 3600e3;
  if (hours <= FREE_HOURS) return 0;
  return Math.ceil((hours - FREE_HOURS) / 24) * FEE_PER_DAY[parcel.size];
}

function formatPln(grosze) {
  const zl = Math.floor(grosze / 100);
  const gr = String(grosze % 100).padStart(2, '0');
  return `${zl},${gr} zł`;
}

function maskPhone(phone) {
  return phone.slice(0, 3) + ' *** ' + phone.slice(-3);
}

function describeParcel(parcel, now) {
  const fee = storageFeeGrosze(parcel, now);
  return {
    tracking: parcel.tracking,
    locker: parcel.locker,
    size: parcel.size,
    recipient: parcel.recipient.name,
    phone: maskPhone(parcel.recipient.phone),
    depositedAt: new Date(parcel.depositedAt).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'medium', timeStyle: 'short' }),
    hoursWaiting: Math.round((now - parcel.depositedAt) / 3600e3),
    fee: formatPln(fee),
    overdue: fee > 0,
  };
}

function siteStatus(site, now) {
  const parcels = [];
  const bySize = { S: { total: 0, free: 0 }, M: { total: 0, free: 0 }, L: { total: 0, free: 0 } };
  for (const l of site.lockers) {
    bySize[l.size].total++;
    if (l.parcel) parcels.push(describeParcel(l.parcel, now));
    else bySize[l.size].free++;
  }
  parcels.sort((a, b) => b.hoursWaiting - a.hoursWaiting);
  return {
    site: site.code,
    city: site.city,
    address: site.address,
    capacity: bySize,
    occupied: parcels.length,
    overdue: parcels.filter((p) => p.overdue).length,
    parcels,
  };
}

module.exports = { siteStatus, storageFeeGrosze, formatPln };
