// Files the inputs name in the workspace: smoke-test's @payload, config-file and manifest are
// read only when the file itself, links followed, is a regular file inside the workspace, and
// no error about one quotes what it holds. JSON's own errors say where, not what.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs, type DeployConfig } from '../../src/inputs.js';
import { parseFleet } from '../../src/inputs/fleet.js';
import {
  findDuplicateKey,
  JsonSyntaxError,
  parseJsonText,
  positionAt,
} from '../../src/inputs/json-text.js';
import { tempDir, writeFiles } from '../support/temp-dir.js';
import { asInputError, thrownBy } from './helpers/errors.js';

/** A first line that looks like a secret, and one of /etc/passwd: neither may be quoted. */
const SECRET_TEXT = 'DB_PASSWORD=hunter2-secret\nroot:x:0:0:root:/root:/bin/bash\n';
const SECRETS = ['hunter2', 'DB_PASSWORD', 'root:x'];

function expectNoSecret(message: string): void {
  for (const secret of SECRETS) expect(message).not.toContain(secret);
}

/** A workspace and a directory outside it, each removed when the test ends. */
async function workspaceAndOutside() {
  const workspace = await tempDir('workspace-files');
  const outside = await tempDir('workspace-files-outside');
  await writeFiles(outside, {
    'payload.json': '{"from": "outside"}',
    'settings.json': '{"MemorySize": 512}',
    passwd: SECRET_TEXT,
  });
  return { workspace, outside };
}

function deployInputs(workspace: string, inputs: Readonly<Record<string, string>>): DeployConfig {
  const all: Record<string, string> = {
    'function-name': 'orders-api',
    source: 'app',
    alias: 'live',
    ...inputs,
  };
  return parseInputs((name) => (all[name] ?? '').trim(), {
    AWS_REGION: 'eu-west-1',
    GITHUB_WORKSPACE: workspace,
  });
}

/** The message of the InputError parsing `inputs` raises, checking that it names `input`. */
function refusal(workspace: string, input: string, inputs: Readonly<Record<string, string>>) {
  const error = asInputError(thrownBy(() => deployInputs(workspace, inputs)));
  expect(error.input).toBe(input);
  return error.message;
}

function manifestRefusal(workspace: string, manifest: string): string {
  const error = asInputError(
    thrownBy(() =>
      parseFleet((name) => (name === 'manifest' ? manifest : ''), {
        AWS_REGION: 'eu-west-1',
        GITHUB_WORKSPACE: workspace,
      }),
    ),
  );
  expect(error.input).toBe('manifest');
  return error.message;
}

