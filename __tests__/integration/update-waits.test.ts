import { describe, expect, it } from 'vitest';
import { updateFunctionCode } from '../../src/resources/code/apply.js';
import { DeployError } from '../../src/errors.js';
import { preparePackage } from '../../src/package/deployment-package.js';
import { createTestFunction, lambdaFunction, readFunction, silentLogger } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import {
  updateConflict,
  updateFailed,
  updateFunctionCode as updateCodeRequest,
  updateInProgress,
} from '../support/lambda-faults.js';
import {
  directorySource,
  expectUnzipTestPasses,
  outputDirectory,
  packageOptions,
  sourceDirectory,
} from '../support/package-fixtures.js';
import { rejectionOf } from '../support/rejection.js';

const proxy = useFaultProxy();

/** A new function and a package for it that it does not run yet. */
async function functionAndPackage() {
  const name = await createTestFunction();
  const pkg = await preparePackage(
    directorySource(await sourceDirectory(`code of ${name}`)),
    packageOptions(name, await outputDirectory()),
  );
  expectUnzipTestPasses(pkg.path);
  return { name, pkg };
}

function deploy(
  name: string,
  pkg: Awaited<ReturnType<typeof preparePackage>>,
  waitTimeoutSeconds = 30,
) {
  return updateFunctionCode(
    lambdaFunction(name, proxy().endpoint),
    pkg,
    { skipUnchanged: true, waitTimeoutSeconds, upload: { kind: 'direct' } },
    silentLogger,
  );
}

describe('updateFunctionCode while Lambda is busy', () => {
  it('waits out updates in progress and retries a conflict, then deploys', async () => {
    const { name, pkg } = await functionAndPackage();
    const before = proxy().inject(updateInProgress(name, 3));
    const conflict = proxy().inject(updateConflict(name, 1));
    const after = proxy().inject(updateInProgress(name, 3, { after: updateCodeRequest(name) }));

    const result = await deploy(name, pkg);

    expect(result.deployed).toBe(true);
    expect((await readFunction(name)).CodeSha256).toBe(pkg.sha256);
    expect(proxy().count(updateCodeRequest(name))).toBe(2);
    expect([before.used, conflict.used, after.used]).toEqual([3, 1, 3]);
  });

  it("fails with Lambda's reason when the update fails", async () => {
    const { name, pkg } = await functionAndPackage();
    const reason = 'The function could not start: Runtime.ImportModuleError in index.js';
    proxy().inject(updateFailed(name, reason));

    const error = await rejectionOf(deploy(name, pkg));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(reason);
    expect(error.message).toContain(name);
  });

  it('gives up after wait-timeout when an earlier update never ends, uploading nothing', async () => {
    const { name, pkg } = await functionAndPackage();
    const original = (await readFunction(name)).CodeSha256;
    proxy().inject(updateInProgress(name, Infinity));

    const error = await rejectionOf(deploy(name, pkg, 1));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain('wait-timeout');
    expect(error.message).toContain(`'${name}'`);
    expect(proxy().count(updateCodeRequest(name))).toBe(0);
    expect((await readFunction(name)).CodeSha256).toBe(original);
  });

  it('gives up after wait-timeout when its own update never ends', async () => {
    const { name, pkg } = await functionAndPackage();
    proxy().inject(updateInProgress(name, Infinity, { after: updateCodeRequest(name) }));

    const error = await rejectionOf(deploy(name, pkg, 1));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain('wait-timeout');
    expect(proxy().count(updateCodeRequest(name))).toBe(1);
  });
});
