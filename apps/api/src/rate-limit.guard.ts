import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { ApiConfig } from './config';
import { redis } from './dependency';
import { CONFIG, REDIS } from './deps';
import { ApiError } from './errors';
import { tenantOf, type TenantRequest } from './tenant';

/**
 * A fixed window per tenant in Redis, opened by the tenant's first request
 * and counted with INCR. Writes (submissions) and reads have
 * separate budgets, so polling for a report never uses up the right to
 * submit. Shared by every API process, since the counter lives in Redis.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: ApiConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<IncomingMessage & TenantRequest>();
    const tenant = tenantOf(req);
    const write = req.method === 'POST';
    const limit = write ? this.config.rateLimitWrites : this.config.rateLimitReads;
    const windowMs = this.config.rateLimitWindowSeconds * 1000;
    const key = `${this.config.queuePrefix ?? 'hotpath'}:rate:${tenant.id}:${write ? 'w' : 'r'}`;
    // The window starts at the tenant's first request (SET NX with expiry), INCR keeps that expiry,
    // and PTTL says exactly when the budget comes back.
    const results = (await redis(() => this.redis.multi().set(key, 0, 'PX', windowMs, 'NX').incr(key).pttl(key).exec())) as [Error | null, unknown][];
    const failed = results.find(([e]) => e);
    if (failed) throw failed[0];
    const count = Number(results[1][1]);
    const ttl = Number(results[2][1]);
    if (count > limit) {
      const retryAfter = Math.max(1, Math.ceil((ttl > 0 ? ttl : windowMs) / 1000));
      throw new ApiError(429, 'rate_limited', `tenant ${tenant.name} exceeded ${limit} ${write ? 'submissions' : 'reads'} per ${this.config.rateLimitWindowSeconds} s`, {
        'Retry-After': String(retryAfter),
      });
    }
    return true;
  }
}
