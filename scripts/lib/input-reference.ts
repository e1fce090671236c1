// What `npm run inputs` writes from the input schema (src/inputs/schema.ts): action.yml's
// `inputs:`, docs/inputs.md (a table per group) and the README's table of the essentials.
// Each is a function of the schema it is given, so a test can give it another one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import {
  INPUT_GROUPS,
  INPUT_SCHEMA,
  type InputGroup,
  type InputSpec,
} from '../../src/inputs/schema.js';

type Schema = readonly InputSpec[];

/** The files written, relative to the repository's root. */
export const GENERATED_FILES = ['action.yml', 'docs/inputs.md', 'README.md'] as const;

const GROUP_TITLES: Readonly<Record<InputGroup, string>> = {
  essentials: 'Essentials',
  'function settings': 'Function settings',
  release: 'Release',
  previews: 'Previews',
  'many functions': 'Many functions',
  advanced: 'Advanced',
};

const GROUP_INTROS: Readonly<Record<InputGroup, string>> = {
  essentials: 'What most deploys set: the function, the code, and where the package goes.',
  'function settings':
    "The function's configuration. Only what is set is compared and sent; no default is ever " +
    'applied to an existing function. [config-file](config-file.md) can give the ' +
    "settings with a config-file key, in the API's own shape; an input that is set wins.",
  release:
    'Versions and the alias they go live on: traffic in one move or in steps, the smoke ' +
    'test, alarms, and what happens to a rollout that was stopped. See ' +
    '[Safe releases](safe-releases.md).',
  previews:
    'A preview per pull request: its alias and URL, the comment on the pull request, the ' +
    'GitHub deployment, and removing them. See ' +
    '[Pull-request previews and GitHub deployments](previews.md).',
  'many functions':
    'Many functions, or one in many regions, from one step. See ' +
    '[Many functions](many-functions.md).',
  advanced: 'Packaging details, S3 uploads, and how long the action waits for AWS.',
};

/** Wraps action.yml's descriptions: with their indent, lines stay within 92 columns. */
const DESCRIPTION_WIDTH = 86;

const ESSENTIALS_START =
  '<!-- The table of essentials is written by `npm run inputs` from src/inputs/schema/. -->';
const ESSENTIALS_END = '<!-- End of the table written by `npm run inputs`. -->';

// ---------------------------------------------------------------------------------------
// action.yml

/** action.yml's `inputs:` block, from `inputs:` to its last line. */
export function actionInputsBlock(schema: Schema): string {
  const entries = schema.map((input, index) => {
    const lines = [
      // Each group opens with its title, as docs/inputs.md groups them.
      ...(schema[index - 1]?.group === input.group ? [] : [`  # ${actionGroupTitle(input.group)}`]),
      `  ${input.name}:`,
      '    description: >-',
      ...wrap(input.description, DESCRIPTION_WIDTH).map((line) => `      ${line}`),
      `    required: ${String(input.required)}`,
    ];
    if (input.default !== undefined) lines.push(`    default: ${yamlScalar(input.default)}`);
    return lines.join('\n');
  });
  return ['inputs:', ...entries].join('\n');
}

/** A group's comment in action.yml: its title, and where the reference has it. */
export function actionGroupTitle(group: InputGroup): string {
  return `${GROUP_TITLES[group]} (docs/inputs.md#${anchor(GROUP_TITLES[group])})`;
}

/** `actionYml` with its `inputs:` block replaced; the rest is kept as it is. */
export function withActionInputs(actionYml: string, block: string): string {
  const start = actionYml.indexOf('\ninputs:\n');
  const end = actionYml.indexOf('\noutputs:\n');
  if (start === -1 || end < start) {
    throw new Error('action.yml has no inputs: block followed by outputs:');
  }
  return `${actionYml.slice(0, start + 1)}${block}\n\n${actionYml.slice(end + 1)}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Plain when YAML reads it back as the same string; quoted otherwise ('false', '100'). */
function yamlScalar(value: string): string {
  const plain =
    /^[A-Za-z][\w./-]*$/.test(value) && !/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(value);
  return plain ? value : `'${value.replaceAll("'", "''")}'`;
}

// ---------------------------------------------------------------------------------------
// The reference: docs/inputs.md, and the README's essentials.

/**
 * The inputs of `group`, as a Markdown table. `readmeLink` is the README as seen from the
 * table's file ('../README.md' from docs/): the references' links to its sections go there.
 */
