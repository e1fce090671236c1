// Tenant isolation is fixed when Lambda creates a function: TenancyConfig goes with
// CreateFunction, and an existing function that differs is refused here, before any write.
// A PER_TENANT function is invoked only with a TenantId, so its smoke test needs one.
import type { FunctionState } from '../../aws/function-state.js';
import { InputError } from '../../errors.js';
import type { FunctionSettings, SmokeTest, TenantIsolation } from '../../inputs.js';

/** TenancyConfig.TenantIsolationMode as tenant-isolation names it; 'none' when absent. */
export function tenancyOf(found: FunctionState): TenantIsolation {
  return found.configuration.TenancyConfig?.TenantIsolationMode === 'PER_TENANT'
    ? 'per-tenant'
    : 'none';
}

/** Refuses a tenancy change, and a per-tenant smoke test without a tenant, before any write. */
export function checkTenancy(
  found: FunctionState | undefined,
  settings: Pick<FunctionSettings, 'tenantIsolation'>,
  smokeTest: SmokeTest | undefined,
): void {
  const wanted = settings.tenantIsolation;
  const current = found === undefined ? undefined : tenancyOf(found);
  if (current !== undefined && wanted !== undefined && wanted !== current) {
    throw new InputError(
      'tenant-isolation',
      `is ${wanted}, but function '${found?.name ?? ''}' was created with ${
        current === 'none' ? 'no TenancyConfig (shared)' : 'TenancyConfig PER_TENANT'
      }, and Lambda cannot change tenant isolation after creation: create a new function ` +
        `for ${wanted === 'none' ? 'shared use' : 'per-tenant isolation'}, or set tenant-isolation: ${current}`,
    );
  }
  const perTenant = (current ?? wanted) === 'per-tenant';
  if (perTenant && smokeTest !== undefined && smokeTest.tenantId === undefined) {
    throw new InputError(
      'smoke-test-tenant-id',
      `is needed: function '${found?.name ?? ''}' isolates tenants (TenancyConfig PER_TENANT), and ` +
        'Lambda invokes it only with a tenant ID, so the smoke test would fail: give the tenant to test as',
    );
  }
}
