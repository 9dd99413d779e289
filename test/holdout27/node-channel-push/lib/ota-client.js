'use strict';

const http = require('http');
const crypto = require('crypto');
const { OPERATIONS, API_VERSION } = require('./ota-model');

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

// Validators are generated as straight-line code per operation, the same way schema validators do.
function fieldCheck(field, ref, patterns) {
  switch (field.type) {
    case 'string': {
      let expr = `typeof ${ref} === 'string'`;
      if (field.maxLength) expr += ` && ${ref}.length <= ${field.maxLength}`;
      if (field.pattern) expr += ` && patterns[${patterns.push(new RegExp(field.pattern)) - 1}].test(${ref})`;
      return expr;
    }
    case 'date': return `typeof ${ref} === 'string' && DATE_RE.test(${ref})`;
    case 'integer': return `Number.isInteger(${ref})${field.min !== undefined ? ` && ${ref} >= ${field.min}` : ''}${field.max !== undefined ? ` && ${ref} <= ${field.max}` : ''}`;
    case 'number': return `typeof ${ref} === 'number'${field.min !== undefined ? ` && ${ref} >= ${field.min}` : ''}`;
    case 'enum': return `(${field.values.map((v) => `${ref} === ${JSON.stringify(v)}`).join(' || ')})`;
    default: return 'true';
  }
}

function generateValidator(fields, patterns) {
  const lines = [];
  for (const f of fields) {
    const ref = `input[${JSON.stringify(f.name)}]`;
    if (f.type === 'list') {
      lines.push(`if (${ref} !== undefined) {`, `  if (!Array.isArray(${ref})) return ${JSON.stringify(f.name)};`);
      lines.push(`  for (let i = 0; i < ${ref}.length; i++) {`, `    const item = ${ref}[i];`);
      for (const m of f.member) {
        const mref = `item[${JSON.stringify(m.name)}]`;
        lines.push(`    if (${mref} !== undefined && !(${fieldCheck(m, mref, patterns)})) return ${JSON.stringify(`${f.name}[].${m.name}`)};`);
      }
      lines.push('  }', '}');
    } else {
      lines.push(`if (${ref} !== undefined && !(${fieldCheck(f, ref, patterns)})) return ${JSON.stringify(f.name)};`);
    }
  }
  lines.push('return null;');
  return lines.join('\n');
}

function compileOperation(name, spec) {
  const patterns = [];
  const validate = new Function('input', 'patterns', 'DATE_RE', generateValidator(spec.fields, patterns));
  const pathParams = spec.fields.filter((f) => f.location === 'path').map((f) => f.name);
  const bodyFields = spec.fields.filter((f) => f.location !== 'path').map((f) => f.name);
  return {
    name,
    method: spec.method,
    validate: (input) => validate(input, patterns, DATE_RE),
    path(input) {
      return pathParams.reduce((p, k) => p.replace(`{${k}}`, encodeURIComponent(input[k])), spec.path);
    },
    body(input) {
      const out = { apiVersion: API_VERSION, operation: name };
      for (const f of bodyFields) if (input[f] !== undefined) out[f] = input[f];
      return JSON.stringify(out);
    },
  };
}

class OtaClient {
  constructor({ endpoint, channelId, secret, maxSockets = 4 }) {
    const url = new URL(endpoint);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.channelId = channelId;
    this.signingKey = crypto.createSecretKey(Buffer.from(secret, 'base64'));
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
    this.operations = new Map();
    for (const [name, spec] of Object.entries(OPERATIONS)) this.operations.set(name, compileOperation(name, spec));
    this.defaultHeaders = { 'content-type': 'application/json', 'x-ota-channel': channelId, 'user-agent': `ota-partner-sdk/3.4 (${API_VERSION})` };
  }

  send(operationName, input) {
    const op = this.operations.get(operationName);
    const invalid = op.validate(input);
    if (invalid) return Promise.reject(new Error(`invalid ${operationName}.${invalid}`));
    const body = op.body(input);
    const signature = crypto.createHmac('sha256', this.signingKey).update(body).digest('base64');
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: this.host, port: this.port, method: op.method, path: op.path(input), agent: this.agent,
        headers: { ...this.defaultHeaders, 'content-length': Buffer.byteLength(body), 'x-ota-signature': signature },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { OtaClient };
