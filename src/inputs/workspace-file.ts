// Files an input names in the workspace (smoke-test's @payload, config-file, manifest): read
// only when the file itself, links followed, is a regular file inside the workspace; parsed
// with errors that say where the text is wrong, never what it holds (it may hold a secret that
// is not masked yet). Messages name the input and the path as given, never a link's target.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import {
  findDuplicateKey,
  JsonSyntaxError,
  parseJsonText,
  type DuplicateKey,
} from './json-text.js';
import type { InputName } from './schema.js';

export interface WorkspaceFile {
  /** The input that names the file. */
  readonly input: InputName;
  /** The path as the input gives it: relative to the workspace, or absolute. */
  readonly path: string;
  /** How messages show the path; `'<path>'` when omitted. */
  readonly shown?: string;
  readonly workspace: string;
  readonly maxBytes: number;
  /** What to say of a file of `bytes`, more than maxBytes: "is 2000000 bytes; ...". */
  readonly tooLarge: (bytes: number) => string;
  /** What to say when nothing is there; "was not found in the workspace" when omitted. */
  readonly missing?: string;
}

/** Opened without following a link, and never waiting on a FIFO, where the platform has these. */
const { O_NOFOLLOW, O_NONBLOCK } = constants as Partial<typeof constants>;
const OPEN_FLAGS = constants.O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0);

/** The file's text, when it is a regular file of at most maxBytes inside the workspace. */
export function readWorkspaceFile(file: WorkspaceFile): string {
  const shown = file.shown ?? `'${file.path}'`;
  const refuse = (problem: string) => new InputError(file.input, `${shown} ${problem}`);
  const resolved = path.resolve(file.workspace, file.path);
  if (!isInside(file.workspace, resolved)) {
    throw refuse(`is outside the workspace (${file.workspace})`);
  }
  try {
    // Links resolved in both: a link in the workspace may lead out of it, and the workspace
    // itself may be reached through one.
    const real = realpathSync(resolved);
    if (!isInside(realpathSync(file.workspace), real)) {
      throw refuse('links to a file outside the workspace');
    }
    return readRegularFile(real, file, refuse);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw refuse(unreadable(error, resolved, file));
  }
}

/** Checks and reads through one descriptor, so the file checked is the file read. */
function readRegularFile(
  real: string,
  file: WorkspaceFile,
  refuse: (problem: string) => InputError,
): string {
  const descriptor = openSync(real, OPEN_FLAGS);
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) throw refuse('is not a file');
    if (stat.size > file.maxBytes) throw refuse(file.tooLarge(stat.size));
    return readFileSync(descriptor, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}

function unreadable(error: unknown, resolved: string, file: WorkspaceFile): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EISDIR') return 'is not a file';
  if (code !== 'ENOENT' && code !== 'ENOTDIR') {
    return `could not be read (${typeof code === 'string' ? code : 'not a valid path'})`;
  }
  return isLink(resolved)
    ? 'is a link to a file that does not exist'
    : (file.missing ?? 'was not found in the workspace');
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

// ---------------------------------------------------------------------------------------
// JSON and YAML documents: config-file and manifest.

/** Names a document in messages: its input, and the path as given. */
export interface DocumentSource {
  readonly input: InputName;
  readonly given: string;
}

/**
 * The document: JSON for .json, YAML for .yml and .yaml, otherwise JSON and then YAML. A key
 * that one mapping holds twice is refused in either, since only one of its values would count.
 */
export function parseJsonOrYaml(text: string, source: DocumentSource): unknown {
  const extension = path.extname(source.given).toLowerCase();
  if (extension === '.json') return parseJsonDocument(text, source);
  if (extension === '.yml' || extension === '.yaml') return parseYamlDocument(text, source);
  try {
    JSON.parse(text);
  } catch {
    return parseYamlDocument(text, source);
  }
  return parseJsonDocument(text, source);
}

function parseJsonDocument(text: string, source: DocumentSource): unknown {
  let document: unknown;
  try {
    document = parseJsonText(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new InputError(source.input, `${source.given}: ${error.message}`);
  }
  refuseDuplicate(findDuplicateKey(text), source);
  return document;
}

function parseYamlDocument(text: string, source: DocumentSource): unknown {
  const lines = new LineCounter();
  const invalid = (offset: number | undefined) => {
    const at = offset === undefined ? undefined : lines.linePos(offset);
    return new InputError(
      source.input,
      `${source.given}: is not valid YAML${at === undefined ? '' : ` (at line ${at.line} column ${at.col})`}`,
    );
  };
  // The parser's messages quote the text: only the position of its first error is used.
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const [error] = document.errors;
  if (error !== undefined) throw invalid(error.pos[0]);
  refuseDuplicate(yamlDuplicate(document.contents, '', lines), source);
  try {
    return document.toJS() as unknown;
  } catch {
    // Too many aliases (a "billion laughs" document), say.
    throw invalid(undefined);
  }
}

/**
 * The first key a mapping holds twice, compared as the value's own keys will be (1 and '1' are
 * one key). Keys that are themselves mappings or lists are left to the checks of the value.
 */
function yamlDuplicate(node: unknown, at: string, lines: LineCounter): DuplicateKey | undefined {
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = yamlDuplicate(item, `${at}[${index}]`, lines);
      if (found !== undefined) return found;
    }
  }
  if (!isMap(node)) return undefined;
  const seen = new Map<string, number>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const name = key === undefined ? undefined : keyName(key.value);
    const keyPath = name === undefined ? at : at === '' ? name : `${at}.${name}`;
    if (key !== undefined && name !== undefined) {
      const line = lines.linePos(key.range?.[0] ?? 0).line;
      const first = seen.get(name);
      if (first !== undefined) return { path: keyPath, firstLine: first, secondLine: line };
      seen.set(name, line);
    }
    const found = yamlDuplicate(pair.value, keyPath, lines);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A scalar key as it becomes a key of the value: null is '', 1 is '1'. */
function keyName(value: unknown): string | undefined {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function refuseDuplicate(duplicate: DuplicateKey | undefined, source: DocumentSource): void {
  if (duplicate === undefined) return;
  const { path: key, firstLine, secondLine } = duplicate;
  const lines =
    firstLine === secondLine
      ? `both on line ${firstLine}`
      : `line ${firstLine} and line ${secondLine}`;
  throw new InputError(source.input, `${source.given}: key '${key}' appears twice (${lines})`);
}
