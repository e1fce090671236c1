// Lambda's 2026 settings as inputs and as config-file keys, and how they are planned:
// runtime-config, accelerator-memory-size (and ephemeral-storage with it), S3 Files mounts
// with file-system-direct-s3-read, and layers none.
import { AcceleratorMemoryGB } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { mapConfigFile } from '../../src/inputs/config-file.js';
import { nearestKey } from '../../src/inputs/nearest-key.js';
import type { InputName } from '../../src/inputs/schema.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { planConfiguration } from '../../src/resources/configuration/plan.js';
import { asInputError, thrownBy } from './helpers/errors.js';
import { functionState } from './helpers/plan-fixtures.js';

const PROVIDER = 'arn:aws:lambda:us-east-1:123456789012:capacity-provider:gpu-pool';
const RUNTIME = 'arn:aws:lambda:eu-west-1:123456789012:runtime/python-cmr';
const S3_FILES =
  'arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0';
const EFS = 'arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0';
const LAYER = 'arn:aws:lambda:eu-west-1:123456789012:layer:shared:3';

function settingsOf(inputs: Partial<Record<InputName, string>>) {
  return parseSettings((name) => inputs[name] ?? '');
}

function refusal(inputs: Partial<Record<InputName, string>>): string {
  return asInputError(thrownBy(() => settingsOf(inputs))).message;
}

describe('the newest settings as inputs', () => {
  it('reads runtime-config, accelerator-memory-size, file-system-direct-s3-read and layers none', () => {
    expect(
      settingsOf({
        runtime: 'custom',
        'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
        'accelerator-memory-size': '24',
        'ephemeral-storage': '32768',
        'file-systems': `${S3_FILES}=/mnt/data`,
        'file-system-direct-s3-read': 'enabled',
        layers: 'none',
      }),
    ).toMatchObject({
      runtimeConfig: { runtimeArn: RUNTIME, runtimeAlias: 'stable' },
      acceleratorMemorySize: 24,
      ephemeralStorage: 32768,
      fileSystems: [{ arn: S3_FILES, localMountPath: '/mnt/data' }],
      directS3Read: 'ENABLED',
      layers: [],
    });
  });

  it('refuses what Lambda would, naming the input', () => {
    expect(refusal({ 'runtime-config': '{"RuntimeArn": "x"}' })).toBe(
      "Input 'runtime-config': needs both RuntimeArn and RuntimeAlias, as strings",
    );
    expect(
      refusal({
        'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: '-bad-' }),
      }),
    ).toContain('is not a runtime alias name');
    expect(
      refusal({
        runtime: 'nodejs22.x',
        'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
      }),
    ).toBe(
      "Input 'runtime-config': needs runtime custom (a customer-managed runtime), and runtime is nodejs22.x",
    );
    expect(refusal({ 'accelerator-memory-size': '8' })).toContain('3, 6, 12, 16, 24, 48');
    expect(refusal({ 'accelerator-memory-size': '24', architectures: 'arm64' })).toContain(
      'needs an x86_64 function',
    );
    expect(refusal({ 'ephemeral-storage': '20480' })).toContain(
      'only with an accelerator (accelerator-memory-size)',
    );
    expect(refusal({ 'ephemeral-storage': '32769', 'accelerator-memory-size': '3' })).toContain(
      'from 512 to 32768',
    );
    expect(
      refusal({ 'file-systems': `${EFS}=/mnt/efs`, 'file-system-direct-s3-read': 'AUTO' }),
    ).toContain('applies only to an S3 Files access point');
    expect(refusal({ 'file-systems': `${S3_FILES.replace('fs-0123', 'fs-01')}=/mnt/x` })).toContain(
      'or an S3 Files one',
    );
  });
});

