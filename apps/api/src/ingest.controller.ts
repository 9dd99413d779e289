import { Controller, HttpCode, Inject, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import { AuthGuard } from './auth.guard';
import { badRequest, unsupported } from './errors';
import { ERROR_RESPONSES, SCHEMAS } from './openapi';
import { required, service as checkService, text, time } from './params';
import { RateLimitGuard } from './rate-limit.guard';
import { type Accepted, SubmissionsService } from './submissions.service';
import { tenantOf, type TenantRequest } from './tenant';

/** Pyroscope's `format` values and the importer each one means here. */
const PYROSCOPE_FORMATS: Record<string, string | undefined> = {
  pprof: 'pprof',
  jfr: 'jfr',
  folded: 'collapsed',
  collapsed: 'collapsed',
  speedscope: 'speedscope',
};

const MAX_TAGS = 32;

/**
 * Pyroscope's ingest endpoint, so an existing Pyroscope agent can push here
 * by pointing its server address at hotpath. The application name becomes
 * the service, its `{tag=value}` set the labels; the tenant comes from the
 * token as everywhere else (an `X-Scope-OrgID` header cannot choose one).
 */
@ApiTags('profiles')
@ApiBearerAuth()
@Controller('ingest')
@UseGuards(AuthGuard, RateLimitGuard)
export class IngestController {
  constructor(@Inject(SubmissionsService) private readonly submissions: SubmissionsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Pyroscope-compatible ingest',
    description:
      '`POST /ingest?name=<app>{tag=value,...}&format=pprof|jfr|folded&from=<unix s>&until=<unix s>&spyName=...` with the profile as the body (gzipped pprof from the Node agent) or multipart field `profile` (Go, Java, Python agents). ' +
      'Auth: Bearer token, or Basic with the token as password. Pyroscope\'s `trie`, `tree` and `lines` formats are not read.',
  })
  @ApiConsumes('application/octet-stream', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'name', required: true, description: 'app name with optional tags: `checkout{env=prod,region=eu}`' })
  @ApiQuery({ name: 'format', required: false, description: 'pprof (default), jfr, folded, speedscope' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'until', required: false })
  @ApiResponse({ status: 200, description: 'Accepted (Pyroscope agents expect 200)', schema: SCHEMAS.accepted })
  @ApiResponse(ERROR_RESPONSES[401])
  @ApiResponse(ERROR_RESPONSES[413])
  @ApiResponse(ERROR_RESPONSES[415])
  @ApiResponse(ERROR_RESPONSES[429])
  ingest(@Req() req: IncomingMessage & TenantRequest, @Query() q: Record<string, unknown>): Promise<Accepted> {
    const tenant = tenantOf(req);
    const { service: name, tags } = parseAppName(required('name', q.name));
    const service = checkService(name);
    const given = text('format', q.format, 20) ?? 'pprof';
    if (!PYROSCOPE_FORMATS[given]) throw unsupported(`Pyroscope format ${JSON.stringify(given)} is not supported (use ${Object.keys(PYROSCOPE_FORMATS).join(', ')})`);
    const from = time('from', q.from);
    const until = time('until', q.until);
    const spy = text('spyName', q.spyName, 64);
    const labels: Record<string, string> = { ...tags };
    if (from) labels['pyroscope.from'] = from.toISOString();
    if (until) labels['pyroscope.until'] = until.toISOString();
    if (spy) labels['pyroscope.spyName'] = spy;
    labels['pyroscope.format'] = given;
    // The content decides the importer, as for every upload; Pyroscope's format name only has to be one hotpath reads.
    return this.submissions.submit(tenant.id, req, { service, labels });
  }
}

/** `app.name{k=v,k2=v2}` → service and tags (Pyroscope's segment key syntax). */
export function parseAppName(name: string): { service: string; tags: Record<string, string> } {
  const brace = name.indexOf('{');
  if (brace === -1) return { service: name, tags: {} };
  if (!name.endsWith('}')) throw badRequest(`query parameter "name" has an unclosed tag set: ${JSON.stringify(name.slice(0, 80))}`);
  const service = name.slice(0, brace);
  const tags: Record<string, string> = {};
  const body = name.slice(brace + 1, -1).trim();
  if (body === '') return { service, tags };
  const pairs = body.split(',');
  if (pairs.length > MAX_TAGS) throw badRequest(`query parameter "name" has more than ${MAX_TAGS} tags`);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (eq <= 0 || key === '') throw badRequest(`tag ${JSON.stringify(pair.slice(0, 40))} in "name" is not key=value`);
    if (key.length > 128 || value.length > 1024) throw badRequest(`tag ${JSON.stringify(key.slice(0, 40))} in "name" is too long (name ≤ 128, value ≤ 1024 characters)`);
    tags[key] = value;
  }
  return { service, tags };
}
