// The shape of an entry of the input schema (src/inputs/schema.ts): everything about an input
// that is not its parser. action.yml's inputs, docs/inputs.md, the README's essentials, the
// manifest's keys and config-file's key map are all made from these entries.

/** The groups of the reference, in its order. */
export const INPUT_GROUPS = [
  'essentials',
  'function settings',
  'release',
  'previews',
  'many functions',
  'advanced',
] as const;

export type InputGroup = (typeof INPUT_GROUPS)[number];

/**
 * Why an entry of a manifest (or its defaults) may not set an input:
 * - 'step-only': it shapes the fleet itself (manifest, regions...);
 * - 'one-alias': it acts on one function's alias rather than deploys;
 * - 'whole-step': it applies to every function of the step at once.
 */
export type ManifestRefusal = 'step-only' | 'one-alias' | 'whole-step';

/**
 * How a manifest value written as a YAML mapping or list becomes the input's text (otherwise a
 * list is one item a line): 'json' for an input that takes any JSON value, 'json-object' for a
 * mapping of names to strings (numbers and booleans written as text), 'key-value-lines' for a
 * mapping written as KEY=VALUE lines.
 */
export type ManifestValue = 'json' | 'json-object' | 'key-value-lines';

/** Where a workflow may give the input. */
export interface InputPlaces {
  /** Every input is an input of the step. */
  readonly step: true;
  /** true when an entry of a manifest (or its defaults) may set it; else why not. */
  readonly manifest: true | ManifestRefusal;
  /**
   * The config-file key it is read from, as `aws lambda get-function-configuration` prints it:
   * 'MemorySize', 'VpcConfig.SubnetIds'. A key of get-function's own answer, beside its
   * Configuration, starts with that answer's key: 'Concurrency.ReservedConcurrentExecutions'.
   */
  readonly configFile?: string;
}

export interface InputSpec<Name extends string = string> {
  /** kebab-case, as a workflow's `with:` gives it. */
  readonly name: Name;
  readonly group: InputGroup;
  /** action.yml's description: plain text, one paragraph. */
  readonly description: string;
  /** The reference's text (docs/inputs.md, the README), in Markdown; the description when unset. */
  readonly reference?: string;
  /** action.yml's default, which the runner passes when the workflow does not set the input. */
  readonly default?: string;
  /** The reference's default column when it is not `default`: one worked out at run time. */
  readonly shownDefault?: string;
  /** action.yml's `required`; false for function-name too, which a manifest's entries can give. */
  readonly required: boolean;
  readonly where: InputPlaces;
  /** See ManifestValue; unset, a mapping is refused and a list is one item a line. */
  readonly manifestValue?: ManifestValue;
  /** IAM actions the deploying role needs when the input is set (when it needs any). */
  readonly permissions?: readonly string[];
}
