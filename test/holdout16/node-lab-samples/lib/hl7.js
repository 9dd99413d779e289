'use strict';

// Just enough HL7 v2 to read ORU^R01 result messages from the middleware.

class Hl7FormatError extends Error {
  constructor(message) {
    super(message);
    this.name = 'Hl7FormatError';
  }
}

function parseMessage(text) {
  const segments = text.split('\r');
  if (!segments[0].startsWith('MSH|')) throw new Hl7FormatError('message does not start with MSH');
  const msg = { msh: null, pid: null, orders: [] };
  let order = null;
  for (const seg of segments) {
    if (!seg) continue;
    const fields = seg.split('|');
    switch (fields[0]) {
      case 'MSH':
        msg.msh = { sendingApp: fields[2], controlId: fields[9], sentAt: fields[6] };
        break;
      case 'PID': {
        const [family, given] = (fields[5] || '').split('^');
        msg.pid = { mrn: fields[3], family, given, dob: fields[7], sex: fields[8] };
        break;
      }
      case 'OBR': {
        const [panel] = (fields[4] || '').split('^');
        order = { accession: fields[2], panel, collectedAt: fields[7], observations: [] };
        msg.orders.push(order);
        break;
      }
      case 'OBX':
        if (!order) throw new Hl7FormatError('OBX before OBR');
        order.observations.push({ fields, notes: [] });
        break;
      case 'NTE': {
        const last = order && order.observations[order.observations.length - 1];
        if (last) last.notes.push(fields[3] || '');
        break;
      }
      default:
        break;
    }
  }
  if (!msg.pid) throw new Hl7FormatError('message has no PID segment');
  return msg;
}

module.exports = { parseMessage, Hl7FormatError };
