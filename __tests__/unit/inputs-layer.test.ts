import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs, type DeployConfig, type Environment } from '../../src/inputs.js';
import { asInputError, thrownBy } from './helpers/errors.js';

const WORKSPACE = path.resolve('/home/runner/work/repo/repo');
const ENV: Environment = { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: WORKSPACE };
const LAYER = (name: string, version = 1) =>
  `arn:aws:lambda:eu-west-1:123456789012:layer:${name}:${version}`;
const IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:v1';

/** Inputs as a workflow sets them, read as @actions/core's getInput reads them: trimmed, '' when unset. */
function parse(inputs: Record<string, string>): DeployConfig {
  const all: Record<string, string> = { 'function-name': 'orders-api', source: 'build', ...inputs };
  return parseInputs((name) => (all[name] ?? '').trim(), ENV);
}

/** The layer inputs every valid case starts from. */
const LAYER_INPUTS = { 'layer-name': 'orders-deps', 'layer-source': 'layer' };

/** The InputError parseInputs throws for `inputs`; checks it names `input`. */
function rejected(inputs: Record<string, string>, input: string) {
  const error = asInputError(thrownBy(() => parse(inputs)));
  expect(error.input).toBe(input);
  expect(error.message).toContain(`Input '${input}'`);
  return error;
}

describe('layer inputs: valid', () => {
  it('gives no layer when none of the layer inputs is set', () => {
    expect(parse({}).layer).toBeUndefined();
  });

  it('reads layer-name and layer-source, the directory relative to the workspace', () => {
    expect(parse(LAYER_INPUTS).layer).toEqual({
      name: 'orders-deps',
      source: {
        kind: 'directory',
        path: path.join(WORKSPACE, 'layer'),
        include: [],
        exclude: [],
        symlinks: 'auto',
      },
      compatibleRuntimes: [],
      compatibleArchitectures: [],
    });
  });

  it("packages the layer with the function's symlinks policy, and not its include/exclude", () => {
    const layer = parse({
      ...LAYER_INPUTS,
      'layer-source': 'build/layer/',
      symlinks: 'error',
      include: 'src/**',
      exclude: '**/*.map',
    }).layer;
    expect(layer?.source).toEqual({
      kind: 'directory',
      path: path.join(WORKSPACE, 'build', 'layer'),
      include: [],
      exclude: [],
      symlinks: 'error',
    });
  });

  it.each([
    ['one per line', 'nodejs20.x\nnodejs22.x'],
    ['comma-separated', 'nodejs20.x, nodejs22.x'],
    ['both, with blank lines and a repeat', 'nodejs20.x,\n\n nodejs22.x ,nodejs20.x\n'],
  ])('reads layer-compatible-runtimes %s', (_case, value) => {
    const layer = parse({ ...LAYER_INPUTS, 'layer-compatible-runtimes': value }).layer;
    expect(layer?.compatibleRuntimes).toEqual(['nodejs20.x', 'nodejs22.x']);
  });

  it('accepts 15 runtimes, and runtime identifiers of every family', () => {
    const runtimes = [
      'nodejs18.x',
      'nodejs20.x',
      'nodejs22.x',
      'python3.9',
      'python3.10',
      'python3.11',
      'python3.12',
      'python3.13',
      'java11',
      'java17',
      'java21',
      'dotnet8',
      'ruby3.3',
      'provided.al2',
      'provided.al2023',
    ];
    const layer = parse({
      ...LAYER_INPUTS,
      'layer-compatible-runtimes': runtimes.join('\n'),
    }).layer;
    expect(layer?.compatibleRuntimes).toEqual(runtimes);
  });

  it.each([
    ['x86_64', ['x86_64']],
    ['arm64', ['arm64']],
    ['x86_64, arm64', ['x86_64', 'arm64']],
    ['arm64\nx86_64\narm64', ['arm64', 'x86_64']],
  ])('reads layer-compatible-architectures %j', (value, expected) => {
    const layer = parse({ ...LAYER_INPUTS, 'layer-compatible-architectures': value }).layer;
    expect(layer?.compatibleArchitectures).toEqual(expected);
  });

  it.each(['a', 'A-b_9', 'x'.repeat(140)])('accepts the layer name %s', (name) => {
    expect(parse({ ...LAYER_INPUTS, 'layer-name': name }).layer?.name).toBe(name);
  });

  it('leaves the layers input as given: the layer is added at deploy time', () => {
    const config = parse({ ...LAYER_INPUTS, layers: LAYER('otel', 7) });
    expect(config.settings.layers).toEqual([LAYER('otel', 7)]);
    expect(config.layer?.name).toBe('orders-deps');
  });
});

