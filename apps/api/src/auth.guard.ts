import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Store } from '@hotpath/store';
import type { IncomingMessage } from 'node:http';
import { postgres } from './dependency';
import { STORE } from './deps';
import { ApiError } from './errors';
import type { TenantRequest } from './tenant';

const MAX_TOKEN_LENGTH = 256;

/**
 * Bearer tokens map to tenants (the store keeps only their sha256). Basic
 * auth is accepted with the token as password, because that is how
 * Pyroscope's agents send credentials when configured with
 * basicAuthUser/basicAuthPassword.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(@Inject(STORE) private readonly store: Store) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<IncomingMessage & TenantRequest>();
    const token = credentials(req.headers.authorization);
    const tenant = await postgres(() => this.store.tenantForToken(token));
    if (!tenant) throw unauthorized('the token is not valid');
    req.tenant = tenant;
    return true;
  }
}

export function credentials(header: string | undefined): string {
  if (!header) throw unauthorized('missing Authorization header (use "Bearer <token>")');
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  let token = value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    token = decoded.slice(decoded.indexOf(':') + 1);
  } else if (!/^bearer$/i.test(scheme)) {
    throw unauthorized(`unsupported authorization scheme ${JSON.stringify(scheme.slice(0, 20))} (use Bearer)`);
  }
  if (!token || token.length > MAX_TOKEN_LENGTH) throw unauthorized('the token is empty or too long');
  return token;
}

function unauthorized(message: string): ApiError {
  return new ApiError(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="hotpath"' });
}