describe('smoke-test: @path', () => {
  it('reads a file in the workspace, and a link in it to a file in it', async () => {
    const { workspace } = await workspaceAndOutside();
    await writeFiles(workspace, { 'tests/payload.json': '{"path": "/health"}\n' });
    await symlink(path.join('tests', 'payload.json'), path.join(workspace, 'payload.json'));

    for (const given of ['@tests/payload.json', '@payload.json']) {
      const config = deployInputs(workspace, { 'smoke-test': given });
      expect(config.release.smokeTest?.payload).toBe('{"path": "/health"}\n');
    }
  });

  it('reads a file of a workspace that is itself reached through a link', async () => {
    const { workspace } = await workspaceAndOutside();
    await writeFiles(workspace, { 'payload.json': '{"ping": 1}' });
    const linked = path.join(await tempDir('workspace-link'), 'workspace');
    await symlink(workspace, linked);

    const config = deployInputs(linked, { 'smoke-test': '@payload.json' });
    expect(config.release.smokeTest?.payload).toBe('{"ping": 1}');
  });

  it('refuses a link to a file or a directory outside, naming the path as given', async () => {
    const { workspace, outside } = await workspaceAndOutside();
    await symlink(path.join(outside, 'payload.json'), path.join(workspace, 'payload.json'));
    await symlink(outside, path.join(workspace, 'shared'));

    expect(refusal(workspace, 'smoke-test', { 'smoke-test': '@payload.json' })).toBe(
      "Input 'smoke-test': '@payload.json' links to a file outside the workspace",
    );
    expect(refusal(workspace, 'smoke-test', { 'smoke-test': '@shared' })).toBe(
      "Input 'smoke-test': '@shared' links to a file outside the workspace",
    );
    // Through a linked directory on the way.
    expect(refusal(workspace, 'smoke-test', { 'smoke-test': '@shared/payload.json' })).toBe(
      "Input 'smoke-test': '@shared/payload.json' links to a file outside the workspace",
    );
  });

  it('refuses a dangling link, a directory, .. and an absolute path outside', async () => {
    const { workspace, outside } = await workspaceAndOutside();
    await symlink(path.join(outside, 'gone.json'), path.join(workspace, 'dangling.json'));
    await mkdir(path.join(workspace, 'payloads'));
    const absolute = path.join(outside, 'payload.json');

    const said = (given: string) => refusal(workspace, 'smoke-test', { 'smoke-test': given });
    expect(said('@dangling.json')).toBe(
      "Input 'smoke-test': '@dangling.json' is a link to a file that does not exist",
    );
    expect(said('@payloads')).toBe("Input 'smoke-test': '@payloads' is not a file");
    expect(said('@../payload.json')).toBe(
      `Input 'smoke-test': '@../payload.json' is outside the workspace (${workspace})`,
    );
    expect(said(`@${absolute}`)).toBe(
      `Input 'smoke-test': '@${absolute}' is outside the workspace (${workspace})`,
    );
    expect(said('@missing.json')).toBe(
      "Input 'smoke-test': '@missing.json' is not a readable file in the workspace",
    );
  });

  it('never names where a link leads', async () => {
    const { workspace, outside } = await workspaceAndOutside();
    await symlink(path.join(outside, 'payload.json'), path.join(workspace, 'payload.json'));
    await symlink(path.join(outside, 'gone.json'), path.join(workspace, 'dangling.json'));

    for (const given of ['@payload.json', '@dangling.json']) {
      expect(refusal(workspace, 'smoke-test', { 'smoke-test': given })).not.toContain(outside);
    }
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const { workspace } = await workspaceAndOutside();
    execFileSync('mkfifo', [path.join(workspace, 'payload.json')]);

    expect(refusal(workspace, 'smoke-test', { 'smoke-test': '@payload.json' })).toBe(
      "Input 'smoke-test': '@payload.json' is not a file",
    );
  });

  it("refuses a file over Lambda's 6 MiB payload before reading it", async () => {
    const { workspace } = await workspaceAndOutside();
    await writeFile(path.join(workspace, 'big.json'), `"${'x'.repeat(6 * 1024 * 1024 - 1)}"`);

    expect(refusal(workspace, 'smoke-test', { 'smoke-test': '@big.json' })).toBe(
      "Input 'smoke-test': '@big.json' is 6291457 bytes, over Lambda's 6291456 bytes for a payload",
    );
  });

  it('never quotes a file that is not JSON: it says where', async () => {
    const { workspace, outside } = await workspaceAndOutside();
    await writeFiles(workspace, { 'secret.env': SECRET_TEXT, 'late.json': '{\n  "a": 1,\n  x\n}' });
    await symlink(path.join(outside, 'passwd'), path.join(workspace, 'passwd.json'));

    const said = (given: string) => refusal(workspace, 'smoke-test', { 'smoke-test': given });
    expect(said('@secret.env')).toBe(
      "Input 'smoke-test': '@secret.env' is not valid JSON (at line 1 column 1): expected a value",
    );
    expect(said('@late.json')).toBe(
      "Input 'smoke-test': '@late.json' is not valid JSON (at line 3 column 3): expected a key in double quotes",
    );
    expect(said('@passwd.json')).toBe(
      "Input 'smoke-test': '@passwd.json' links to a file outside the workspace",
    );
    for (const given of ['@secret.env', '@passwd.json']) expectNoSecret(said(given));
  });

  it('never quotes smoke-test or smoke-test-expect given inline', () => {
    const workspace = process.cwd();
    expect(refusal(workspace, 'smoke-test', { 'smoke-test': SECRET_TEXT })).toBe(
      "Input 'smoke-test': is not valid JSON (at line 1 column 1): expected a value",
    );
    expect(
      refusal(workspace, 'smoke-test-expect', {
        'smoke-test': '{}',
        'smoke-test-expect': '{"token": hunter2-secret}',
      }),
    ).toBe("Input 'smoke-test-expect': is not valid JSON (at line 1 column 11): expected a value");
    expectNoSecret(refusal(workspace, 'smoke-test', { 'smoke-test': SECRET_TEXT }));
  });
});

