import { describe, expect, it } from 'vitest';
import { runDeployAction, workspaceWithSource } from '../support/action-run.js';
import { uniqueFunctionName } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';

const proxy = useFaultProxy();

const name = uniqueFunctionName('bad-input');

describe('the bundled action with bad inputs', () => {
  it.each([
    { problem: 'function-name is empty', input: 'function-name', inputs: { 'function-name': '' } },
    {
      problem: 'wait-timeout is not a number',
      input: 'wait-timeout',
      inputs: { 'wait-timeout': 'abc' },
    },
    {
      problem: 'both source and zip-file are set',
      input: 'source',
      inputs: { 'zip-file': 'app.zip' },
    },
    {
      problem: 'the source directory does not exist',
      input: 'source',
      inputs: { source: 'missing' },
    },
    {
      problem: "s3-upload is 'always' without s3-bucket",
      input: 's3-bucket',
      inputs: { 's3-upload': 'always' },
    },
    {
      problem: 's3-upload is none of auto, always, never',
      input: 's3-upload',
      inputs: { 's3-bucket': 'artifacts', 's3-upload': 'sometimes' },
    },
    {
      problem: 's3-bucket is not a bucket name',
      input: 's3-bucket',
      inputs: { 's3-bucket': 'My_Artifacts' },
    },
    {
      problem: 's3-key-prefix starts with a slash',
      input: 's3-key-prefix',
      inputs: { 's3-bucket': 'artifacts', 's3-key-prefix': '/lambda/' },
    },
    {
      problem: 's3-bucket-owner is not a 12-digit account',
      input: 's3-bucket-owner',
      inputs: { 's3-bucket': 'artifacts', 's3-bucket-owner': '12345' },
    },
  ])('fails before any AWS request when $problem', async ({ input, inputs }) => {
    const workspace = await workspaceWithSource('bad inputs');

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', ...inputs },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(`Input '${input}'`)]);
    expect(proxy().requests).toEqual([]);
  });
});
