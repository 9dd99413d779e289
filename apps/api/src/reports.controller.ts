import { Controller, Get, Inject, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type Report, renderHtml, renderJson, renderMarkdown, renderSarif, renderText } from '@hotpath/report';
import type { Store } from '@hotpath/store';
import type { ServerResponse } from 'node:http';
import { AuthGuard } from './auth.guard';
import { postgres } from './dependency';
import { STORE } from './deps';
import { ApiError, badRequest, notFound } from './errors';
import { ERROR_RESPONSES, SCHEMAS } from './openapi';
import { RateLimitGuard } from './rate-limit.guard';
import { tenantOf, type TenantRequest } from './tenant';

/** The views of the one canonical report, and what each is served as. */
const VIEWS: Record<string, { type: string; render: (r: Report) => string }> = {
  json: { type: 'application/json; charset=utf-8', render: (r) => renderJson(withoutFlameGraph(r)) },
  markdown: { type: 'text/markdown; charset=utf-8', render: (r) => renderMarkdown(r) },
  sarif: { type: 'application/sarif+json; charset=utf-8', render: (r) => renderSarif(r) },
  html: { type: 'text/html; charset=utf-8', render: (r) => renderHtml(r) },
  text: { type: 'text/plain; charset=utf-8', render: (r) => renderText(r, { color: false }) },
};

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/reports')
@UseGuards(AuthGuard, RateLimitGuard)
export class ReportsController {
  constructor(@Inject(STORE) private readonly store: Store) {}

  @Get(':id')
  @ApiOperation({ summary: 'A report, in one of its views', description: '200 with the report when done; 202 `{ status }` while queued or running; 422 with the reason when the profile could not be analysed.' })
  @ApiParam({ name: 'id', description: 'The id returned by POST /v1/profiles' })
  @ApiQuery({ name: 'format', required: false, enum: Object.keys(VIEWS), description: 'Default json (the report contract of DESIGN.md)' })
  @ApiResponse({ status: 200, description: 'The report in the asked view' })
  @ApiResponse({ status: 202, description: 'Not analysed yet', schema: SCHEMAS.pending })
  @ApiResponse(ERROR_RESPONSES[401])
  @ApiResponse(ERROR_RESPONSES[404])
  @ApiResponse(ERROR_RESPONSES[422])
  async get(@Req() req: TenantRequest, @Param('id') id: string, @Query('format') format: unknown, @Res() res: ServerResponse): Promise<void> {
    const name = format === undefined ? 'json' : String(format);
    const view = VIEWS[name];
    if (!view || Array.isArray(format)) throw badRequest(`format must be one of ${Object.keys(VIEWS).join(', ')}, not ${JSON.stringify(String(format).slice(0, 40))}`);
    const row = await postgres(() => this.store.getReport(tenantOf(req).id, id));
    if (!row) throw notFound(`report ${JSON.stringify(id.slice(0, 80))}`);
    if (row.status === 'failed') throw new ApiError(422, row.errorCode ?? 'internal', row.errorMessage ?? 'the analysis failed');
    if (row.status !== 'done') {
      send(res, 202, 'application/json; charset=utf-8', JSON.stringify({ id: row.id, status: row.status }));
      return;
    }
    send(res, 200, view.type, view.render(row.report as Report));
  }
}

function withoutFlameGraph(report: Report): Report {
  const { flameGraph: _omitted, ...rest } = report;
  return rest;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(body);
}
