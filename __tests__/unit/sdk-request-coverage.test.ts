// Every field of the SDK's CreateFunctionRequest and UpdateFunctionConfigurationRequest is
// either sent by the action (found by building the requests from every setting at once, and
// in config-file's keys) or listed below as not supported, with the reason. A field a newer
// SDK adds fails this test until it is mapped or listed. The shapes are read from the
// installed @aws-sdk/client-lambda's type declarations, not copied.
import { describe, expect, it } from 'vitest';
import { codeFields, type CodeLocation } from '../../src/aws/function-state.js';
import { configFileShape } from '../../src/inputs/config-file-shape.js';
import { INPUT_SCHEMA, type InputName } from '../../src/inputs/schema.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { planConfiguration } from '../../src/resources/configuration/plan.js';
import { creationSettings } from '../../src/resources/function/apply.js';
import { interfacesOf, keyPaths, lambdaModelsText, membersOf } from '../support/sdk-shapes.js';
import { functionState, ROLE } from './helpers/plan-fixtures.js';

/** Fields every call sends that are not settings: what the call is about. */
const SENT_BY_THE_CALL: Readonly<Record<string, string>> = {
  FunctionName: 'every call names the function (function-name)',
  PackageType: 'Zip or Image, from the package given',
};

/** Fields the action deliberately does not send, and why. */
const NOT_SUPPORTED: Readonly<Record<string, string>> = {
  Publish:
    'the action publishes with PublishVersion once code and settings are in place, pinned to their CodeSha256 and RevisionId',
  RevisionId:
    'settings are compared with what was read just before and sent whole; publishing is what is pinned to a revision',
  PublishTo:
    'as for Publish: a Managed Instances function is published afterwards, with PublishVersion and PublishTo LATEST_PUBLISHED',
  'Code.SourceKMSKeyArn':
    "only for a .zip package Lambda copies into its own storage; the action leaves that copy's encryption to Lambda's default",
};

const LAYER = 'arn:aws:lambda:us-east-1:123456789012:layer:shared:3';

/** A value for every setting input at once, valid together. */
const EVERY_SETTING: Partial<Record<InputName, string>> = {
  handler: 'bootstrap.handler',
  runtime: 'custom',
  'memory-size': '2048',
  timeout: '60',
  description: 'every setting',
  role: ROLE,
  architectures: 'x86_64',
  environment: 'STAGE=prod',
  layers: LAYER,
  'ephemeral-storage': '20480',
  tags: 'team=orders',
  'subnet-ids': 'subnet-0a1b2c3d4e5f60718',
  'security-group-ids': 'sg-0a1b2c3d4e5f60718',
  'ipv6-dual-stack': 'true',
  'dead-letter-target-arn': 'arn:aws:sqs:us-east-1:123456789012:dlq',
  tracing: 'Active',
  'log-format': 'JSON',
  'log-group': '/orders/api',
  'application-log-level': 'WARN',
  'system-log-level': 'WARN',
  'snap-start': 'PublishedVersions',
  'file-systems':
    'arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0=/mnt/data',
  'file-system-direct-s3-read': 'ENABLED',
  'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'image-command': 'app.handler',
  'image-entrypoint': '/lambda-entrypoint.sh',
  'image-working-directory': '/var/task',
  'code-signing-config-arn':
    'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0',
  'runtime-config': JSON.stringify({
    RuntimeArn: 'arn:aws:lambda:us-east-1:123456789012:runtime/python-cmr',
    RuntimeAlias: 'stable',
  }),
  'accelerator-memory-size': '24',
};

