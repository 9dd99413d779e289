import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type SchemaObject, SwaggerModule } from '@nestjs/swagger';

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
};

const error = (status: number, description: string) => ({ status, description, schema: errorSchema });

const listOf = (properties: Record<string, SchemaObject>): SchemaObject => ({
  type: 'object',
  properties: { items: { type: 'array', items: { type: 'object', properties } } },
});
const str: SchemaObject = { type: 'string' };
const num: SchemaObject = { type: 'number' };
const time: SchemaObject = { type: 'string', format: 'date-time' };

/** The bodies of successful answers, for the document. */
export const SCHEMAS: Record<'accepted' | 'pending' | 'profiles' | 'reports' | 'findings' | 'services', SchemaObject> = {
  accepted: {
    type: 'object',
    properties: {
      id: str,
      report: { type: 'string', description: 'Where to read the report: /v1/reports/<id>' },
      status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
      created: { type: 'boolean', description: 'False when these bytes were already submitted for this service' },
    },
    required: ['id', 'report'],
  },
  pending: { type: 'object', properties: { id: str, status: { type: 'string', enum: ['queued', 'running'] } } },
  profiles: listOf({ id: str, service: str, digest: str, format: str, bytes: num, commit: str, repo: str, pr: num, labels: { type: 'object' }, receivedAt: time }),
  reports: listOf({
    id: str,
    url: str,
    profileId: str,
    service: str,
    status: str,
    sampleType: str,
    error: { type: 'object', properties: { code: str, message: str } },
    attempts: num,
    createdAt: time,
    finishedAt: time,
  }),
  findings: listOf({
    id: str,
    reportId: str,
    report: str,
    service: str,
    ruleId: str,
    category: str,
    detector: str,
    severity: str,
    confidence: num,
    title: str,
    share: num,
    value: num,
    unit: str,
    file: str,
    line: num,
    function: str,
    createdAt: time,
  }),
  services: listOf({ name: str, createdAt: time }),
};

/** The error answers as OpenAPI responses, one place for their wording. */
export const ERROR_RESPONSES = {
  400: error(400, '`bad_request`: a missing or invalid query parameter'),
  401: error(401, '`unauthorized`: no token, or not a valid one'),
  404: error(404, '`not_found`: unknown id, or another tenant\'s'),
  413: error(413, '`profile_too_large`: the body or its decompressed content exceeds the limit'),
  415: error(415, '`unsupported_format`: no importer recognises the content, or an unknown `format` or `Content-Encoding`'),
  422: error(422, '`malformed_profile`: empty, truncated gzip, or (for a report) the reason the analysis failed'),
  429: error(429, '`rate_limited`: too many requests for this tenant; see `Retry-After`'),
  503: error(503, '`unavailable`: Redis or PostgreSQL is down; retry later (see `Retry-After`)'),
} as const;

/** The OpenAPI document at /openapi.json and its UI at /docs. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('hotpath')
    .setDescription(
      'Submit performance profiles, read the reports and findings hotpath makes of them. Every error answers `{ "error": { "code", "message" } }`. ' +
        'Every call but /health, /metrics and the documents needs `Authorization: Bearer <token>`; ids of another tenant answer 404.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}
