// The input schema: every input of the action, once, with what is known about it besides its
// parser. action.yml's inputs and docs/inputs.md are written from it (`npm run inputs`); the
// manifest's keys and config-file's key map are derived from it; a parser can read, and a
// message can name, only an input it declares (InputName).
import { ADVANCED } from './schema/advanced.js';
import { CODEDEPLOY } from './schema/codedeploy.js';
import { ESSENTIALS } from './schema/essentials.js';
import { ATTACHED_FUNCTION_SETTINGS } from './schema/function-settings-attached.js';
import { FUNCTION_SETTINGS } from './schema/function-settings.js';
import { LAMBDA_2025_SETTINGS } from './schema/lambda-2025.js';
import { MANY_FUNCTIONS } from './schema/many-functions.js';
import { NEWEST_SETTINGS } from './schema/newest-settings.js';
import { PREVIEWS } from './schema/previews.js';
import { RELEASE } from './schema/release.js';
import type { InputSpec } from './schema/types.js';
import {
  URL_ASYNC_RUNTIME_PREVIEWS,
  URL_ASYNC_RUNTIME_RELEASE,
  URL_ASYNC_RUNTIME_SETTINGS,
} from './schema/url-async-runtime.js';

export * from './schema/types.js';

/** In the reference's order: by group, then as each group lists them. */
const DECLARED = [
  ...ESSENTIALS,
  ...FUNCTION_SETTINGS,
  ...ATTACHED_FUNCTION_SETTINGS,
  ...NEWEST_SETTINGS,
  ...URL_ASYNC_RUNTIME_SETTINGS,
  ...LAMBDA_2025_SETTINGS,
  ...RELEASE,
  ...URL_ASYNC_RUNTIME_RELEASE,
  ...CODEDEPLOY,
  ...PREVIEWS,
  ...URL_ASYNC_RUNTIME_PREVIEWS,
  ...MANY_FUNCTIONS,
  ...ADVANCED,
] as const;

/** The name of an input the schema declares. */
export type InputName = (typeof DECLARED)[number]['name'];

export const INPUT_SCHEMA: readonly InputSpec<InputName>[] = DECLARED;

export const INPUT_NAMES: readonly InputName[] = INPUT_SCHEMA.map((input) => input.name);

export function isInputName(name: string): name is InputName {
  return (INPUT_NAMES as readonly string[]).includes(name);
}

/** The names of the inputs of `schema` that `where` holds for, in the schema's order. */
export function inputsWhere<Name extends string>(
  schema: readonly InputSpec<Name>[],
  where: (input: InputSpec<Name>) => boolean,
): Name[] {
  return schema.filter(where).map((input) => input.name);
}
