import { Controller, HttpCode, Inject, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import { AuthGuard } from './auth.guard';
import { COMMIT, integer, REPO, service, text } from './params';
import { RateLimitGuard } from './rate-limit.guard';
import { type Accepted, SubmissionsService } from './submissions.service';
import { tenantOf, type TenantRequest } from './tenant';
import { ERROR_RESPONSES, SCHEMAS } from './openapi';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller('v1/profiles')
@UseGuards(AuthGuard, RateLimitGuard)
export class ProfilesController {
  constructor(@Inject(SubmissionsService) private readonly submissions: SubmissionsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Submit a profile for analysis',
    description:
      'The body is the profile: raw bytes (any format hotpath reads, recognised from content), optionally with `Content-Encoding: gzip`, or multipart/form-data with the profile in the part named `profile`. ' +
      'Only size and format are checked here; the analysis runs on a worker. The same bytes submitted again for the same service return the same report.',
  })
  @ApiConsumes('application/octet-stream', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'service', required: true, description: 'Service name: letters, digits and . _ : / -' })
  @ApiQuery({ name: 'format', required: false, description: 'Force a format (pprof, jfr, cpuprofile, speedscope, chrome-trace, perf-script, collapsed) instead of detecting it' })
  @ApiQuery({ name: 'sampleType', required: false, description: 'Sample type to analyse (e.g. cpu, wall, alloc_space); the profile default when absent' })
  @ApiQuery({ name: 'commit', required: false })
  @ApiQuery({ name: 'repo', required: false, description: 'owner/name' })
  @ApiQuery({ name: 'pr', required: false })
  @ApiResponse({ status: 202, description: 'Accepted; poll `report`', schema: SCHEMAS.accepted })
  @ApiResponse(ERROR_RESPONSES[400])
  @ApiResponse(ERROR_RESPONSES[401])
  @ApiResponse(ERROR_RESPONSES[413])
  @ApiResponse(ERROR_RESPONSES[415])
  @ApiResponse(ERROR_RESPONSES[422])
  @ApiResponse(ERROR_RESPONSES[429])
  @ApiResponse(ERROR_RESPONSES[503])
  submit(@Req() req: IncomingMessage & TenantRequest, @Query() q: Record<string, unknown>): Promise<Accepted> {
    const tenant = tenantOf(req);
    return this.submissions.submit(tenant.id, req, {
      service: service(q.service),
      format: text('format', q.format, 40),
      sampleType: text('sampleType', q.sampleType ?? q.sample_type, 200),
      commit: text('commit', q.commit, 64, COMMIT, 'a hex commit sha'),
      repo: text('repo', q.repo, 201, REPO, 'owner/name'),
      pr: integer('pr', q.pr, 1, 2 ** 31 - 1),
    });
  }
}