describe('layer inputs: invalid', () => {
  it('needs layer-source with layer-name', () => {
    rejected({ 'layer-name': 'orders-deps' }, 'layer-source');
  });

  it('needs layer-name with layer-source', () => {
    rejected({ 'layer-source': 'layer' }, 'layer-name');
  });

  it.each(['layer-compatible-runtimes', 'layer-compatible-architectures'])(
    'refuses %s without layer-name and layer-source',
    (input) => {
      const value = input === 'layer-compatible-runtimes' ? 'nodejs22.x' : 'arm64';
      const error = rejected({ [input]: value }, input);
      expect(error.message).toContain('layer-name');
    },
  );

  it.each([
    ['a space', 'orders deps'],
    ['a colon', 'orders:deps'],
    ['a version ARN', LAYER('orders-deps')],
    ['141 characters', 'x'.repeat(141)],
    ['a dot', 'orders.deps'],
  ])('refuses a layer-name with %s, quoting it', (_case, name) => {
    const error = rejected({ ...LAYER_INPUTS, 'layer-name': name }, 'layer-name');
    expect(error.message).toContain(`'${name}'`);
  });

  it('refuses 16 compatible runtimes, saying how many and the limit', () => {
    const runtimes = Array.from({ length: 16 }, (_, index) => `python3.${index}`);
    const error = rejected(
      { ...LAYER_INPUTS, 'layer-compatible-runtimes': runtimes.join(',') },
      'layer-compatible-runtimes',
    );
    expect(error.message).toContain('16');
    expect(error.message).toContain('15');
  });

  it.each(['Node22', 'nodejs 22', 'nodejs22.x;rm', '22.x'])(
    'refuses the runtime %j, quoting it',
    (runtime) => {
      const error = rejected(
        { ...LAYER_INPUTS, 'layer-compatible-runtimes': `nodejs20.x\n${runtime}` },
        'layer-compatible-runtimes',
      );
      expect(error.message).toContain(`'${runtime}'`);
    },
  );

  it.each(['amd64', 'x86-64', 'ARM64', 'aarch64'])(
    'refuses the architecture %s, naming the ones there are',
    (architecture) => {
      const error = rejected(
        { ...LAYER_INPUTS, 'layer-compatible-architectures': `x86_64,${architecture}` },
        'layer-compatible-architectures',
      );
      expect(error.message).toContain(`'${architecture}'`);
      expect(error.message).toContain('x86_64, arm64');
    },
  );

  it('refuses layer-name with image-uri: Lambda attaches no layers to images', () => {
    const error = rejected({ ...LAYER_INPUTS, source: '', 'image-uri': IMAGE }, 'layer-name');
    expect(error.message).toContain('image-uri');
  });
});

describe('layer inputs: at most five layers with the layers input', () => {
  const others = (count: number) =>
    Array.from({ length: count }, (_, index) => LAYER(`other-${index}`));

  it('refuses layer-name when layers already lists five others, naming layers', () => {
    const error = rejected({ ...LAYER_INPUTS, layers: others(5).join('\n') }, 'layers');
    expect(error.message).toContain('5 other layers');
    expect(error.message).toContain('at most 5');
  });

  it('accepts four others', () => {
    expect(parse({ ...LAYER_INPUTS, layers: others(4).join('\n') }).layer).toBeDefined();
  });

  it('accepts five when one of them is a version of the layer itself', () => {
    const layers = [...others(4), LAYER('orders-deps', 3)];
    expect(parse({ ...LAYER_INPUTS, layers: layers.join('\n') }).settings.layers).toEqual(layers);
  });

  it('does not count a layer whose name merely starts with layer-name as the layer itself', () => {
    const layers = [...others(4), LAYER('orders-deps-extra', 3)];
    rejected({ ...LAYER_INPUTS, layers: layers.join('\n') }, 'layers');
  });

  it('applies no such check without layer-name', () => {
    expect(parse({ layers: others(5).join('\n') }).settings.layers).toHaveLength(5);
  });
});