describe('config-file keys of the newest settings', () => {
  it('maps RuntimeConfig, AcceleratorConfig, S3FilesConfig, Layers [] and the 2025 configs; notices the others', () => {
    const mapped = mapConfigFile(
      {
        FunctionName: 'orders-api',
        Runtime: 'custom',
        RuntimeConfig: { RuntimeArn: RUNTIME, RuntimeAlias: 'stable' },
        AcceleratorConfig: { AcceleratorMemorySize: 48 },
        EphemeralStorage: { Size: 30720 },
        FileSystemConfigs: [
          { Arn: S3_FILES, LocalMountPath: '/mnt/data', S3FilesConfig: { DirectS3Read: 'AUTO' } },
        ],
        Layers: [],
        DurableConfig: { ExecutionTimeout: 900, RetentionPeriodInDays: 7 },
        TenancyConfig: { TenantIsolationMode: 'PER_TENANT' },
        CapacityProviderConfig: {
          LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: PROVIDER },
        },
        ConfigSha256: 'abc',
      },
      'f.json',
    );
    expect(mapped.inputs).toEqual({
      runtime: 'custom',
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
      'accelerator-memory-size': '48',
      'ephemeral-storage': '30720',
      'file-systems': `${S3_FILES}=/mnt/data`,
      'file-system-direct-s3-read': 'AUTO',
      layers: 'none',
      'durable-config': JSON.stringify({ ExecutionTimeout: 900, RetentionPeriodInDays: 7 }),
      'tenant-isolation': 'per-tenant',
      'capacity-provider-config': JSON.stringify({
        LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: PROVIDER },
      }),
    });
    expect(mapped.ignored).toEqual(['FunctionName', 'ConfigSha256']);
  });

  it('refuses a key Lambda does not have inside S3FilesConfig, naming the nearest', () => {
    expect(
      thrownBy(() =>
        mapConfigFile(
          {
            FileSystemConfigs: [
              { Arn: S3_FILES, LocalMountPath: '/mnt/d', S3FilesConfig: { DirectRead: 'AUTO' } },
            ],
          },
          'f.json',
        ),
      ).message,
    ).toBe(
      "Input 'config-file': f.json: unknown key 'FileSystemConfigs[0].S3FilesConfig.DirectRead': Lambda has no such setting (did you mean 'FileSystemConfigs[0].S3FilesConfig.DirectS3Read'?)",
    );
  });

  it('suggests only a near key', () => {
    expect(nearestKey('RuntimConfig', ['RuntimeConfig', 'Runtime'])).toBe('RuntimeConfig');
    expect(nearestKey('Accelerator', ['AcceleratorConfig', 'Architectures'])).toBe(
      'AcceleratorConfig',
    );
    expect(nearestKey('Colour', ['MemorySize', 'Timeout'])).toBeUndefined();
  });
});

describe('planning the newest settings', () => {
  it('sends only what differs, and nothing when all match', () => {
    const current = functionState({
      Runtime: 'custom',
      RuntimeConfig: { RuntimeArn: RUNTIME, RuntimeAlias: 'stable' },
      AcceleratorConfig: { AcceleratorMemorySize: AcceleratorMemoryGB.MEMORY_24 },
      FileSystemConfigs: [{ Arn: S3_FILES, LocalMountPath: '/mnt/data' }],
    });
    const same = settingsOf({
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
      'accelerator-memory-size': '24',
      'file-systems': `${S3_FILES}=/mnt/data`,
      'file-system-direct-s3-read': 'AUTO',
    });
    expect(planConfiguration(same, current).update).toEqual({});

    const other = settingsOf({
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'beta' }),
      'accelerator-memory-size': '48',
      'file-system-direct-s3-read': 'DISABLED',
    });
    const plan = planConfiguration(other, current);
    expect(plan.update).toEqual({
      RuntimeConfig: { RuntimeArn: RUNTIME, RuntimeAlias: 'beta' },
      AcceleratorConfig: { AcceleratorMemorySize: 48 },
      FileSystemConfigs: [
        { Arn: S3_FILES, LocalMountPath: '/mnt/data', S3FilesConfig: { DirectS3Read: 'DISABLED' } },
      ],
    });
    expect(plan.changes.map((change) => change.setting)).toEqual([
      'file-systems',
      'runtime-config',
      'accelerator-memory-size',
    ]);
  });

  it('detaches every layer with layers none, and shows none', () => {
    const plan = planConfiguration(
      settingsOf({ layers: 'none' }),
      functionState({ Layers: [{ Arn: LAYER }] }),
    );
    expect(plan.update).toEqual({ Layers: [] });
    expect(plan.changes).toEqual([{ setting: 'layers', from: LAYER, to: 'none' }]);
    expect(planConfiguration(settingsOf({ layers: 'none' }), functionState({})).update).toEqual({});
  });

  it('refuses a runtime config on a managed runtime and an accelerator on arm64', () => {
    const runtime = settingsOf({
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
    });
    expect(() => planConfiguration(runtime, functionState({}))).toThrow(
      "runtime-config needs the function's runtime to be custom; it is nodejs22.x (set runtime: custom)",
    );
    expect(() =>
      planConfiguration(
        settingsOf({ 'accelerator-memory-size': '6' }),
        functionState({ Architectures: ['arm64'] }),
      ),
    ).toThrow("accelerator-memory-size needs an x86_64 function; 'orders-api' would be arm64");
  });
});