describe('config-file and manifest: the same rules for a file', () => {
  it.each(['config-file', 'manifest'])(
    '%s: refuses links out, dangling links and ..',
    async (input) => {
      const { workspace, outside } = await workspaceAndOutside();
      await symlink(path.join(outside, 'settings.json'), path.join(workspace, 'settings.json'));
      await symlink(outside, path.join(workspace, 'shared'));
      await symlink(path.join(outside, 'gone.json'), path.join(workspace, 'dangling.json'));
      const said = (given: string) =>
        input === 'manifest'
          ? manifestRefusal(workspace, given)
          : refusal(workspace, input, { [input]: given });

      expect(said('settings.json')).toBe(
        `Input '${input}': 'settings.json' links to a file outside the workspace`,
      );
      expect(said('shared/settings.json')).toBe(
        `Input '${input}': 'shared/settings.json' links to a file outside the workspace`,
      );
      expect(said('dangling.json')).toBe(
        `Input '${input}': 'dangling.json' is a link to a file that does not exist`,
      );
      expect(said('../settings.json')).toBe(
        `Input '${input}': '../settings.json' is outside the workspace (${workspace})`,
      );
    },
  );

  it.each(['config-file', 'manifest'])(
    '%s: never quotes a file that does not parse',
    async (input) => {
      const { workspace } = await workspaceAndOutside();
      await writeFiles(workspace, {
        'secret.json': SECRET_TEXT,
        'secret.yml': `${SECRET_TEXT}: [\n`,
        'secret.txt': SECRET_TEXT,
      });
      const said = (given: string) =>
        input === 'manifest'
          ? manifestRefusal(workspace, given)
          : refusal(workspace, input, { [input]: given });

      expect(said('secret.json')).toBe(
        `Input '${input}': secret.json: is not valid JSON (at line 1 column 1): expected a value`,
      );
      expect(said('secret.yml')).toMatch(
        new RegExp(
          `^Input '${input}': secret\\.yml: is not valid YAML \\(at line \\d+ column \\d+\\)$`,
        ),
      );
      for (const given of ['secret.json', 'secret.yml', 'secret.txt']) expectNoSecret(said(given));
    },
  );
});

