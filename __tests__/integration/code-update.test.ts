import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateFunctionCode } from '../../src/resources/code/apply.js';
import { DeployError } from '../../src/errors.js';
import { preparePackage } from '../../src/package/deployment-package.js';
import {
  createTestFunction,
  lambdaFunction,
  motoEndpoint,
  readFunction,
  silentLogger,
  uniqueFunctionName,
  zipOf,
} from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { getFunction, updateFunctionCode as updateCodeRequest } from '../support/lambda-faults.js';
import {
  digestOf,
  directorySource,
  expectUnzipTestPasses,
  outputDirectory,
  packageOptions,
  sourceDirectory,
} from '../support/package-fixtures.js';
import { rejectionOf } from '../support/rejection.js';
import { tempDir } from '../support/temp-dir.js';

const options = {
  skipUnchanged: true,
  waitTimeoutSeconds: 30,
  upload: { kind: 'direct' },
} as const;

const proxy = useFaultProxy();

async function packageSource(name: string) {
  const directory = await sourceDirectory(`code of ${name}`);
  const pkg = await preparePackage(
    directorySource(directory),
    packageOptions(name, await outputDirectory()),
  );
  expectUnzipTestPasses(pkg.path);
  return pkg;
}

describe('updateFunctionCode against moto', () => {
  it('deploys a source directory: moto then holds the package, byte for byte', async () => {
    const name = await createTestFunction();
    const pkg = await packageSource(name);
    expect(await digestOf(pkg.path)).toEqual({ sha256: pkg.sha256, size: pkg.size });

    const result = await updateFunctionCode(
      lambdaFunction(name, proxy().endpoint),
      pkg,
      options,
      silentLogger,
    );

    expect(result.deployed).toBe(true);
    expect(result.function.codeSha256).toBe(pkg.sha256);
    const inMoto = await readFunction(name);
    expect(inMoto.CodeSha256).toBe(pkg.sha256);
    expect(inMoto.CodeSize).toBe(pkg.size);
    expect(
      proxy()
        .requests.filter(updateCodeRequest(name))
        .map((request) => JSON.parse(request.body ?? 'null') as unknown),
    ).toEqual([{ ZipFile: (await readFile(pkg.path)).toString('base64') }]);
  });

  it('skips the upload when the function already runs the package', async () => {
    const name = await createTestFunction();
    const pkg = await packageSource(name);
    await updateFunctionCode(lambdaFunction(name, motoEndpoint()), pkg, options, silentLogger);

    const again = await updateFunctionCode(
      lambdaFunction(name, proxy().endpoint),
      pkg,
      options,
      silentLogger,
    );

    expect(again.deployed).toBe(false);
    expect(again.function.codeSha256).toBe(pkg.sha256);
    expect(proxy().count(getFunction(name))).toBeGreaterThan(0);
    expect(proxy().count(updateCodeRequest(name))).toBe(0);
  });

  it('deploys a ready zip-file as it is', async () => {
    const name = await createTestFunction();
    const zipPath = path.join(await tempDir('zip'), 'function.zip');
    await writeFile(zipPath, await zipOf({ 'index.js': `exports.handler = () => '${name}';\n` }));
    const expected = await digestOf(zipPath);
    const pkg = await preparePackage(
      { kind: 'zip-file', path: zipPath },
      packageOptions(name, undefined),
    );

    const result = await updateFunctionCode(
      lambdaFunction(name, proxy().endpoint),
      pkg,
      options,
      silentLogger,
    );

    expect(result.deployed).toBe(true);
    expect(pkg.path).toBe(zipPath);
    const inMoto = await readFunction(name);
    expect(inMoto.CodeSha256).toBe(expected.sha256);
    expect(inMoto.CodeSize).toBe(expected.size);
  });

  it('says the function does not exist, and uploads nothing', async () => {
    const name = uniqueFunctionName('missing');
    const pkg = await packageSource(name);

    const error = await rejectionOf(
      updateFunctionCode(lambdaFunction(name, proxy().endpoint), pkg, options, silentLogger),
    );

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`function '${name}' does not exist in us-east-1`);
    expect(proxy().count(updateCodeRequest(name))).toBe(0);
  });
});
