// The input schema is the one list of inputs: action.yml's inputs, docs/inputs.md and the
// README's essentials are written from it, and the manifest's keys and config-file's key map
// follow from it. A made-up input added to a copy of the schema shows up in each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configFileShape, mapConfigFile } from '../../src/inputs/config-file-shape.js';
import { manifestKeyProblem } from '../../src/inputs/fleet.js';
import {
  INPUT_GROUPS,
  INPUT_NAMES,
  INPUT_SCHEMA,
  type InputSpec,
} from '../../src/inputs/schema.js';
import {
  actionInputsBlock,
  generatedFiles,
  inputTable,
  referencePage,
  withActionInputs,
} from '../../scripts/lib/input-reference.js';
import { asInputError, thrownBy } from './helpers/errors.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface ActionYml {
  readonly inputs: Record<string, { description: string; required: boolean; default?: string }>;
}

const readRoot = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('the schema', () => {
  it('names each input once, in kebab-case', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length);
    for (const name of INPUT_NAMES) expect(name).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
  });

  it('lists the inputs group by group, in the reference order, with no group empty', () => {
    const groups = INPUT_SCHEMA.map((input) => input.group);
    expect([...new Set(groups)]).toEqual(INPUT_GROUPS);
    expect(groups).toEqual(
      [...groups].sort((a, b) => INPUT_GROUPS.indexOf(a) - INPUT_GROUPS.indexOf(b)),
    );
  });

  it('gives action.yml plain one-paragraph descriptions, and the reference Markdown', () => {
    for (const input of INPUT_SCHEMA) {
      expect(input.description, input.name).toMatch(/^\S[^\n`]*\S$/);
      expect(input.reference ?? input.description, input.name).not.toContain('\n');
    }
  });

  it('keeps action.yml short: one line-ish each, the detail in the reference', () => {
    for (const input of INPUT_SCHEMA) {
      expect(input.description.length, input.name).toBeLessThanOrEqual(100);
    }
  });

  it("groups action.yml's inputs as the reference does, each group under its title", () => {
    const lines = readRoot('action.yml').split('\n');
    const titles = lines.filter(
      (line) => /^ {2}# /.test(line) && lines.indexOf(line) < lines.indexOf('outputs:'),
    );
    expect(titles).toEqual([
      '  # Essentials (docs/inputs.md#essentials)',
      '  # Function settings (docs/inputs.md#function-settings)',
      '  # Release (docs/inputs.md#release)',
      '  # Previews (docs/inputs.md#previews)',
      '  # Many functions (docs/inputs.md#many-functions)',
      '  # Advanced (docs/inputs.md#advanced)',
    ]);
    // Each title comes right before the first input of its group.
    for (const group of INPUT_GROUPS) {
      const first = INPUT_SCHEMA.find((input) => input.group === group);
      const at = lines.indexOf(`  ${first?.name ?? ''}:`);
      expect(lines[at - 1], group).toMatch(/^ {2}# /);
    }
  });

  it('maps each config-file key to one input', () => {
    const keys = INPUT_SCHEMA.flatMap((input) => input.where.configFile ?? []);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says how a manifest writes a structured value only for inputs a manifest may set', () => {
    for (const input of INPUT_SCHEMA.filter((each) => each.manifestValue !== undefined)) {
      expect(input.where.manifest, input.name).toBe(true);
    }
  });
});

describe('the files written from the schema', () => {
  it('are what `npm run inputs` writes now', async () => {
    const files = await generatedFiles(ROOT);
    for (const [file, text] of Object.entries(files)) {
      expect(readRoot(file), `${file} is not what the schema writes: run \`npm run inputs\``).toBe(
        text,
      );
    }
  });

  it("give action.yml the schema's inputs, descriptions, defaults and required", () => {
    const action = parseYaml(readRoot('action.yml')) as ActionYml;
    expect(Object.keys(action.inputs)).toEqual(INPUT_NAMES);
    for (const input of INPUT_SCHEMA) {
      const declared = action.inputs[input.name];
      expect(declared?.description).toBe(input.description);
      expect(declared?.required).toBe(input.required);
      expect(declared?.default).toBe(input.default);
    }
  });
});

describe('a made-up input added to a copy of the schema', () => {
  const essential: InputSpec = {
    name: 'made-up-essential',
    group: 'essentials',
    description: 'An input made up for this test: it names nothing the action has.',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
  };
  const setting: InputSpec = {
    name: 'made-up-setting',
    group: 'function settings',
    description: 'A made-up setting, read from config-file at MadeUpSetting.',
    reference: 'A made-up setting; see [config-file](#config-file).',
    required: false,
    where: { step: true, manifest: true, configFile: 'LoggingConfig.MadeUpSetting' },
  };
  const stepOnly: InputSpec = {
    name: 'made-up-fleet-size',
    group: 'many functions',
    description: 'A made-up input of the step alone.',
    required: false,
    where: { step: true, manifest: 'step-only' },
  };
  const schema: readonly InputSpec[] = [...INPUT_SCHEMA, essential, setting, stepOnly];

  it("is in action.yml's inputs, with its description and default", () => {
    const action = parseYaml(
      withActionInputs(readRoot('action.yml'), actionInputsBlock(schema)),
    ) as ActionYml;
    expect(Object.keys(action.inputs)).toHaveLength(INPUT_NAMES.length + 3);
    expect(action.inputs['made-up-essential']).toEqual({
      description: essential.description,
      required: false,
      default: 'false',
    });
    expect(action.inputs['made-up-setting']?.description).toBe(setting.description);
  });

  it("is in its group's table of the reference, with its config-file key", () => {
    const table = inputTable(schema, 'function settings', '../README.md');
    expect(table).toContain(
      '| `made-up-setting` |  | A made-up setting; see [config-file](../README.md#config-file). | `LoggingConfig.MadeUpSetting` |',
    );
    const page = referencePage(schema);
    const section = page.slice(page.indexOf('## Many functions'), page.indexOf('## Advanced'));
    expect(section).toContain('| `made-up-fleet-size` |');
    expect(page).toContain('`made-up-fleet-size` (they shape the fleet)');
  });

  it("is in the README's table when it is an essential, and only then", async () => {
    const files = await generatedFiles(ROOT, schema);
    expect(files['README.md']).toMatch(/^\| `made-up-essential` +\| `false` +\| An input made up/m);
    expect(files['README.md']).not.toContain('made-up-setting');
    expect(files['docs/inputs.md']).toContain('`made-up-setting`');
  });

  it("is one of the manifest's keys, unless it is the step's alone", () => {
    expect(manifestKeyProblem('made-up-setting', schema)).toBeUndefined();
    expect(manifestKeyProblem('made-up-fleet-size', schema)).toBe(
      'is an input of the step, not of the manifest',
    );
    expect(manifestKeyProblem('made-up-setting')).toBe(
      `is not an input of the action (${INPUT_NAMES.length} inputs and group are accepted)`,
    );
  });

  it("is in config-file's key map at its configFile key", () => {
    const document = { LoggingConfig: { LogFormat: 'JSON', MadeUpSetting: 7 } };
    expect(mapConfigFile(document, 'settings.yml', configFileShape(schema)).inputs).toEqual({
      'log-format': 'JSON',
      'made-up-setting': '7',
    });
    const error = asInputError(thrownBy(() => mapConfigFile(document, 'settings.yml')));
    expect(error.input).toBe('config-file');
    expect(error.message).toContain("settings.yml: unknown key 'LoggingConfig.MadeUpSetting'");
  });
});
