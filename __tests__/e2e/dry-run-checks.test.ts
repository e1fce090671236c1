// A dry run makes every check a read can make, so what it passes the real run does not fail
// on for the same reason: the bucket's region, the layer versions named, the version
// rollback-to names. Each failure comes before any write, in the dry run and the real run.
import { PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  motoEndpoint,
  readFunction,
  zipOf,
} from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { readAlias } from '../support/lambda-state.js';
import { ACCOUNT_ID, REGION } from '../support/moto-account.js';
import { createTestBucket, isWrite } from '../support/s3.js';

const proxy = useFaultProxy();

function expectNoWrite(): void {
  expect(
    proxy()
      .requests.filter(isWrite)
      .map((r) => `${r.method} ${r.path}`),
  ).toEqual([]);
}

describe('a dry run checks what a read can check, and fails where the real run would', () => {
  it('fails for s3-upload always and a bucket in another region, as the real run does', async () => {
    const name = await createTestFunction();
    const bucket = await createTestBucket('elsewhere', { region: 'eu-west-1' });
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = {
      'function-name': name,
      source: 'app',
      's3-bucket': bucket,
      's3-upload': 'always',
    };

    const dry = await runDeployAction(
      workspace,
      { ...inputs, 'dry-run': 'true' },
      proxy().endpoint,
    );
    const real = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(dry.exitCode, runOutput(dry)).toBe(1);
    expect(dry.errors).toEqual([
      `Bucket '${bucket}' is in eu-west-1, but the function is in ${REGION}: Lambda takes a ` +
        "package only from a bucket in the function's region. Set s3-bucket to one there.",
    ]);
    expect(real.exitCode, runOutput(real)).toBe(1);
    expect(real.errors).toEqual(dry.errors);
    expectNoWrite();
    expect(dry.outputs).not.toHaveProperty('plan');
  });

  it('fails for a layer version that does not exist, naming it and not the function', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    const layer = `deps-${randomUUID().slice(0, 8)}`;
    const published = await lambdaClient().send(
      new PublishLayerVersionCommand({
        LayerName: layer,
        Content: { ZipFile: await zipOf({ 'nodejs/x.js': 'x' }) },
      }),
    );
    const existing = published.LayerVersionArn ?? '';
    const missing = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:layer:${layer}:99`;

    const fine = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', layers: existing, 'dry-run': 'true' },
      proxy().endpoint,
    );
    expect(fine.exitCode, runOutput(fine)).toBe(0);

    const dry = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        layers: `${existing}\n${missing}`,
        'dry-run': 'true',
      },
      proxy().endpoint,
    );

    expect(dry.exitCode, runOutput(dry)).toBe(1);
    const errors = dry.errors.join('\n');
    expect(errors).toContain(
      `Input 'layers': the layer version '${missing}' does not exist in ${REGION}`,
    );
    expect(errors).toContain('Lambda said:');
    expect(errors).not.toContain(`function '${name}' does not exist`);
    expectNoWrite();
    expect((await readFunction(name)).Layers ?? []).toEqual([]);
  });

  it('with rollback-to plans the move and makes none; a version that does not exist fails', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    const deploy = (marker: string) =>
      workspaceWithSource(marker).then((ws) =>
        runDeployAction(
          ws,
          { 'function-name': name, source: 'app', alias: 'live' },
          motoEndpoint(),
        ),
      );
    expect((await deploy('one')).exitCode).toBe(0);
    expect((await deploy('two')).exitCode).toBe(0);
    const aliasNow = async () => {
      const { FunctionVersion, RoutingConfig, Description, RevisionId } =
        (await readAlias(name, 'live')) ?? {};
      return { FunctionVersion, RoutingConfig, Description, RevisionId };
    };
    const before = await aliasNow();
    expect(before.FunctionVersion).toBe('2');

    const dry = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'live', 'rollback-to': 'previous', 'dry-run': 'true' },
      proxy().endpoint,
    );
    expect(dry.exitCode, runOutput(dry)).toBe(0);
    expect(dry.stdout).toContain('Alias live: 2 -> 1 (rollback-to previous)');
    expect(dry.outputs).toMatchObject({
      version: '1',
      'previous-version': '2',
      'rolled-back': 'false',
    });

    const missing = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'live', 'rollback-to': '7', 'dry-run': 'true' },
      proxy().endpoint,
    );
    expect(missing.exitCode, runOutput(missing)).toBe(1);
    expect(missing.errors).toEqual([
      "Input 'rollback-to': version 7 does not exist (deleted, or never published); nothing was changed",
    ]);

    const noAlias = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'gone', 'rollback-to': '1', 'dry-run': 'true' },
      proxy().endpoint,
    );
    expect(noAlias.exitCode, runOutput(noAlias)).toBe(1);
    expect(noAlias.errors.join('\n')).toContain("alias 'gone' does not exist");

    expectNoWrite();
    expect(await aliasNow()).toEqual(before);
  });
});
