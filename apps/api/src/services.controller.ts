import { Controller, Get, Inject, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FindingRow, ProfileRow, ReportRow, ReportStatus, Store, TimeRange } from '@hotpath/store';
import { AuthGuard } from './auth.guard';
import { postgres } from './dependency';
import { STORE } from './deps';
import { badRequest } from './errors';
import { ERROR_RESPONSES, SCHEMAS } from './openapi';
import { integer, text, time } from './params';
import { RateLimitGuard } from './rate-limit.guard';
import { storeArgument } from './submissions.service';
import { tenantOf, type TenantRequest } from './tenant';

const TIME_QUERIES = [
  ApiQuery({ name: 'from', required: false, description: 'Inclusive lower bound: ISO 8601 or Unix seconds' }),
  ApiQuery({ name: 'to', required: false, description: 'Exclusive upper bound: ISO 8601 or Unix seconds' }),
  ApiQuery({ name: 'limit', required: false, description: '1..1000, default 100; newest first' }),
];
const applyAll = (decorators: MethodDecorator[]): MethodDecorator => (target, key, descriptor) => {
  for (const d of decorators) d(target, key, descriptor);
};

/** Listings per service, newest first, always filtered by the caller's tenant. */
@ApiTags('services')
@ApiBearerAuth()
@Controller('v1/services')
@UseGuards(AuthGuard, RateLimitGuard)
@ApiResponse(ERROR_RESPONSES[401])
export class ServicesController {
  constructor(@Inject(STORE) private readonly store: Store) {}

  @Get()
  @ApiOperation({ summary: "The tenant's services" })
  @ApiResponse({ status: 200, description: 'Services by name', schema: SCHEMAS.services })
  async services(@Req() req: TenantRequest) {
    const rows = await postgres(() => this.store.listServices(tenantOf(req).id));
    return { items: rows.map((s) => ({ name: s.name, createdAt: s.createdAt })) };
  }

  @Get(':service/profiles')
  @ApiResponse({ status: 200, description: 'Newest first', schema: SCHEMAS.profiles })
  @ApiOperation({ summary: 'Profiles received for a service' })
  @ApiParam({ name: 'service' })
  @applyAll(TIME_QUERIES)
  @ApiResponse(ERROR_RESPONSES[400])
  async profiles(@Req() req: TenantRequest, @Param('service') service: string, @Query() q: Record<string, unknown>) {
    const rows = await postgres(() => this.store.listProfiles(tenantOf(req).id, service, range(q)).catch(storeArgument));
    return { items: rows.map(profileView) };
  }

  @Get(':service/reports')
  @ApiResponse({ status: 200, description: 'Newest first', schema: SCHEMAS.reports })
  @ApiOperation({ summary: 'Reports of a service' })
  @ApiParam({ name: 'service' })
  @applyAll(TIME_QUERIES)
  @ApiQuery({ name: 'status', required: false, enum: ['queued', 'running', 'done', 'failed'] })
  @ApiResponse(ERROR_RESPONSES[400])
  async reports(@Req() req: TenantRequest, @Param('service') service: string, @Query() q: Record<string, unknown>) {
    const status = text('status', q.status, 10, /^(queued|running|done|failed)$/, 'queued, running, done or failed') as ReportStatus | undefined;
    const rows = await postgres(() => this.store.listReports(tenantOf(req).id, service, { ...range(q), status }).catch(storeArgument));
    return { items: rows.map(reportView) };
  }

  @Get(':service/findings')
  @ApiResponse({ status: 200, description: 'Newest first', schema: SCHEMAS.findings })
  @ApiOperation({ summary: 'Findings of a service, one per row, filterable by category, rule and file' })
  @ApiParam({ name: 'service' })
  @applyAll(TIME_QUERIES)
  @ApiQuery({ name: 'category', required: false })
  @ApiQuery({ name: 'rule', required: false })
  @ApiQuery({ name: 'file', required: false })
  @ApiResponse(ERROR_RESPONSES[400])
  async findings(@Req() req: TenantRequest, @Param('service') service: string, @Query() q: Record<string, unknown>) {
    const filter = {
      ...range(q),
      category: text('category', q.category, 100),
      ruleId: text('rule', q.rule, 200),
      file: text('file', q.file, 1000),
    };
    const rows = await postgres(() => this.store.listFindings(tenantOf(req).id, service, filter).catch(storeArgument));
    return { items: rows.map(findingView) };
  }
}

function range(q: Record<string, unknown>): TimeRange {
  const from = time('from', q.from);
  const to = time('to', q.to);
  if (from && to && from >= to) throw badRequest('"from" must be before "to"');
  return { from, to, limit: integer('limit', q.limit, 1, 1000) };
}

const profileView = (p: ProfileRow) => ({
  id: p.id,
  service: p.service,
  digest: p.digest,
  format: p.format,
  bytes: p.bytes,
  commit: p.commit,
  repo: p.repo,
  pr: p.pr,
  labels: p.labels,
  receivedAt: p.receivedAt,
});

const reportView = (r: ReportRow) => ({
  id: r.id,
  url: `/v1/reports/${r.id}`,
  profileId: r.profileId,
  service: r.service,
  status: r.status,
  sampleType: r.sampleType,
  error: r.status === 'failed' ? { code: r.errorCode, message: r.errorMessage } : undefined,
  attempts: r.attempts,
  createdAt: r.createdAt,
  finishedAt: r.finishedAt,
});

const findingView = ({ tenantId: _tenant, ...f }: FindingRow) => ({ ...f, report: `/v1/reports/${f.reportId}` });
