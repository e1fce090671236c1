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
    { problem: 'alias is all digits', input: 'alias', inputs: { alias: '123' } },
    { problem: 'alias has a space', input: 'alias', inputs: { alias: 'a b' } },
    { problem: 'traffic is 0', input: 'traffic', inputs: { alias: 'live', traffic: '0' } },
    { problem: 'traffic is over 100', input: 'traffic', inputs: { alias: 'live', traffic: '150' } },
    {
      problem: 'traffic is below 100 without an alias',
      input: 'traffic',
      inputs: { traffic: '10' },
    },
    {
      problem: 'function-url is none of none, public, iam',
      input: 'function-url',
      inputs: { 'function-url': 'yes' },
    },
    {
      problem: 'delete-alias is true without an alias',
      input: 'alias',
      inputs: { 'delete-alias': 'true' },
    },
    {
      problem: 'comment-on-pr is true without a token',
      input: 'github-token',
      inputs: { 'comment-on-pr': 'true', alias: 'pr-1' },
    },
    {
      // The failure's summary reads no alias either: nothing was called, nothing changed.
      problem: 'layer-source does not exist, with an alias',
      input: 'layer-source',
      inputs: { 'layer-name': 'shared', 'layer-source': 'missing', alias: 'live' },
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

  const layer = (n: number) => `arn:aws:lambda:us-east-1:123456789012:layer:layer-${n}:1`;

  it.each([
    { input: 'memory-size', value: '64', accepted: 'from 128 to 10240' },
    { input: 'memory-size', value: '12000', accepted: 'from 128 to 10240' },
    { input: 'timeout', value: '0', accepted: 'from 1 to 900' },
    { input: 'timeout', value: '901', accepted: 'from 1 to 900' },
    { input: 'architectures', value: 'sparc', accepted: 'x86_64, arm64' },
    { input: 'environment', value: 'not-a-pair', accepted: 'KEY=VALUE' },
    { input: 'ephemeral-storage', value: '100', accepted: 'from 512 to 10240' },
    {
      input: 'layers',
      value: [1, 2, 3, 4, 5, 6].map(layer).join('\n'),
      accepted: 'at most 5',
    },
  ])(
    'fails before any AWS request when $input is $value, giving what is accepted',
    async ({ input, value, accepted }) => {
      const workspace = await workspaceWithSource('bad settings');

      const run = await runDeployAction(
        workspace,
        { 'function-name': name, source: 'app', [input]: value },
        proxy().endpoint,
      );

      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expect.stringContaining(`Input '${input}'`)]);
      expect(run.errors[0]).toContain(accepted);
      expect(proxy().requests).toEqual([]);
    },
  );
});
