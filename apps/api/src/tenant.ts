import type { Tenant } from '@hotpath/store';

/** The tenant the auth guard found for this request; every store call takes its id. */
export interface TenantRequest {
  tenant?: Tenant;
}

export function tenantOf(req: TenantRequest): Tenant {
  // The guard runs before every handler that calls this; reaching here without one is a wiring bug.
  if (!req.tenant) throw new Error('no tenant on the request: AuthGuard is missing on this route');
  return req.tenant;
}
