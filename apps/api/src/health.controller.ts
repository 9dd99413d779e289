import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AnalyzeQueue } from '@hotpath/jobs';
import type { Store } from '@hotpath/store';
import type { ServerResponse } from 'node:http';
import { QUEUE, STORE } from './deps';

const CHECK_TIMEOUT_MS = 2_000;

/** Liveness and readiness in one: 200 when Redis and PostgreSQL both answer, else 503 naming the one that did not. */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(STORE) private readonly store: Store,
    @Inject(QUEUE) private readonly queue: AnalyzeQueue,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Redis PING and PostgreSQL SELECT 1' })
  @ApiResponse({ status: 200, description: '`{ status: "ok", checks: { redis: "ok", postgres: "ok" } }`' })
  @ApiResponse({ status: 503, description: '`{ error: { code: "unavailable", message }, checks }`' })
  async health(@Res() res: ServerResponse): Promise<void> {
    const [redis, postgres] = await Promise.all([check(() => this.queue.ping()), check(() => this.store.ping())]);
    const checks = { redis, postgres };
    const down = Object.entries(checks).filter(([, v]) => v !== 'ok');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    if (down.length === 0) {
      res.statusCode = 200;
      res.end(JSON.stringify({ status: 'ok', checks }));
      return;
    }
    res.statusCode = 503;
    const message = down.map(([name, v]) => `${name}: ${v}`).join('; ');
    res.end(JSON.stringify({ error: { code: 'unavailable', message }, checks }));
  }
}

async function check(probe: () => Promise<void>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS))),
    ]);
    return 'ok';
  } catch (err) {
    return `down (${(err as Error).message})`;
  } finally {
    clearTimeout(timer);
  }
}
