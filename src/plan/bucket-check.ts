import { accountOf, type UploadRoute } from '../resources/code/plan.js';
import type { DeployConfig } from '../inputs.js';
import type { FunctionState } from '../aws/function-state.js';
import type { Built } from './built.js';

/**
 * Each bucket a package is to go through, read before the plan with the owner and region
 * the upload will use: a bucket that is missing, someone else's or in another region fails
 * the dry run as it would the real run, before any write.
 */
export async function checkPackageBuckets(
  config: DeployConfig,
  built: Built,
  found: FunctionState | undefined,
): Promise<void> {
  const routes: UploadRoute[] = [];
  if (built.deployable.kind === 'zip') routes.push(built.deployable.upload);
  if (built.layerPackage !== undefined) routes.push(built.layerPackage.upload);
  const account = accountOf(found?.arn ?? config.settings.role);
  const seen = new Set<string>();
  for (const route of routes) {
    if (route.kind !== 's3' || seen.has(route.bucket)) continue;
    seen.add(route.bucket);
    const { checkBucket } = await import('../aws/s3-package-store.js');
    await checkBucket(route.client, {
      bucket: route.bucket,
      expectedOwner: route.bucketOwner ?? account,
      region: config.region,
    });
  }
}