/** The request fields the action fills from settings: both requests, built from EVERY_SETTING. */
function fieldsTheActionSends(): Set<string> {
  const settings = parseSettings((name) => EVERY_SETTING[name] ?? '');
  const created = creationSettings(settings);
  const { update } = planConfiguration(settings, functionState({ Runtime: 'custom' }));
  const sent = new Set([...Object.keys(created), ...Object.keys(update)]);
  // CreateFunction's Code, for every place a package can be: in the request, in S3 or an image.
  const locations: CodeLocation[] = [
    { kind: 'zip', zip: new Uint8Array(1) },
    { kind: 's3', bucket: 'artifacts', key: 'orders.zip', versionId: 'v1' },
    // code-storage reference: S3ObjectStorageMode REFERENCE.
    { kind: 's3', bucket: 'artifacts', key: 'orders.zip', versionId: 'v1', reference: true },
    { kind: 'image', uri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1' },
  ];
  for (const location of locations) {
    for (const field of Object.keys(codeFields(location))) sent.add(`Code.${field}`);
  }
  // config-file's keys, as get-function-configuration names them, that set something.
  const shape = configFileShape(INPUT_SCHEMA);
  for (const [key, rule] of Object.entries(shape.configuration)) {
    if (rule !== 'read-only') sent.add(key === 'ImageConfigResponse' ? 'ImageConfig' : key);
  }
  return sent;
}

/** The fields of `request` that are neither sent nor listed. */
function unaccounted(
  modelsText: string,
  request: string,
  sent: ReadonlySet<string>,
): { missing: string[]; stale: string[] } {
  const interfaces = interfacesOf(modelsText);
  const fields = membersOf(interfaces, request).flatMap((member) =>
    // Code is checked field by field: its storage mode is a setting of its own.
    member.name === 'Code' && member.typeName !== undefined
      ? membersOf(interfaces, member.typeName).map((inner) => `Code.${inner.name}`)
      : [member.name],
  );
  const listed = { ...SENT_BY_THE_CALL, ...NOT_SUPPORTED };
  return {
    missing: fields.filter((field) => !sent.has(field) && !Object.hasOwn(listed, field)),
    // A field listed as not supported that the action now sends: the list is out of date.
    stale: Object.keys(NOT_SUPPORTED).filter((field) => fields.includes(field) && sent.has(field)),
  };
}

const REQUESTS = ['CreateFunctionRequest', 'UpdateFunctionConfigurationRequest'] as const;

describe("the SDK's function requests against what the action sends", () => {
  const models = lambdaModelsText();
  const sent = fieldsTheActionSends();

  it.each(REQUESTS)('every field of %s is sent, or listed with its reason', (request) => {
    expect(unaccounted(models, request, sent)).toEqual({ missing: [], stale: [] });
  });

  it('sends the settings Lambda added in 2026 that the action maps', () => {
    expect([...sent]).toEqual(
      expect.arrayContaining(['RuntimeConfig', 'AcceleratorConfig', 'FileSystemConfigs']),
    );
  });

  it('fails for a field a newer SDK would add', () => {
    const planted = models.replace(
      /(export interface CreateFunctionRequest \{)/,
      '$1\n    QuantumConfig?: QuantumConfig | undefined;',
    );
    expect(planted).not.toBe(models);
    expect(unaccounted(planted, 'CreateFunctionRequest', sent).missing).toEqual(['QuantumConfig']);
    expect(unaccounted(planted, 'UpdateFunctionConfigurationRequest', sent).missing).toEqual([]);
  });

  it("fails for a field a newer SDK would add to CreateFunction's Code", () => {
    const planted = models.replace(
      /(export interface FunctionCode \{)/,
      '$1\n    S3ObjectChecksum?: string | undefined;',
    );
    expect(planted).not.toBe(models);
    expect(unaccounted(planted, 'CreateFunctionRequest', sent).missing).toEqual([
      'Code.S3ObjectChecksum',
    ]);
  });
});

describe("config-file's keys against the SDK's FunctionConfiguration and GetFunctionResponse", () => {
  const interfaces = interfacesOf(lambdaModelsText());
  const shape = configFileShape(INPUT_SCHEMA);

  it('knows every key of FunctionConfiguration, and of the objects it reads key by key', () => {
    const unknown = keyPaths(interfaces, 'FunctionConfiguration', 2).filter((path) => {
      let rules = shape.configuration;
      for (const [index, key] of path.split('.').entries()) {
        const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
        if (rule === undefined) return true;
        // A rule that reads its value whole (VpcConfig, Layers, a JSON input) checks the rest.
        if (typeof rule !== 'object' || !('object' in rule)) return false;
        if (index === path.split('.').length - 1) return false;
        rules = rule.object;
      }
      return false;
    });
    expect(unknown).toEqual([]);
  });

  it("knows every key of get-function's answer", () => {
    const keys = membersOf(interfaces, 'GetFunctionResponse').map((member) => member.name);
    expect(keys.filter((key) => !Object.hasOwn(shape.getFunction, key))).toEqual([]);
  });

  it('would miss a key a newer SDK adds to FunctionConfiguration', () => {
    const planted = interfacesOf(
      lambdaModelsText().replace(
        /(export interface FunctionConfiguration \{)/,
        '$1\n    QuantumConfig?: QuantumConfig | undefined;',
      ),
    );
    const keys = membersOf(planted, 'FunctionConfiguration').map((member) => member.name);
    expect(keys.filter((key) => !Object.hasOwn(shape.configuration, key))).toEqual([
      'QuantumConfig',
    ]);
  });
});