export function inputTable(schema: Schema, group: InputGroup, readmeLink = ''): string {
  const inputs = schema.filter((input) => input.group === group);
  const withKeys = inputs.some((input) => input.where.configFile !== undefined);
  const header = ['input', 'default', 'meaning', ...(withKeys ? ['config-file key'] : [])];
  const rows = inputs.map((input) => [
    `\`${input.name}\``,
    input.shownDefault ?? (input.default === undefined ? '' : `\`${input.default}\``),
    linkedTo(input.reference ?? input.description, readmeLink),
    ...(withKeys
      ? [input.where.configFile === undefined ? '' : `\`${input.where.configFile}\``]
      : []),
  ]);
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`)
    .join('\n');
}

/** docs/inputs.md: every input, a table per group. */
export function referencePage(schema: Schema): string {
  const groups = INPUT_GROUPS.filter((group) => schema.some((input) => input.group === group));
  const refused = (why: InputSpec['where']['manifest']) =>
    schema
      .filter((input) => input.where.manifest === why)
      .map((input) => `\`${input.name}\``)
      .join(', ');
  return [
    '<!-- Written by `npm run inputs` from src/inputs/schema/: edit the schema, then run it. -->',
    '',
    '# Inputs',
    '',
    `Every input of lambda-deploy, by group. Each is checked before any AWS call: a bad one ` +
      'fails the step with a message that names the input and what it accepts.',
    '',
    'An entry of a [manifest](many-functions.md), or its `defaults`, can set any ' +
      `input but the step's own: ${refused('step-only')} (they shape the fleet), ` +
      `${refused('one-alias')} (they act on one alias) and ${refused('whole-step')} ` +
      '(it applies to the whole step).',
    '',
    ...groups.map((group) => `- [${GROUP_TITLES[group]}](#${anchor(GROUP_TITLES[group])})`),
    ...groups.flatMap((group) => [
      '',
      `## ${GROUP_TITLES[group]}`,
      '',
      GROUP_INTROS[group],
      '',
      inputTable(schema, group, '../README.md'),
    ]),
    '',
  ].join('\n');
}

/** `readme` with the table between the essentials markers replaced by `table`. */
export function withReadmeEssentials(readme: string, table: string): string {
  const start = readme.indexOf(ESSENTIALS_START);
  const end = readme.indexOf(ESSENTIALS_END);
  if (start === -1 || end < start) {
    throw new Error(`README.md lacks the markers of the essentials table: ${ESSENTIALS_START}`);
  }
  return `${readme.slice(0, start)}${ESSENTIALS_START}\n\n${table.trimEnd()}\n\n${readme.slice(end)}`;
}

/**
 * The schema's links as seen from docs/ when `readmeLink` is given ('../README.md'): they are
 * written from the repository's root, so README sections (#section) go through the README,
 * and pages of docs/ (docs/page.md) are neighbours.
 */
function linkedTo(markdown: string, readmeLink: string): string {
  if (readmeLink === '') return markdown;
  return markdown.replaceAll('](#', `](${readmeLink}#`).replaceAll('](docs/', '](');
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** GitHub's anchor of a heading of words and spaces. */
function anchor(heading: string): string {
  return heading.toLowerCase().replaceAll(' ', '-');
}

// ---------------------------------------------------------------------------------------
// The files, as `npm run inputs` writes them and the test expects them.

/** Each generated file's text, formatted as prettier wants it (`npm run lint` checks that). */
export async function generatedFiles(
  root: string,
  schema: Schema = INPUT_SCHEMA,
): Promise<Record<(typeof GENERATED_FILES)[number], string>> {
  const read = (file: string) => readFile(path.join(root, file), 'utf8');
  const format = async (text: string, file: string) => {
    const config = await prettier.resolveConfig(path.join(root, file));
    return prettier.format(text, { ...config, filepath: path.join(root, file) });
  };
  const essentials = await format(inputTable(schema, 'essentials'), 'README.md');
  return {
    'action.yml': await format(
      withActionInputs(await read('action.yml'), actionInputsBlock(schema)),
      'action.yml',
    ),
    'docs/inputs.md': await format(referencePage(schema), 'docs/inputs.md'),
    'README.md': withReadmeEssentials(await read('README.md'), essentials),
  };
}
