import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs, type DeployConfig, type Environment } from '../../src/inputs.js';
import { asInputError, thrownBy } from './helpers/errors.js';

const WORKSPACE = path.resolve('/home/runner/work/repo/repo');
const ENV: Environment = { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: WORKSPACE };
const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const IMAGE = `${REGISTRY}/orders-api:v1`;
const DIGEST = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);
const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';
const LAYER_ARN = 'arn:aws:lambda:eu-west-1:123456789012:layer:deps:3';

/** Inputs as a workflow sets them, with function-name and image-uri; unset ones read as ''. */
function parse(inputs: Record<string, string>): DeployConfig {
  const all: Record<string, string> = {
    'function-name': 'orders-api',
    'image-uri': IMAGE,
    ...inputs,
  };
  return parseInputs((name) => all[name] ?? '', ENV);
}

/** The InputError `parse` throws; checks that its message names the input. */
function rejected(inputs: Record<string, string>) {
  const error = asInputError(thrownBy(() => parse(inputs)));
  expect(error.message).toContain(`Input '${error.input}'`);
  return error;
}

describe('parseInputs: image-uri', () => {
  it.each([
    ['an ECR image by tag', IMAGE],
    ['an ECR image by digest', `${REGISTRY}/orders-api@sha256:${DIGEST}`],
    ['a nested repository path', `${REGISTRY}/team/services/orders-api:2024.06.01-rc1`],
    ['a registry with a port', 'registry.example.com:5000/orders_api:latest'],
    ['a tag of 128 characters', `${REGISTRY}/orders-api:${'t'.repeat(128)}`],
  ])('accepts %s', (_what, uri) => {
    const config = parse({ 'image-uri': uri });
    expect(config.code).toEqual({ kind: 'image', uri });
  });

  it('gives an image config the settings it may have, and create-if-missing with a role', () => {
    const config = parse({
      'create-if-missing': 'true',
      role: ROLE,
      architectures: 'arm64',
      'memory-size': '1024',
      publish: 'true',
    });
    expect(config).toMatchObject({
      code: { kind: 'image', uri: IMAGE },
      createIfMissing: true,
      settings: { role: ROLE, architecture: 'arm64', memorySize: 1024 },
      release: { publish: true },
      layer: undefined,
    });
  });

  it.each([
    ['no registry', 'orders-api:v1'],
    ['no tag or digest', `${REGISTRY}/orders-api`],
    ['upper case in the repository', `${REGISTRY}/Orders-API:v1`],
    ['upper case in the registry', `123456789012.DKR.ECR.eu-west-1.amazonaws.com/orders-api:v1`],
    ['a digest of 63 hex digits', `${REGISTRY}/orders-api@sha256:${DIGEST.slice(1)}`],
    ['a digest of 65 hex digits', `${REGISTRY}/orders-api@sha256:${DIGEST}0`],
    ['a digest that is not hex', `${REGISTRY}/orders-api@sha256:${'g'.repeat(64)}`],
    ['a digest without its algorithm', `${REGISTRY}/orders-api@${DIGEST}`],
    ['a space inside', `${REGISTRY}/orders api:v1`],
    ['a space in the tag', `${REGISTRY}/orders-api:v 1`],
    ['a tag of 129 characters', `${REGISTRY}/orders-api:${'t'.repeat(129)}`],
    ['a tag starting with a dot', `${REGISTRY}/orders-api:.v1`],
    ['a scheme', `https://${REGISTRY}/orders-api:v1`],
  ])('rejects %s, naming image-uri and the value', (_what, uri) => {
    const error = rejected({ 'image-uri': uri });
    expect(error.input).toBe('image-uri');
    expect(error.message).toContain(`'${uri}'`);
  });
});

describe('parseInputs: image-uri beside the other ways to give code', () => {
  it.each([
    ['source', { source: 'build' }],
    ['zip-file', { 'zip-file': 'dist/function.zip' }],
  ])('rejects image-uri with %s, naming %s and listing both', (input, extra) => {
    const error = rejected(extra);
    expect(error.input).toBe(input);
    expect(error.message).toContain(`'${input}' and 'image-uri'`);
  });

  it('rejects all three together, naming source and listing each', () => {
    const error = rejected({ source: 'build', 'zip-file': 'dist/function.zip' });
    expect(error.input).toBe('source');
    expect(error.message).toContain("got 'source' and 'zip-file' and 'image-uri'");
  });

  it.each(['include', 'exclude'])('rejects %s with image-uri, naming it', (input) => {
    const error = rejected({ [input]: 'src/**' });
    expect(error.input).toBe(input);
    expect(error.message).toContain('image');
  });
});

describe('parseInputs: inputs that do not apply to an image', () => {
  it.each([
    ['runtime', { runtime: 'nodejs22.x' }],
    ['handler', { handler: 'index.handler' }],
    ['layers', { layers: LAYER_ARN }],
    ['layer-name', { 'layer-name': 'deps', 'layer-source': 'layer' }],
    ['s3-bucket', { 's3-bucket': 'artifacts' }],
    ['s3-bucket', { 's3-bucket': 'artifacts', 's3-upload': 'auto' }],
  ])('rejects %s, naming it and image-uri', (input, extra) => {
    const error = rejected(extra);
    expect(error.input).toBe(input);
    expect(error.message).toContain('does not apply with image-uri');
  });

  it('rejects s3-upload always with its bucket, naming s3-bucket first', () => {
    const error = rejected({ 's3-bucket': 'artifacts', 's3-upload': 'always' });
    expect(error.input).toBe('s3-bucket');
    expect(error.message).toContain('does not apply with image-uri');
  });

  it('rejects s3-upload always, naming s3-upload rather than asking for s3-bucket', () => {
    const error = rejected({ 's3-upload': 'always' });
    expect(error.input).toBe('s3-upload');
    expect(error.message).toContain('does not apply with image-uri');
  });

  it.each([
    ['auto', { 's3-upload': 'auto' }],
    ['never', { 's3-upload': 'never' }],
  ])('accepts s3-upload %s, which never uploads an image', (_mode, extra) => {
    expect(parse(extra).code.kind).toBe('image');
  });

  it('rejects runtime even with create-if-missing, naming runtime', () => {
    const error = rejected({ 'create-if-missing': 'true', role: ROLE, runtime: 'nodejs22.x' });
    expect(error.input).toBe('runtime');
  });
});

describe('parseInputs: create-if-missing with an image', () => {
  it('needs only the role', () => {
    expect(parse({ 'create-if-missing': 'true', role: ROLE }).createIfMissing).toBe(true);
  });

  it('without a role fails naming role, and an image function', () => {
    const error = rejected({ 'create-if-missing': 'true' });
    expect(error.input).toBe('role');
    expect(error.message).toContain('create-if-missing');
    expect(error.message).toContain('image');
  });

  it('still needs runtime and handler for a zip, so the rule is for images only', () => {
    const error = asInputError(
      thrownBy(() =>
        parseInputs(
          (name) =>
            (
              ({
                'function-name': 'orders-api',
                source: 'build',
                'create-if-missing': 'true',
                role: ROLE,
              }) as Readonly<Record<string, string>>
            )[name] ?? '',
          ENV,
        ),
      ),
    );
    expect(error.input).toBe('runtime');
  });
});
