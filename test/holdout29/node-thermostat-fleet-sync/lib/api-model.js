'use strict';
// Service description bundled with the vendor SDK (operations, paths, shapes).

const RESOURCES = ['devices', 'zones', 'schedules', 'boilers', 'hot-water', 'holidays', 'geofences', 'alerts', 'firmware', 'energy-reports', 'installers', 'homes'];
const VERBS = [['get', 'GET'], ['list', 'GET'], ['update', 'PUT'], ['create', 'POST'], ['delete', 'DELETE'], ['describe', 'GET'], ['patch', 'PATCH'], ['sync', 'POST'], ['reset', 'POST'], ['export', 'GET'], ['import', 'POST'], ['validate', 'POST']];
const MEMBER_TYPES = ['string', 'integer', 'number', 'boolean', 'timestamp', 'list', 'structure'];

function buildApiModel() {
  const operations = {};
  let seed = 11;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (const resource of RESOURCES) {
    for (const [verb, method] of VERBS) {
      const name = `${verb}${resource.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;
      const members = {};
      const nMembers = 6 + (next() % 10);
      for (let m = 0; m < nMembers; m++) {
        const type = MEMBER_TYPES[next() % MEMBER_TYPES.length];
        members[`${resource.replace('-', '')}Field${m}`] = {
          type,
          required: next() % 3 === 0,
          location: m === 0 ? 'uri' : next() % 4 === 0 ? 'querystring' : 'body',
          min: type === 'integer' || type === 'number' ? 0 : undefined,
          max: type === 'integer' ? 10000 : undefined,
          pattern: type === 'string' ? '^[A-Za-z0-9_-]{1,64}$' : undefined,
          documentation: `The ${m}th field of the ${name} request. See the integration guide for semantics and units.`,
        };
      }
      operations[name] = {
        http: { method, requestUri: `/v2/${resource}/{${resource.replace('-', '')}Field0}` },
        input: { members },
        errors: ['ThrottlingException', 'ValidationException', 'DeviceOfflineException'],
        documentation: `${verb} operation for ${resource}.`,
      };
    }
  }
  return { version: '2.0', metadata: { serviceId: 'HeatLink', protocol: 'rest-json', signingName: 'heatlink' }, operations };
}

module.exports = { API_MODEL_JSON: JSON.stringify(buildApiModel()) };
