import { UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  motoEndpoint,
  readFunction,
  zipOf,
} from '../support/aws.js';
import { runnerCommandsIn, runnerLines } from '../support/runner-commands.js';
import { createTestBucket } from '../support/s3.js';

interface RunnerCommand {
  readonly name: string;
  readonly line: string;
}

/** The workflow commands the runner would read in the step's stdout. */
function runnerCommands(stdout: string): RunnerCommand[] {
  return runnerLines(stdout).flatMap((line) =>
    runnerCommandsIn(line).map((name) => ({ name, line })),
  );
}

/** The commands other than those a deploy issues itself: add-mask, group, endgroup. */
function foreignCommands(run: DeployRun): RunnerCommand[] {
  return runnerCommands(run.stdout).filter(
    (command) => !['add-mask', 'group', 'endgroup'].includes(command.name),
  );
}

describe('values from inputs, file names and AWS cannot issue workflow commands', () => {
  it('a description and a zip-file name given, and a description read from AWS', async () => {
    const name = await createTestFunction();
    await lambdaClient().send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: name,
        Description: 'x\n::warning::from-aws',
      }),
    );
    const workspace = await workspaceWithSource('unused');
    const zipName = 'evil\n::warning::zip-name ##[error]zip-legacy.zip';
    await writeFile(
      path.join(workspace, zipName),
      await zipOf({ 'index.js': 'exports.handler = async () => 1;\n' }),
    );

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        'zip-file': zipName,
        description: 'ok\n::warning::injected\n  ##[error]legacy-injected',
      },
      motoEndpoint(),
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    // Every value reached the log (so the test is not vacuous), each defused.
    for (const printed of [
      '\\::warning::from-aws',
      '\\::warning::injected',
      '##[\\error]legacy-injected',
      '\\::warning::zip-name ##[\\error]zip-legacy.zip',
    ]) {
      expect(run.stdout, runOutput(run)).toContain(printed);
    }
    expect(foreignCommands(run), runOutput(run)).toEqual([]);
    expect((await readFunction(name)).Description).toBe(
      'ok\n::warning::injected\n  ##[error]legacy-injected',
    );
    expect(run.outputs['package-path']).toBe(path.join(workspace, zipName));
  });

  it('an s3-key-prefix with a line break: accepted, and printed defused', async () => {
    const name = await createTestFunction();
    const bucket = await createTestBucket('inject');
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        's3-bucket': bucket,
        's3-upload': 'always',
        's3-key-prefix': 'deploys\n::warning::key-prefix/',
      },
      motoEndpoint(),
    );

    // Real S3 takes any UTF-8 key; moto answers a key with a line break with an HTML 404,
    // so this run fails at the upload, after printing the key.
    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.stdout).toContain(`s3://${bucket}/deploys\n\\::warning::key-prefix/${name}/`);
    const commands = foreignCommands(run);
    expect(
      commands.map((command) => command.name),
      runOutput(run),
    ).toEqual(['error']);
    expect(commands[0]?.line).toMatch(
      /^::error::Could not upload .*deploys%0A::warning::key-prefix/,
    );
  });

  it("a failure naming a hostile file name is the action's one ::error:: line", async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource('unused');

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, 'zip-file': 'missing\n::warning::w\n::error::e.zip' },
      motoEndpoint(),
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const commands = foreignCommands(run);
    expect(
      commands.map((command) => command.name),
      runOutput(run),
    ).toEqual(['error']);
    expect(commands[0]?.line).toMatch(/^::error::.*missing%0A::warning::w%0A::error::e\.zip/);
  });
});

describe('a run with no job summary file (outside a runner)', () => {
  it.each([
    ['a deploy', {}],
    ['a dry run', { 'dry-run': 'true' }],
    ['a preview removal', { alias: 'pr-1', 'delete-alias': 'true' }],
  ])('%s succeeds, sets its outputs and warns that there is no summary', async (_, extra) => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', ...extra },
      motoEndpoint(),
      // @actions/core takes an empty GITHUB_STEP_SUMMARY as unset, as the action does.
      { env: { GITHUB_STEP_SUMMARY: '' } },
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.stdout.split('\n')).toContain(
      '::warning::no job summary: GITHUB_STEP_SUMMARY is not set',
    );
    expect(run.errors).toEqual([]);
    expect(Object.keys(run.outputs).length).toBeGreaterThan(0);
    expect(run.summary).toBe('');
  });
});