describe('parseJsonText: JSON.parse, with an error that says only where, and what was wanted', () => {
  const VALUE = 'expected a value';
  it.each([
    ['root:x:0:0:root', 1, 1, VALUE],
    ['', 1, 1, 'the text ends where a value should be'],
    ['{"a": hunter2}', 1, 7, VALUE],
    ['{"a": 1,}', 1, 9, 'expected a key in double quotes'],
    ["{'a': 1}", 1, 2, 'expected a key in double quotes'],
    ['{"a" 1}', 1, 6, "expected ':' after the key"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}'"],
    ['[1, 2', 1, 6, "expected ',' or ']'"],
    ['{"a": "unterminated', 1, 20, 'a string is not closed'],
    [
      '{"a": "two\nlines"}',
      1,
      11,
      'a string holds a line break or other control character unescaped',
    ],
    ['{"a": "\u0001"}', 1, 8, 'a string holds a line break or other control character unescaped'],
    ['{"a": "bad \\q escape"}', 1, 13, 'a backslash in a string starts no escape JSON has'],
    ['{"a": "\\u12"}', 1, 9, 'a backslash in a string starts no escape JSON has'],
    ['{"a": 1} trailing', 1, 10, 'more text after the value'],
    ['01', 1, 2, 'more text after the value'],
    ['tru', 1, 1, VALUE],
    ['[\n\n  -]', 3, 3, VALUE],
  ])('%j: line %i column %i, %s', (text, line, column, problem) => {
    const error = thrownBy(() => parseJsonText(text));
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect(error.message).toBe(`is not valid JSON (at line ${line} column ${column}): ${problem}`);
  });

  it('agrees with the position JSON.parse gives, where it gives one', () => {
    const texts = ['{"a": 1,}', '{"a":1} x', '[1,2', '"\\q"', '{"a": "\u0001"}', "{'a':1}", '01'];
    for (const text of texts) {
      const v8 = /position (\d+)/.exec(thrownBy(() => JSON.parse(text)).message)?.[1];
      expect(v8, text).toBeDefined();
      const ours = thrownBy(() => parseJsonText(text)).message;
      const { line, column } = positionAt(text, Number(v8));
      expect(ours, text).toMatch(
        new RegExp(`^is not valid JSON \\(at line ${line} column ${column}\\): `),
      );
    }
  });

  it('returns what JSON.parse returns, at any depth', () => {
    expect(parseJsonText(' {"a": [1, {"b": null}], "c": "\\u0041"} ')).toEqual({
      a: [1, { b: null }],
      c: 'A',
    });
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(() => parseJsonText(deep)).toThrow(JsonSyntaxError);
  });
});

describe('findDuplicateKey: a key one object holds twice', () => {
  it('finds a top-level key, with both lines', () => {
    const text = '{\n  "MemorySize": 512,\n  "Timeout": 30,\n  "MemorySize": 1024\n}';
    expect(findDuplicateKey(text)).toEqual({ path: 'MemorySize', firstLine: 2, secondLine: 4 });
  });

  it('finds a nested key, named by its path', () => {
    const text = JSON.stringify({ Environment: { Variables: { A: '1' } } }, null, 2).replace(
      '"A": "1"',
      '"A": "1",\n      "A": "2"',
    );
    expect(findDuplicateKey(text)).toEqual({
      path: 'Environment.Variables.A',
      firstLine: 4,
      secondLine: 5,
    });
    expect(findDuplicateKey('[{"a": 1}, {"b": [{"c": 1, "c": 2}]}]')?.path).toBe('[1].b[0].c');
  });

  it('takes the same key in two objects, or in an object and the one inside it, as fine', () => {
    expect(findDuplicateKey('{"Layers": [{"Arn": "a"}, {"Arn": "b"}]}')).toBeUndefined();
    expect(findDuplicateKey('{"a": {"a": {"a": 1}}, "b": {"a": 2}}')).toBeUndefined();
    expect(findDuplicateKey('{"a": 1, "b": [{"a": 2}], "c": "\\"a\\": 3"}')).toBeUndefined();
  });

  it('compares keys after escapes are undone', () => {
    expect(findDuplicateKey('{"a": 1, "\\u0061": 2}')?.path).toBe('a');
    expect(findDuplicateKey('{"a\\"b": 1, "a\\u0022b": 2}')?.path).toBe('a"b');
    expect(findDuplicateKey('{"a\\\\": 1, "a\\\\\\\\": 2}')).toBeUndefined();
    expect(findDuplicateKey('{"a/b": 1, "a\\/b": 2}')?.path).toBe('a/b');
  });

  it('finds none in text without objects', () => {
    for (const text of ['1', '"a"', '[1, [2, [3]]]', '{}', '[]']) {
      expect(findDuplicateKey(text)).toBeUndefined();
    }
  });
});
