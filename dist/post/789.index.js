export const id = 789;
export const ids = [789];
export const modules = {

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: putBackSaved

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __webpack_require__(6342);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/runner/summary.ts
// The job summary: HTML (GitHub renders it as Markdown allows) appended to the file
// GITHUB_STEP_SUMMARY names, built up in a buffer and written once, as @actions/core's
// summary writes it (see commands.ts for why not that module). Text is not escaped here:
// the report escapes what it reads (report/summary-writer.ts escapeHtml).



class StepSummary {
    env;
    buffer = '';
    constructor(env = process.env) {
        this.env = env;
    }
    addHeading(text, level = 1) {
        const tag = Number.isInteger(level) && level >= 1 && level <= 6 ? `h${level}` : 'h1';
        return this.addRaw(summary_element(tag, text), true);
    }
    addTable(rows) {
        const body = rows
            .map((row) => summary_element('tr', row
            .map((cell) => typeof cell === 'string' ? summary_element('td', cell) : summary_element('th', cell.data))
            .join('')))
            .join('');
        return this.addRaw(summary_element('table', body), true);
    }
    addRaw(text, addEOL = false) {
        this.buffer += addEOL ? text + external_node_os_.EOL : text;
        return this;
    }
    /** Appends what was added to the summary file, and starts afresh. */
    async write() {
        const file = this.env['GITHUB_STEP_SUMMARY'] ?? '';
        if (file === '') {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        try {
            await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await (0,promises_.appendFile)(file, this.buffer, 'utf8');
        this.buffer = '';
    }
}
function summary_element(tag, content) {
    return `<${tag}>${content}</${tag}>`;
}
/** The step's summary, one buffer for every writer, as the runner keeps one file. */
const summary_summary = new StepSummary();

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A problem with what the workflow author wrote; always raised before any AWS call. It names an
 * input the schema declares, so a message cannot name one the action does not have.
 */
class errors_InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, detail) {
        super(`Input '${input}': ${detail}`);
        this.input = input;
    }
}
/** A deploy step that could not be completed; the message says what and why. */
class errors_DeployError extends Error {
    name = 'DeployError';
}
/**
 * A change whose answer never came and whose effect could not be read back either: the
 * message must not claim it was or was not applied.
 */
class OutcomeUnknownError extends errors_DeployError {
}
/** True when `error`, or an error it wraps, is an OutcomeUnknownError. */
function isOutcomeUnknownFailure(error) {
    for (let at = error; at instanceof Error; at = at.cause) {
        if (at instanceof OutcomeUnknownError)
            return true;
    }
    return false;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The error with a sentence on what state it left things in, unless it already says;
 * an InputError comes before any AWS call and is left as it is.
 */
function withState(error, state) {
    const message = errorMessage(error).trimEnd();
    if (error instanceof errors_InputError || message.includes('no alias moved'))
        return error;
    const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
    return new errors_DeployError(`${sentence} ${state}`, { cause: error });
}
/**
 * Outputs a failure still sets (`smoke-test: failed`, `rolled-back: true`): those of the
 * error and of every error it wraps.
 */
function failureOutputs(error) {
    const outputs = {};
    for (let at = error; at instanceof Error; at = at.cause) {
        const own = at.outputs;
        if (typeof own === 'object' && own !== null)
            Object.assign(outputs, own);
    }
    return outputs;
}
/** A failure that still sets outputs (the version a run published before it failed, say). */
class FailureWithOutputs extends errors_DeployError {
    outputs;
    constructor(cause, outputs) {
        super(errorMessage(cause), { cause });
        this.outputs = outputs;
    }
}
/** `error`, unchanged in its message, with `outputs` set by the step's failure as well. */
function withOutputs(error, outputs) {
    return Object.keys(outputs).length === 0 ? error : new FailureWithOutputs(error, outputs);
}
const SUMMARIZED = Symbol('summarized');
/** Marks a failure whose job summary is written: the step writes no other. */
function summarized(error) {
    if (error instanceof Error)
        Object.defineProperty(error, SUMMARIZED, { value: true });
    return error;
}
function isSummarized(error) {
    return error instanceof Error && error[SUMMARIZED] === true;
}

;// CONCATENATED MODULE: ./src/log-safety.ts
/*
 * How the runner (actions/runner) reads a step's output: it splits it into lines at \n, \r
 * and \r\n, and takes a line as a workflow command when
 *   - after TrimStart (any Unicode white space) it starts with `::` (ActionCommand.TryParseV2), or
 *   - it holds `##[` anywhere, not only at its start (the legacy ActionCommand.TryParse, tried
 *     when the first does not match).
 * Both compare with .NET's culture-sensitive StartsWith/IndexOf, which skip characters such as
 * U+200B (zero width space): a zero-width character in front is no defence, and a space is
 * trimmed. So a line that could be read as a command gets a visible `\` where the runner
 * looks: in front of the line for `::`, after `##[` for the legacy form (as the runner itself
 * does for `##[start-action`); `\::warning::x` and `##[\warning]x` name no command.
 * Wrapping in ::stop-commands:: would also work, but adds two lines to every message.
 */
const LINE_BREAK = /(\r\n|\r|\n)/;
/** Characters TrimStart removes or that a culture-sensitive comparison ignores. */
const SKIPPED = String.raw `\s\u0085\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
const COMMAND_START = new RegExp(`^[${SKIPPED}]*:[${SKIPPED}]*:`, 'u');
const LEGACY_COMMAND = new RegExp(`#[${SKIPPED}]*#[${SKIPPED}]*\\[`, 'gu');
/** `text` with every line that the runner could read as a workflow command defused. */
function defuseCommands(text) {
    return text
        .split(LINE_BREAK)
        .map((part, index) => (index % 2 === 1 ? part : defuseLine(part)))
        .join('');
}
function defuseLine(line) {
    const legacyDefused = line.replace(LEGACY_COMMAND, (prefix) => `${prefix}\\`);
    return COMMAND_START.test(legacyDefused) ? `\\${legacyDefused}` : legacyDefused;
}
/**
 * The Logger every module is given: text may hold names, paths and values read from AWS.
 * `info` prints the message as is, so it is defused; `warning` is the runner's
 * `::warning::` command, whose data is escaped (%, \r, \n as %25, %0D, %0A) into one line
 * that the runner reads as that one command, so it needs nothing.
 */
function safeLogger(sink) {
    return {
        info: (message) => {
            sink.info(defuseCommands(message));
        },
        warning: (message) => {
            sink.warning(message);
        },
    };
}

;// CONCATENATED MODULE: ./src/action-io.ts



/** What every module prints goes through this: no line of it can be a workflow command. */
const log = safeLogger(commands);
/** Sets the step's outputs; a file the runner gave that cannot be written is named. */
function setOutputs(outputs) {
    try {
        for (const [name, value] of Object.entries(outputs))
            core.setOutput(name, value);
    }
    catch (error) {
        const code = error.code;
        const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : '';
        throw new DeployError(`Could not write the step's outputs (${Object.keys(outputs).join(', ')}) to the file ` +
            `GITHUB_OUTPUT names (${process.env['GITHUB_OUTPUT'] ?? 'unset'}): ${reason}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/inputs/values.ts
// How input values are read: booleans, whole numbers in a range, one of a set of words.

function values_parseChoice(input, value, choices, fallback) {
    if (value === '')
        return fallback;
    const choice = choices.find((candidate) => candidate === value);
    if (choice === undefined) {
        throw new InputError(input, `'${value}' is not one of ${choices.join(', ')}`);
    }
    return choice;
}
/** One of `choices`, or undefined when the input is not set. */
function values_optionalChoice(input, value, choices) {
    return value === '' ? undefined : values_parseChoice(input, value, choices, value);
}
function values_parseBoolean(input, value, fallback) {
    if (value === '')
        return fallback;
    // The YAML 1.2 core schema's spellings, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(input, `'${value}' is not true or false`);
}
function values_parseInteger(input, value, range) {
    if (value === '')
        return range.fallback;
    const accepted = `a whole number of ${range.unit} from ${range.min} to ${range.max}`;
    if (!/^\d+$/.test(value))
        throw new InputError(input, `'${value}' is not ${accepted}`);
    const number = Number(value);
    if (number < range.min || number > range.max) {
        throw new InputError(input, `${value} is out of range: give ${accepted}`);
    }
    return number;
}
function values_nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** The non-blank lines of a list input, trimmed. */
function values_inputLines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/** `items`, refused naming `input` when there are more than `max`: "lists 6 layers; a function takes at most 5". */
function values_atMost(input, items, max, limit) {
    if (items.length > max) {
        throw new InputError(input, `lists ${items.length} ${limit.noun}; ${limit.holder} takes at most ${max}`);
    }
    return items;
}

;// CONCATENATED MODULE: ./src/inputs/function-target.ts
// The function to deploy to and its region.


/** A name; a partial ARN (account:function:name); or a whole ARN, with account and function:. */
const FUNCTION_NAME = /^(?:arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+):\d{12}:function:|(?:\d{12}:)?(?:function:)?)(?<name>[a-zA-Z0-9_-]+)(?<qualifier>:[^:]*)?$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+$/;
/** The function's own name, from a name, partial ARN or ARN. */
function functionBaseName(functionName) {
    return functionName.slice(functionName.lastIndexOf(':') + 1);
}
function function_target_parseFunctionName(value) {
    const accepted = 'a function name (letters, digits, - and _; at most 64), a partial ARN or an ARN';
    if (value === '')
        throw new InputError('function-name', `is required: ${accepted}`);
    const match = FUNCTION_NAME.exec(value);
    const name = match?.groups?.['name'];
    if (!match || name === undefined || name.length > 64 || value.length > 140) {
        throw new InputError('function-name', `'${value}' is not ${accepted}`);
    }
    if (match.groups?.['qualifier'] !== undefined) {
        throw new InputError('function-name', `'${value}' names a version or alias; give the function without a qualifier`);
    }
    return { functionName: value, arnRegion: match.groups?.['region'] };
}
function function_target_parseRegion(value, arnRegion, env) {
    if (value !== '' && !REGION.test(value)) {
        throw new InputError('region', `'${value}' is not an AWS region name such as eu-west-1`);
    }
    if (value !== '' && arnRegion !== undefined && value !== arnRegion) {
        throw new InputError('region', `'${value}' differs from the region in function-name's ARN (${arnRegion})`);
    }
    if (arnRegion !== undefined)
        return arnRegion;
    if (value !== '')
        return value;
    for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const fromEnv = nonEmpty(env[variable]);
        if (fromEnv === undefined)
            continue;
        if (!REGION.test(fromEnv)) {
            throw new InputError('region', `not set, and ${variable} is '${fromEnv}', not an AWS region name such as eu-west-1`);
        }
        return fromEnv;
    }
    throw new InputError('region', 'no region given: set this input, or AWS_REGION (configure-aws-credentials sets it)');
}

;// CONCATENATED MODULE: ./src/inputs/github.ts
// github-deployment and deployment-environment: recording the deploy as a GitHub deployment.


/** GitHub's own limit on an environment's name. */
const ENVIRONMENT_LIMIT = 255;
/** The environment of a run without an alias, so that every deployment has one. */
const DEFAULT_DEPLOYMENT_ENVIRONMENT = 'lambda';
function github_parseGitHubDeployment(read, env, alias) {
    const enabled = parseBoolean('github-deployment', read('github-deployment'), false);
    const named = read('deployment-environment');
    if (!enabled) {
        if (named !== '') {
            throw new InputError('deployment-environment', 'applies only with github-deployment: true (the environment to record the deployment in)');
        }
        return undefined;
    }
    const token = read('github-token') || (env['GITHUB_TOKEN'] ?? '');
    if (token === '') {
        throw new InputError('github-token', 'is required with github-deployment: true (${{ github.token }}, with deployments: write)');
    }
    return {
        token,
        environment: parseEnvironmentName(named) ?? alias ?? DEFAULT_DEPLOYMENT_ENVIRONMENT,
    };
}
function parseEnvironmentName(value) {
    if (value === '')
        return undefined;
    if (value.length > ENVIRONMENT_LIMIT || /\p{Cc}/u.test(value)) {
        throw new InputError('deployment-environment', `is not an environment name: one line of at most ${ENVIRONMENT_LIMIT} characters`);
    }
    return value;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/inputs/settings/arn-or-none.ts
// none, which removes a setting, and what the settings that take an ARN or none share.

/** The value that removes a setting, or detaches the VPC: GitHub gives '' for an unset input. */
const arn_or_none_NONE = 'none';
const REGION_PART = '[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+';
/** An ARN matching `pattern`, `none` ('' here: remove), or undefined when unset. */
function arn_or_none_parseArnOrNone(input, value, pattern, says) {
    if (value === '')
        return undefined;
    if (value === arn_or_none_NONE)
        return '';
    if (!pattern.test(value)) {
        throw new InputError(input, `'${value}' is not ${says}, or none to remove it`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/settings/environment-and-tags.ts
// environment and tags: KEY=VALUE lines (or, for environment, a JSON object), checked as Lambda
// would check them.

/** Lambda's limit on all environment variables together. */
const ENVIRONMENT_LIMIT_BYTES = 4096;
const ENV_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;
/** Set by Lambda in every environment; UpdateFunctionConfiguration refuses them. */
const RESERVED_VARIABLES = new Set([
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_EXECUTION_ENV',
    'AWS_LAMBDA_FUNCTION_NAME',
    'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
    'AWS_LAMBDA_FUNCTION_VERSION',
    'AWS_LAMBDA_INITIALIZATION_TYPE',
    'AWS_LAMBDA_LOG_GROUP_NAME',
    'AWS_LAMBDA_LOG_STREAM_NAME',
    'AWS_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_LAMBDA_RUNTIME_API',
    'LAMBDA_TASK_ROOT',
    'LAMBDA_RUNTIME_DIR',
]);
/** KEY=VALUE lines (the value may hold '=' and ','), or a JSON object of strings. */
function environment_and_tags_parseEnvironment(value) {
    let variables;
    if (value.trimStart().startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch {
            throw new InputError('environment', 'starts with { but is not valid JSON');
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
            throw new InputError('environment', 'must be a JSON object of names to strings');
        }
        // No prototype, so that a key such as __proto__ is a key like any other, and checked.
        variables = Object.create(null);
        for (const [key, entry] of Object.entries(parsed)) {
            if (typeof entry !== 'string') {
                throw new InputError('environment', `the value of ${key} is not a string`);
            }
            variables[key] = entry;
        }
    }
    else {
        variables = parsePairs('environment', value, VARIABLE_NAME);
    }
    for (const key of Object.keys(variables)) {
        if (!ENV_KEY.test(key)) {
            throw new InputError('environment', `'${key}' is not a variable name (a letter, then letters, digits and _)`);
        }
        if (RESERVED_VARIABLES.has(key)) {
            throw new InputError('environment', `'${key}' is reserved: Lambda sets it itself`);
        }
    }
    checkEnvironmentSize(variables, 'environment');
    return variables;
}
function checkEnvironmentSize(variables, input) {
    const size = Buffer.byteLength(JSON.stringify(variables));
    if (size > ENVIRONMENT_LIMIT_BYTES) {
        throw new InputError(input, `the variables come to ${size} bytes, over Lambda's limit of ${ENVIRONMENT_LIMIT_BYTES}`);
    }
}
const VARIABLE_NAME = { pattern: ENV_KEY, says: 'a letter, then letters, digits and _' };
const TAG_KEY = { pattern: /^.{1,128}$/, says: '1 to 128 characters' };
function parsePairs(input, value, key) {
    const pairs = Object.create(null);
    for (const [index, line] of value.split(/\r?\n/).entries()) {
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            continue;
        const at = line.indexOf('=');
        const name = at === -1 ? '' : line.slice(0, at).trim();
        if (at === -1 || !key.pattern.test(name)) {
            // The line is named by its number only: it may hold a secret, not yet masked.
            const multiLine = input === 'environment' && index > 0
                ? '; a value that spans several lines (a PEM key, say) cannot be written as KEY=VALUE ' +
                    'lines: give environment as a JSON object instead, {"KEY": "first line\\nsecond line"}'
                : '';
            throw new InputError(input, `line ${index + 1} is not KEY=VALUE with a valid key (${key.says})${multiLine}`);
        }
        pairs[name] = line.slice(at + 1);
    }
    return pairs;
}
/**
 * The action's fingerprint records (resources/code/fingerprint-record.ts and
 * resources/layer/fingerprint-record.ts), kept here as inputs import no resource.
 */
const ACTION_TAGS = [
    'lambda-deploy:code-fingerprint',
    'lambda-deploy:layer-fingerprint',
];
/** Lambda's limits on a tag's value; keys starting with aws: are AWS's own. */
const TAG_VALUE_MAX = 256;
function environment_and_tags_parseTags(value) {
    const tags = parsePairs('tags', value, TAG_KEY);
    for (const [key, tagValue] of Object.entries(tags)) {
        if (key.toLowerCase().startsWith('aws:')) {
            throw new InputError('tags', `'${key}': keys starting with 'aws:' are reserved for AWS`);
        }
        if (ACTION_TAGS.includes(key)) {
            throw new InputError('tags', `'${key}' is the action's own record of the ${key.endsWith('layer-fingerprint') ? "layer's" : "function's"} code (docs/speed.md); use another key`);
        }
        if (tagValue.length > TAG_VALUE_MAX) {
            throw new InputError('tags', `the value of '${key}' is ${tagValue.length} characters, over Lambda's ${TAG_VALUE_MAX}`);
        }
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/inputs/settings/file-systems.ts
// file-systems: an EFS or S3 Files access point and where it mounts, or none.


const ACCESS_POINT = new RegExp(`^arn:aws[a-zA-Z-]*:elasticfilesystem:${REGION_PART}:\\d{12}:access-point/fsap-[a-f0-9]{17}$`);
/** Lambda's pattern for an S3 Files access point (FileSystemConfig.Arn, at most 256 characters). */
const S3_FILES_ACCESS_POINT = /^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system\/fs-[0-9a-f]{17,40}\/access-point\/fsap-[0-9a-f]{17,40}$/;
const ARN_MAX = 256;
/** Whether `arn` is an S3 Files access point (S3FilesConfig applies only to those). */
function isS3FilesAccessPoint(arn) {
    return S3_FILES_ACCESS_POINT.test(arn);
}
/** Lambda's pattern for LocalMountPath. */
const MOUNT_PATH = /^\/mnt\/[a-zA-Z0-9-_.]+$/;
const MOUNT_PATH_MAX = 160;
/** Lambda takes one file system configuration per function. */
const MAX_FILE_SYSTEMS = 1;
/** `<access-point-arn>=<mount-path>` lines, or none (no file system). */
function file_systems_parseFileSystems(value) {
    if (value === NONE)
        return [];
    const systems = [];
    for (const [index, line] of value.split(/\r?\n/).entries()) {
        if (line.trim() === '')
            continue;
        const at = line.indexOf('=');
        const arn = at === -1 ? '' : line.slice(0, at).trim();
        const localMountPath = line.slice(at + 1).trim();
        if (!(ACCESS_POINT.test(arn) || isS3FilesAccessPoint(arn)) || arn.length > ARN_MAX) {
            throw new InputError('file-systems', `line ${index + 1} is not <access-point-arn>=<mount-path> with an EFS access point ARN ` +
                '(arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-…) or an S3 Files one ' +
                '(arn:aws:s3files:<region>:<account>:file-system/fs-…/access-point/fsap-…)');
        }
        if (!MOUNT_PATH.test(localMountPath) || localMountPath.length > MOUNT_PATH_MAX) {
            throw new InputError('file-systems', `'${localMountPath}' is not a mount path: /mnt/ then one name of letters, digits, - _ .`);
        }
        systems.push({ arn, localMountPath });
    }
    if (systems.length === 0) {
        throw new InputError('file-systems', 'lists no file system: give one line, or none to remove');
    }
    if (systems.length > MAX_FILE_SYSTEMS) {
        throw new InputError('file-systems', `lists ${systems.length}; Lambda takes at most ${MAX_FILE_SYSTEMS} file system per function`);
    }
    return systems;
}
/** DirectS3Read applies only to an S3 Files mount (Lambda refuses S3FilesConfig on EFS). */
function file_systems_checkDirectS3Read(directS3Read, fileSystems) {
    if (directS3Read === undefined || fileSystems === undefined)
        return;
    if (fileSystems.length === 0) {
        throw new InputError('file-system-direct-s3-read', 'applies to an S3 Files mount, and file-systems is none');
    }
    const efs = fileSystems.find((system) => !isS3FilesAccessPoint(system.arn));
    if (efs !== undefined) {
        throw new InputError('file-system-direct-s3-read', `applies only to an S3 Files access point; file-systems mounts the EFS access point ${efs.arn}`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/settings/image-config.ts
// image-command, image-entrypoint and image-working-directory: overrides of the image's own.


/** Lambda's limits on an image configuration. */
const IMAGE_LIST_MAX = 1500;
const WORKING_DIRECTORY_MAX = 1000;
function image_config_parseImageConfig(read) {
    const lines = (input) => {
        const value = read(input);
        if (value === '')
            return undefined;
        return atMost(input, inputLines(value), IMAGE_LIST_MAX, { noun: 'items', holder: 'Lambda' });
    };
    const command = lines('image-command');
    const entryPoint = lines('image-entrypoint');
    const workingDirectory = nonEmpty(read('image-working-directory'));
    if (workingDirectory !== undefined && workingDirectory.length > WORKING_DIRECTORY_MAX) {
        throw new InputError('image-working-directory', `is ${workingDirectory.length} characters, over Lambda's ${WORKING_DIRECTORY_MAX}`);
    }
    if (workingDirectory !== undefined && !workingDirectory.startsWith('/')) {
        throw new InputError('image-working-directory', `'${workingDirectory}' is not an absolute path (it starts with /)`);
    }
    if (command === undefined && entryPoint === undefined && workingDirectory === undefined) {
        return undefined;
    }
    return {
        ...(command === undefined ? {} : { command }),
        ...(entryPoint === undefined ? {} : { entryPoint }),
        ...(workingDirectory === undefined ? {} : { workingDirectory }),
    };
}

;// CONCATENATED MODULE: ./src/inputs/settings/logging.ts
// log-format, log-group and the log levels: only the parts set.


/** CloudWatch Logs' rule for a log group name. */
const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const APPLICATION_LOG_LEVELS = (/* unused pure expression or super */ null && (['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL']));
const SYSTEM_LOG_LEVELS = (/* unused pure expression or super */ null && (['DEBUG', 'INFO', 'WARN']));
function logging_parseLogging(read) {
    const format = optionalChoice('log-format', read('log-format'), ['Text', 'JSON']);
    const logGroup = nonEmpty(read('log-group'));
    if (logGroup !== undefined && !LOG_GROUP.test(logGroup)) {
        throw new InputError('log-group', `'${logGroup}' is not a log group name (1 to 512 of letters, digits, _ - / . #)`);
    }
    const applicationLogLevel = optionalChoice('application-log-level', read('application-log-level'), APPLICATION_LOG_LEVELS);
    const systemLogLevel = optionalChoice('system-log-level', read('system-log-level'), SYSTEM_LOG_LEVELS);
    for (const [input, level] of [
        ['application-log-level', applicationLogLevel],
        ['system-log-level', systemLogLevel],
    ]) {
        if (level !== undefined && format !== 'JSON') {
            throw new InputError(input, 'needs log-format: JSON (Lambda takes log levels only with JSON logs)');
        }
    }
    const logging = {
        ...(format === undefined ? {} : { format }),
        ...(logGroup === undefined ? {} : { logGroup }),
        ...(applicationLogLevel === undefined ? {} : { applicationLogLevel }),
        ...(systemLogLevel === undefined ? {} : { systemLogLevel }),
    };
    return Object.keys(logging).length === 0 ? undefined : logging;
}

;// CONCATENATED MODULE: ./src/inputs/json-text.ts
// JSON as a user wrote it. JSON.parse's messages quote the text (which may hold a secret not yet
// masked) and often give no position; and of two equal keys in one object it keeps the last
// without a word. A scanner over the text says where it stops being JSON, and finds a key an
// object holds twice. JSON.parse stays the judge of what the value is.
/** Text that is not JSON: the message says where, and what was wanted there; never what is. */
class json_text_JsonSyntaxError extends Error {
    at;
    name = 'JsonSyntaxError';
    constructor(at, problem) {
        const where = at === undefined ? '' : ` (at line ${at.line} column ${at.column})`;
        super(`is not valid JSON${where}${problem === undefined ? '' : `: ${problem}`}`);
        this.at = at;
    }
}
/** JSON.parse's value; a JsonSyntaxError that says only where, when the text is not JSON. */
function json_text_parseJsonText(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        const scan = new JsonScanner(text);
        if (scan.run())
            throw new json_text_JsonSyntaxError(undefined, undefined);
        throw new json_text_JsonSyntaxError(positionAt(text, scan.at), scan.problem);
    }
}
/** The first key an object of `text` (JSON that JSON.parse accepted) holds twice. */
function json_text_findDuplicateKey(text) {
    const scan = new JsonScanner(text);
    scan.run();
    return scan.duplicate;
}
/** Line and column (from 1, in UTF-16 units as JSON.parse counts) of `offset` in `text`. */
function positionAt(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
/** Walks the text by JSON's grammar, without recursion, so any depth is safe. */
class JsonScanner {
    text;
    /** Where the scan is, or, once it has failed, where the text stops being JSON. */
    at = 0;
    /** What the grammar wanted where the text stops being JSON. */
    problem;
    duplicate;
    line = 1;
    stack = [];
    constructor(text) {
        this.text = text;
    }
    /** True when the whole text is one JSON value. */
    run() {
        this.space();
        for (;;) {
            const read = this.value();
            if (read === 'error')
                return false;
            if (read === 'opened')
                continue;
            const next = this.afterValue();
            if (next === 'error')
                return false;
            if (next === 'end') {
                return this.at === this.text.length || this.fail('more text after the value');
            }
        }
    }
    /** Notes what was wanted where the scan stopped; false, for `return this.fail(...)`. */
    fail(problem) {
        this.problem = problem;
        return false;
    }
    /** A value, or the opening of an object or array up to where its first value starts. */
    value() {
        const char = this.text[this.at];
        if (char === '{' || char === '[')
            return this.open(char);
        if (char === '"')
            return this.string() === undefined ? 'error' : 'complete';
        if (this.match(char === '-' || isDigit(char) ? NUMBER : LITERAL) !== undefined) {
            return 'complete';
        }
        this.fail(char === undefined ? 'the text ends where a value should be' : 'expected a value');
        return 'error';
    }
    open(char) {
        const parent = this.stack.at(-1);
        const frame = {
            path: parent === undefined ? '' : memberPath(parent),
            keys: char === '{' ? new Map() : undefined,
            member: char === '{' ? '' : 0,
        };
        this.at++;
        this.space();
        if (this.text[this.at] === (char === '{' ? '}' : ']')) {
            this.at++;
            return 'complete';
        }
        this.stack.push(frame);
        if (char === '{' && !this.key(frame))
            return 'error';
        return 'opened';
    }
    /** After a complete value: commas, closing brackets and keys, up to the next value. */
    afterValue() {
        for (;;) {
            this.space();
            const frame = this.stack.at(-1);
            if (frame === undefined)
                return 'end';
            const char = this.text[this.at];
            if (char === ',') {
                this.at++;
                this.space();
                if (typeof frame.member === 'number') {
                    frame.member++;
                    return 'value';
                }
                return this.key(frame) ? 'value' : 'error';
            }
            const close = frame.keys === undefined ? ']' : '}';
            if (char !== close) {
                this.fail(`expected ',' or '${close}'`);
                return 'error';
            }
            this.at++;
            this.stack.pop();
        }
    }
    /** A key, its colon, and the space up to its value; a key seen before is noted. */
    key(frame) {
        if (this.text[this.at] !== '"')
            return this.fail('expected a key in double quotes');
        const token = this.string();
        if (token === undefined)
            return false;
        // A valid JSON string: JSON.parse undoes its escapes, so "\u0061" is the key "a".
        const name = JSON.parse(token);
        const first = frame.keys?.get(name);
        if (first === undefined)
            frame.keys?.set(name, this.line);
        frame.member = name;
        if (first !== undefined && this.duplicate === undefined) {
            this.duplicate = { path: memberPath(frame), firstLine: first, secondLine: this.line };
        }
        this.space();
        if (this.text[this.at] !== ':')
            return this.fail("expected ':' after the key");
        this.at++;
        this.space();
        return true;
    }
    /** A string token, escapes checked; on failure `at` is at the character that is wrong. */
    string() {
        const start = this.at;
        this.at++;
        for (;;) {
            const problem = this.stringCharacter();
            if (problem === 'closed')
                return this.text.slice(start, this.at);
            if (problem !== undefined) {
                this.fail(problem);
                return undefined;
            }
        }
    }
    /** Steps over one character (or escape) of a string: 'closed' at its end, else what is wrong. */
    stringCharacter() {
        const code = this.text.charCodeAt(this.at);
        if (Number.isNaN(code))
            return 'a string is not closed';
        if (code < 0x20)
            return 'a string holds a line break or other control character unescaped';
        this.at++;
        if (code === 0x22)
            return 'closed';
        if (code === 0x5c && !this.escape())
            return 'a backslash in a string starts no escape JSON has';
        return undefined;
    }
    escape() {
        const char = this.text[this.at] ?? '';
        if (char !== '' && '"\\/bfnrt'.includes(char)) {
            this.at++;
            return true;
        }
        if (char !== 'u' || !/^[\da-fA-F]{4}$/.test(this.text.slice(this.at + 1, this.at + 5))) {
            return false;
        }
        this.at += 5;
        return true;
    }
    match(pattern) {
        pattern.lastIndex = this.at;
        const found = pattern.exec(this.text)?.[0];
        if (found !== undefined)
            this.at += found.length;
        return found;
    }
    /** JSON's white space; line breaks are only ever here (a string cannot hold one). */
    space() {
        for (;;) {
            const char = this.text[this.at];
            if (char === '\n')
                this.line++;
            else if (char !== ' ' && char !== '\t' && char !== '\r')
                return;
            this.at++;
        }
    }
}
function isDigit(char) {
    return char !== undefined && char >= '0' && char <= '9';
}
function memberPath(frame) {
    if (typeof frame.member === 'number')
        return `${frame.path}[${frame.member}]`;
    return frame.path === '' ? frame.member : `${frame.path}.${frame.member}`;
}

;// CONCATENATED MODULE: ./src/inputs/settings/newest.ts
// runtime-config, accelerator-memory-size and file-system-direct-s3-read: the settings Lambda
// added in 2026 (RuntimeConfig, AcceleratorConfig, FileSystemConfigs[].S3FilesConfig).


/** Lambda's AcceleratorMemoryGB values. */
const ACCELERATOR_MEMORY_SIZES = (/* unused pure expression or super */ null && ([3, 6, 12, 16, 24, 48]));
/** /tmp's limit without an accelerator, and with one. */
const newest_EPHEMERAL_STORAGE_MAX = 10_240;
const newest_EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR = 32_768;
/** FunctionRuntimeConfig's patterns and lengths, from Lambda's API reference. */
const RUNTIME_ARN = /^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:runtime\/.+$/;
const RUNTIME_ARN_LENGTH = { min: 48, max: 2048 };
const RUNTIME_ALIAS = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,126}[A-Za-z0-9_])?$/;
const DIRECT_S3_READ = (/* unused pure expression or super */ null && (['AUTO', 'ENABLED', 'DISABLED']));
function newest_parseNewestSettings(read) {
    return {
        runtimeConfig: parseRuntimeConfig(read('runtime-config')),
        acceleratorMemorySize: parseAcceleratorMemorySize(read('accelerator-memory-size')),
        directS3Read: parseDirectS3Read(read('file-system-direct-s3-read')),
    };
}
function parseRuntimeConfig(value) {
    if (value === '')
        return undefined;
    const shape = 'a JSON object {"RuntimeArn": "arn:aws:lambda:<region>:<account>:runtime/<name>", "RuntimeAlias": "<alias>"}';
    let parsed;
    try {
        parsed = parseJsonText(value);
    }
    catch (error) {
        if (error instanceof JsonSyntaxError) {
            throw new InputError('runtime-config', `${error.message}; give ${shape}`);
        }
        throw error;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new InputError('runtime-config', `is not ${shape}`);
    }
    const object = parsed;
    const unknown = Object.keys(object).filter((key) => key !== 'RuntimeArn' && key !== 'RuntimeAlias');
    if (unknown.length > 0) {
        throw new InputError('runtime-config', `has ${unknown.map((key) => `'${key}'`).join(', ')}, which RuntimeConfig does not: it takes RuntimeArn and RuntimeAlias`);
    }
    const runtimeArn = object['RuntimeArn'];
    const runtimeAlias = object['RuntimeAlias'];
    if (typeof runtimeArn !== 'string' || typeof runtimeAlias !== 'string') {
        throw new InputError('runtime-config', `needs both RuntimeArn and RuntimeAlias, as strings`);
    }
    if (!RUNTIME_ARN.test(runtimeArn) ||
        runtimeArn.length < RUNTIME_ARN_LENGTH.min ||
        runtimeArn.length > RUNTIME_ARN_LENGTH.max) {
        throw new InputError('runtime-config', `RuntimeArn '${runtimeArn}' is not a runtime ARN (arn:aws:lambda:<region>:<account>:runtime/<name>, ${RUNTIME_ARN_LENGTH.min} to ${RUNTIME_ARN_LENGTH.max} characters)`);
    }
    if (!RUNTIME_ALIAS.test(runtimeAlias)) {
        throw new InputError('runtime-config', `RuntimeAlias '${runtimeAlias}' is not a runtime alias name: 1 to 128 letters, digits, _ . -, starting and ending with a letter, digit or _`);
    }
    return { runtimeArn, runtimeAlias };
}
function parseAcceleratorMemorySize(value) {
    if (value === '')
        return undefined;
    const size = ACCELERATOR_MEMORY_SIZES.find((candidate) => String(candidate) === value);
    if (size === undefined) {
        throw new InputError('accelerator-memory-size', `'${value}' is not one of Lambda's accelerator memory sizes in GB: ${ACCELERATOR_MEMORY_SIZES.join(', ')}`);
    }
    return size;
}
function parseDirectS3Read(value) {
    if (value === '')
        return undefined;
    const choice = DIRECT_S3_READ.find((candidate) => candidate === value.toUpperCase());
    if (choice === undefined) {
        throw new InputError('file-system-direct-s3-read', `'${value}' is not one of ${DIRECT_S3_READ.join(', ')}`);
    }
    return choice;
}
/** Over 10240 MB of /tmp only with an accelerator, and never over 32768. */
function newest_checkEphemeralStorage(size, acceleratorMemorySize) {
    if (size === undefined || size <= newest_EPHEMERAL_STORAGE_MAX)
        return;
    if (acceleratorMemorySize === undefined) {
        throw new InputError('ephemeral-storage', `${size} is out of range: give a whole number of MB from 512 to ${newest_EPHEMERAL_STORAGE_MAX}; ` +
            `Lambda allows up to ${newest_EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR} only with an accelerator (accelerator-memory-size)`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/settings/lambda-2025.ts
// durable-config, capacity-provider-config, scaling-config and tenant-isolation: JSON in the
// API's own shapes (DurableConfig, CapacityProviderConfig, FunctionScalingConfig), checked
// here field by field with Lambda's ranges, so that a typo fails before any AWS call.




/** Lambda's range for DurableConfig.ExecutionTimeout: one 366-day year, in seconds. */
const MAX_DURABLE_TIMEOUT = 31_622_400;
const MAX_RETENTION_DAYS = 90;
const KMS_KEY = new RegExp(`^arn:aws[a-zA-Z-]*:kms:${REGION_PART}:\\d{12}:key/[a-zA-Z0-9-]{1,128}$`);
const CAPACITY_PROVIDER = new RegExp(`^arn:aws[a-zA-Z-]*:lambda:${REGION_PART}:\\d{12}:capacity-provider:[a-zA-Z0-9_-]{1,140}$`);
function lambda_2025_parseLambda2025(read) {
    const scaling = parseScaling(read('scaling-config'));
    const capacityProvider = parseCapacityProvider(read('capacity-provider-config'));
    return {
        durableConfig: parseDurable(read('durable-config')),
        capacityProvider,
        scaling,
        tenantIsolation: optionalChoice('tenant-isolation', read('tenant-isolation'), [
            'per-tenant',
            'none',
        ]),
    };
}
function parseDurable(value) {
    if (value === '')
        return undefined;
    const input = 'durable-config';
    const object = jsonObject(input, value, [
        'ExecutionTimeout',
        'RetentionPeriodInDays',
        'KMSKeyArn',
    ]);
    const timeout = whole(input, object, 'ExecutionTimeout', 1, MAX_DURABLE_TIMEOUT);
    const retention = whole(input, object, 'RetentionPeriodInDays', 1, MAX_RETENTION_DAYS);
    const key = object['KMSKeyArn'];
    if (key !== undefined && (typeof key !== 'string' || !KMS_KEY.test(key))) {
        throw new InputError(input, `KMSKeyArn ${JSON.stringify(key)} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)`);
    }
    return {
        ...(timeout === undefined ? {} : { ExecutionTimeout: timeout }),
        ...(retention === undefined ? {} : { RetentionPeriodInDays: retention }),
        ...(typeof key === 'string' ? { KMSKeyArn: key } : {}),
    };
}
function parseCapacityProvider(value) {
    if (value === '')
        return undefined;
    const input = 'capacity-provider-config';
    const outer = jsonObject(input, value, ['LambdaManagedInstancesCapacityProviderConfig']);
    const inner = outer['LambdaManagedInstancesCapacityProviderConfig'];
    if (!isObject(inner)) {
        throw new InputError(input, 'needs LambdaManagedInstancesCapacityProviderConfig: an object with CapacityProviderArn');
    }
    const fields = [
        'CapacityProviderArn',
        'PerExecutionEnvironmentMaxConcurrency',
        'ExecutionEnvironmentMemoryGiBPerVCpu',
    ];
    checkKeys(input, inner, fields, 'LambdaManagedInstancesCapacityProviderConfig.');
    const arn = inner['CapacityProviderArn'];
    if (typeof arn !== 'string' || !CAPACITY_PROVIDER.test(arn)) {
        throw new InputError(input, `CapacityProviderArn ${arn === undefined ? 'is missing' : `${JSON.stringify(arn)} is not a capacity provider ARN`} (arn:aws:lambda:<region>:<account>:capacity-provider:<name>)`);
    }
    const concurrency = whole(input, inner, 'PerExecutionEnvironmentMaxConcurrency', 1, 1_000_000);
    const memory = inner['ExecutionEnvironmentMemoryGiBPerVCpu'];
    if (memory !== undefined && (typeof memory !== 'number' || !(memory > 0))) {
        throw new InputError(input, `ExecutionEnvironmentMemoryGiBPerVCpu ${JSON.stringify(memory)} is not a positive number of GiB`);
    }
    return {
        LambdaManagedInstancesCapacityProviderConfig: {
            CapacityProviderArn: arn,
            ...(concurrency === undefined ? {} : { PerExecutionEnvironmentMaxConcurrency: concurrency }),
            ...(typeof memory === 'number' ? { ExecutionEnvironmentMemoryGiBPerVCpu: memory } : {}),
        },
    };
}
function parseScaling(value) {
    if (value === '')
        return undefined;
    const input = 'scaling-config';
    const object = jsonObject(input, value, ['MinExecutionEnvironments', 'MaxExecutionEnvironments']);
    const min = whole(input, object, 'MinExecutionEnvironments', 0, 1_000_000);
    const max = whole(input, object, 'MaxExecutionEnvironments', 0, 1_000_000);
    if (min === undefined && max === undefined) {
        throw new InputError(input, 'sets neither MinExecutionEnvironments nor MaxExecutionEnvironments');
    }
    if (min !== undefined && max !== undefined && min > max) {
        throw new InputError(input, `MinExecutionEnvironments ${min} is over MaxExecutionEnvironments ${max}`);
    }
    return {
        ...(min === undefined ? {} : { MinExecutionEnvironments: min }),
        ...(max === undefined ? {} : { MaxExecutionEnvironments: max }),
    };
}
function jsonObject(input, value, keys) {
    let parsed;
    try {
        parsed = parseJsonText(value);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new InputError(input, `is not valid JSON: ${detail}`);
    }
    if (!isObject(parsed))
        throw new InputError(input, 'must be a JSON object');
    checkKeys(input, parsed, keys, '');
    return parsed;
}
/** Refuses a key the API's shape does not have, naming the nearest one it does. */
function checkKeys(input, object, keys, prefix) {
    for (const key of Object.keys(object)) {
        if (keys.includes(key))
            continue;
        const nearest = [...keys].sort((a, b) => distance(key, a) - distance(key, b))[0] ?? '';
        throw new InputError(input, `has no key ${prefix}${key} in the API's shape (did you mean ${nearest}?); it takes ${keys.join(', ')}`);
    }
}
function whole(input, object, key, min, max) {
    const value = object[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new InputError(input, `${key} ${JSON.stringify(value)} is not a whole number from ${min} to ${max}`);
    }
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Edit distance, case-insensitive: to name the key a typo meant. */
function distance(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let row = Array.from({ length: y.length + 1 }, (_, index) => index);
    for (let i = 1; i <= x.length; i++) {
        const next = [i];
        for (let j = 1; j <= y.length; j++) {
            next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[y.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/inputs/settings/vpc.ts
// subnet-ids, security-group-ids and ipv6-dual-stack: the function's VPC, or none to detach it.



const SUBNET = /^subnet-[0-9a-f]{8,17}$/;
const SECURITY_GROUP = /^sg-[0-9a-f]{8,17}$/;
/** Lambda's limits on a function's VPC configuration. */
const MAX_SUBNETS = 16;
const MAX_SECURITY_GROUPS = 5;
/** Items one per line or comma-separated, trimmed, blank ones skipped, repeats dropped. */
function listOf(value) {
    return [
        ...new Set(value
            .split(/[\r\n,]+/)
            .map((item) => item.trim())
            .filter((item) => item !== '')),
    ];
}
function parseIds(input, value, pattern, what, max) {
    const ids = listOf(value);
    if (ids.length === 0) {
        throw new InputError(input, `lists no ${what}: list them, or none (with none for the other) to detach the VPC`);
    }
    for (const id of ids) {
        if (!pattern.test(id))
            throw new InputError(input, `'${id}' is not ${what}`);
    }
    if (ids.length > max) {
        throw new InputError(input, `lists ${ids.length}; Lambda takes at most ${max}`);
    }
    return ids;
}
function vpc_parseVpc(read) {
    const subnets = read('subnet-ids');
    const groups = read('security-group-ids');
    const dualStack = read('ipv6-dual-stack');
    const ipv6DualStack = dualStack === '' ? undefined : parseBoolean('ipv6-dual-stack', dualStack, false);
    if (subnets === '' && groups === '') {
        if (ipv6DualStack !== undefined) {
            throw new InputError('ipv6-dual-stack', 'needs subnet-ids and security-group-ids: it is part of the VPC configuration');
        }
        return undefined;
    }
    if (subnets === '' || groups === '') {
        const [missing, given] = subnets === '' ? ['subnet-ids', 'security-group-ids'] : ['security-group-ids', 'subnet-ids'];
        throw new InputError(missing, `is required with ${given}: a VPC configuration needs both (none and none detach the VPC)`);
    }
    if (subnets === NONE || groups === NONE) {
        if (subnets !== groups) {
            const [detached, other] = subnets === NONE
                ? ['subnet-ids', 'security-group-ids']
                : ['security-group-ids', 'subnet-ids'];
            throw new InputError(detached, `is none but ${other} is not: set both to none to detach the VPC, or list both`);
        }
        if (ipv6DualStack !== undefined) {
            throw new InputError('ipv6-dual-stack', 'does not apply when the VPC is detached (none)');
        }
        return { subnetIds: [], securityGroupIds: [], ipv6DualStack: undefined };
    }
    return {
        subnetIds: parseIds('subnet-ids', subnets, SUBNET, 'a subnet ID (subnet-…)', MAX_SUBNETS),
        securityGroupIds: parseIds('security-group-ids', groups, SECURITY_GROUP, 'a security group ID (sg-…)', MAX_SECURITY_GROUPS),
        ipv6DualStack,
    };
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts
// The function's settings: only what the user set, never a default. The groups with rules of
// their own are parsed in settings/: environment and tags, VPC, logging, file systems, image.













/**
 * CreateFunction needs a role, and for a zip a runtime and handler (an image brings its own);
 * checked before any AWS call rather than after the package is built.
 */
function settings_checkCreatable(settings, packageType) {
    const required = [['role', settings.role]];
    if (packageType === 'Zip') {
        required.push(['runtime', settings.runtime], ['handler', settings.handler]);
    }
    for (const [input, value] of required) {
        if (value === undefined) {
            throw new InputError(input, `is required with create-if-missing: true, to create ${packageType === 'Zip' ? 'a zip' : 'an image'} function`);
        }
    }
}
/** True when the user set any function setting, so the configuration is compared at all. */
function hasSettings(settings) {
    return Object.entries(settings).some(([key, value]) => key !== 'environmentMode' && key !== 'tagsMode' && value !== undefined);
}
/** Lambda's limit on the layers of one function. */
const settings_MAX_LAYERS = 5;
const ROLE = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const RUNTIME = /^[a-z][a-z0-9.]*$/;
const LAYER = /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+:\d{12}:layer:[a-zA-Z0-9_-]+:\d+$/;
const DEAD_LETTER_TARGET = new RegExp(`^arn:aws[a-zA-Z-]*:(?:sqs|sns):${REGION_PART}:\\d{12}:[a-zA-Z0-9_-]{1,256}(?:\\.fifo)?$`);
const settings_KMS_KEY = new RegExp(`^arn:aws[a-zA-Z-]*:kms:${REGION_PART}:\\d{12}:key/[a-zA-Z0-9-]{1,128}$`);
function settings_parseSettings(read) {
    const text = (input, max) => {
        const value = nonEmpty(read(input));
        if (value !== undefined && value.length > max) {
            throw new InputError(input, `is ${value.length} characters, over Lambda's ${max}`);
        }
        return value;
    };
    const number = (input, min, max, unit) => read(input) === ''
        ? undefined
        : parseInteger(input, read(input), { min, max, fallback: min, unit });
    const runtime = nonEmpty(read('runtime'));
    if (runtime !== undefined)
        settings_checkRuntime('runtime', runtime);
    const role = nonEmpty(read('role'));
    if (role !== undefined && !ROLE.test(role)) {
        throw new InputError('role', `'${role}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`);
    }
    const architecture = nonEmpty(read('architectures'));
    const layers = read('layers') === '' ? undefined : parseLayers(read('layers'));
    const newest = parseNewestSettings(read);
    const fileSystems = read('file-systems') === '' ? undefined : parseFileSystems(read('file-systems'));
    checkDirectS3Read(newest.directS3Read, fileSystems);
    if (newest.runtimeConfig !== undefined && runtime !== undefined && runtime !== 'custom') {
        throw new InputError('runtime-config', `needs runtime custom (a customer-managed runtime), and runtime is ${runtime}`);
    }
    if (newest.acceleratorMemorySize !== undefined && architecture === 'arm64') {
        throw new InputError('accelerator-memory-size', 'needs an x86_64 function (Lambda has accelerators only for x86_64), and architectures is arm64');
    }
    const storage = read('ephemeral-storage');
    if (/^\d+$/.test(storage) && Number(storage) <= EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR) {
        checkEphemeralStorage(Number(storage), newest.acceleratorMemorySize);
    }
    return {
        ...newest,
        handler: text('handler', 128),
        runtime,
        memorySize: number('memory-size', 128, 10_240, 'MB'),
        timeout: number('timeout', 1, 900, 'seconds'),
        description: text('description', 256),
        role,
        architecture: architecture === undefined
            ? undefined
            : parseChoice('architectures', architecture, ['x86_64', 'arm64'], 'x86_64'),
        environment: read('environment') === '' ? undefined : parseEnvironment(read('environment')),
        environmentMode: parseChoice('environment-mode', read('environment-mode'), ['merge', 'replace'], 'merge'),
        layers,
        ephemeralStorage: number('ephemeral-storage', 512, newest.acceleratorMemorySize === undefined
            ? EPHEMERAL_STORAGE_MAX
            : EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR, 'MB'),
        tags: read('tags') === '' ? undefined : parseTags(read('tags')),
        vpc: parseVpc(read),
        deadLetterTargetArn: parseArnOrNone('dead-letter-target-arn', read('dead-letter-target-arn'), DEAD_LETTER_TARGET, 'an SQS queue or SNS topic ARN (arn:aws:sqs:<region>:<account>:<queue>)'),
        tracing: optionalChoice('tracing', read('tracing'), ['Active', 'PassThrough']),
        logging: parseLogging(read),
        snapStart: optionalChoice('snap-start', read('snap-start'), [
            'PublishedVersions',
            'None',
        ]),
        fileSystems,
        kmsKeyArn: parseArnOrNone('kms-key-arn', read('kms-key-arn'), settings_KMS_KEY, 'a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)'),
        imageConfig: parseImageConfig(read),
        reservedConcurrency: parseReservedConcurrency(read('reserved-concurrency')),
        provisionedConcurrency: number('provisioned-concurrency', 1, 10_000, 'instances'),
        codeSigningConfigArn: parseCodeSigningConfigArn(read('code-signing-config-arn')),
        tagsMode: parseChoice('tags-mode', read('tags-mode'), ['merge', 'replace'], 'merge'),
        ...parseLambda2025(read),
    };
}
/** reserved-concurrency: a whole number from 0 (the function never runs) to 1000, or none. */
function parseReservedConcurrency(value) {
    if (value === '')
        return undefined;
    if (value === 'none')
        return 'none';
    if (!/^\d+$/.test(value)) {
        throw new InputError('reserved-concurrency', `'${value}' is not a whole number from 0 to 1000, or none (to remove it)`);
    }
    return parseInteger('reserved-concurrency', value, {
        min: 0,
        max: 1000,
        fallback: 0,
        unit: 'concurrent executions',
    });
}
const CODE_SIGNING_CONFIG = /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+:\d{12}:code-signing-config:csc-[a-z0-9]{17}$/;
/** code-signing-config-arn: an ARN, or none ('') to remove the function's. */
function parseCodeSigningConfigArn(value) {
    if (value === '')
        return undefined;
    if (value === 'none')
        return '';
    if (!CODE_SIGNING_CONFIG.test(value)) {
        throw new InputError('code-signing-config-arn', `'${value}' is not a code signing config ARN (arn:aws:lambda:<region>:<account>:code-signing-config:csc-<id>) or none`);
    }
    return value;
}
function settings_checkRuntime(input, runtime) {
    if (!RUNTIME.test(runtime)) {
        throw new InputError(input, `'${runtime}' is not a Lambda runtime identifier such as nodejs22.x`);
    }
}
function parseLayers(value) {
    if (value === NONE)
        return [];
    const layers = atMost('layers', inputLines(value), settings_MAX_LAYERS, {
        noun: 'layers',
        holder: 'a function',
    });
    for (const layer of layers) {
        if (!LAYER.test(layer)) {
            throw new InputError('layers', `'${layer}' is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>)`);
        }
    }
    return layers;
}

;// CONCATENATED MODULE: ./src/inputs/layer.ts
// A layer to publish from a directory and attach to the function.




const LAYER_NAME = /^[a-zA-Z0-9_-]{1,140}$/;
/** Lambda's limit on CompatibleRuntimes. */
const MAX_COMPATIBLE_RUNTIMES = 15;
function layer_parseLayer(read, workspace, symlinks) {
    const name = read('layer-name');
    const source = read('layer-source');
    const runtimes = layer_listOf(read('layer-compatible-runtimes'));
    const architectures = layer_listOf(read('layer-compatible-architectures'));
    if (name === '' && source === '') {
        for (const [input, given] of [
            ['layer-compatible-runtimes', runtimes],
            ['layer-compatible-architectures', architectures],
        ]) {
            if (given.length > 0)
                throw new InputError(input, 'needs layer-name and layer-source');
        }
        return undefined;
    }
    if (name === '')
        throw new InputError('layer-name', 'is required with layer-source');
    if (source === '') {
        throw new InputError('layer-source', 'is required with layer-name (the directory to publish)');
    }
    if (!LAYER_NAME.test(name)) {
        throw new InputError('layer-name', `'${name}' is not a layer name (1 to 140 letters, digits, '-' and '_')`);
    }
    if (runtimes.length > MAX_COMPATIBLE_RUNTIMES) {
        throw new InputError('layer-compatible-runtimes', `lists ${runtimes.length} runtimes; a layer takes at most ${MAX_COMPATIBLE_RUNTIMES}`);
    }
    for (const runtime of runtimes)
        checkRuntime('layer-compatible-runtimes', runtime);
    const compatibleArchitectures = architectures.map((architecture) => parseChoice('layer-compatible-architectures', architecture, ['x86_64', 'arm64'], 'x86_64'));
    return {
        name,
        source: {
            kind: 'directory',
            path: path.resolve(workspace, source),
            include: [],
            exclude: [],
            symlinks,
        },
        compatibleRuntimes: [...new Set(runtimes)],
        compatibleArchitectures: [...new Set(compatibleArchitectures)],
    };
}
/** The layer version ARNs in `arns` of layers other than `name` (arn:…:layer:<name>:<version>). */
function layer_otherLayers(arns, name) {
    return arns.filter((arn) => layerNameOf(arn) !== name);
}
function layerNameOf(arn) {
    return arn.split(':')[6];
}
/** One value a line, or several on a line separated by commas. */
function layer_listOf(value) {
    return value
        .split(/[\r\n,]+/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./src/inputs/package-source.ts
// What is deployed: a directory to package (with its file selection), a ready zip, or an image.



/** registry/repository followed by :tag or @sha256:digest, as Lambda takes it. */
const IMAGE_URI = /^[a-z0-9.-]+(?::\d+)?\/[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;
function package_source_parseCodeSource(read, workspace) {
    const given = ['source', 'zip-file', 'image-uri'].filter((name) => read(name) !== '');
    if (given.length > 1) {
        throw new InputError(given[0] ?? 'source', `set only one of 'source' (a directory), 'zip-file' (a .zip) and 'image-uri' (a container image); got ${given.map((name) => `'${name}'`).join(' and ')}`);
    }
    const imageUri = read('image-uri');
    if (imageUri === '')
        return parsePackageSource(read, workspace);
    if (!IMAGE_URI.test(imageUri)) {
        throw new InputError('image-uri', `'${imageUri}' is not an image URI such as <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> (or @sha256:<digest>)`);
    }
    for (const name of ['include', 'exclude']) {
        if (read(name) !== '') {
            throw new InputError(name, "applies to 'source' only; an image is deployed as it is");
        }
    }
    return { kind: 'image', uri: imageUri };
}
function parsePackageSource(read, workspace) {
    const source = read('source');
    const zipFile = read('zip-file');
    const include = parsePatterns('include', read('include'));
    const exclude = parsePatterns('exclude', read('exclude'));
    const symlinks = package_source_parseSymlinks(read);
    if (source !== '') {
        return { kind: 'directory', path: path.resolve(workspace, source), include, exclude, symlinks };
    }
    for (const [name, patterns] of [
        ['include', include],
        ['exclude', exclude],
    ]) {
        if (zipFile !== '' && patterns.length > 0) {
            throw new InputError(name, "applies to 'source' only; a zip-file is deployed as it is");
        }
    }
    if (zipFile !== '')
        return { kind: 'zip-file', path: path.resolve(workspace, zipFile), symlinks };
    throw new InputError('source', "is required: set 'source' (a directory) or 'zip-file' (a .zip)");
}
function package_source_parseSymlinks(read) {
    const choices = ['auto', 'follow', 'error', 'preserve'];
    return parseChoice('symlinks', read('symlinks'), choices, 'auto');
}
/**
 * One .gitignore pattern a line ('!' takes back what an earlier line took); blank lines
 * and lines starting with '#' are skipped.
 */
function parsePatterns(input, value) {
    const patterns = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    for (const pattern of patterns) {
        if (pattern.replace(/^!/, '').split('/').includes('..')) {
            throw new InputError(input, `'${pattern}' reaches outside the source directory with '..'`);
        }
    }
    return patterns;
}

;// CONCATENATED MODULE: ./src/inputs/codedeploy-config.ts
// Which CodeDeploy deployment config a rollout's traffic steps are: CodeDeploy's Lambda
// configs shift all at once, as a canary (one share, then the rest after N minutes) or
// linearly (the same share every N minutes). Steps of any other shape map onto none.

/** CodeDeploy's predefined Lambda configs. */
const CANARY_MINUTES = (/* unused pure expression or super */ null && ([5, 10, 15, 30]));
const LINEAR_MINUTES = (/* unused pure expression or super */ null && ([1, 2, 3, 10]));
/** The prefix of the configs the action creates. */
const CUSTOM_PREFIX = 'lambda-deploy-';
/**
 * The config `steps` (percent, rising, ending at 100) held `intervalSeconds` each map onto;
 * refuses, naming the input, steps CodeDeploy cannot shift.
 */
function codedeploy_config_configForSteps(steps, intervalSeconds, traffic) {
    const first = steps[0] ?? 100;
    if (steps.length === 1 && first === 100) {
        return {
            name: 'CodeDeployDefault.LambdaAllAtOnce',
            routing: { type: 'AllAtOnce' },
            predefined: true,
        };
    }
    if (steps.at(-1) !== 100) {
        throw new InputError('traffic', `'${traffic}' does not end at 100: a CodeDeploy deployment always ends with all the traffic on the new version (such as 10,100)`);
    }
    if (intervalSeconds % 60 !== 0) {
        throw new InputError('traffic-interval', `'${formatInterval(intervalSeconds)}' is not whole minutes: CodeDeploy's canary and linear configs shift every N minutes`);
    }
    const minutes = intervalSeconds / 60;
    if (steps.length === 2) {
        const predefined = first === 10 && CANARY_MINUTES.includes(minutes);
        return {
            name: predefined
                ? `CodeDeployDefault.LambdaCanary10Percent${minutes}Minutes`
                : `${CUSTOM_PREFIX}Canary${first}Percent${minutes}Minutes`,
            routing: { type: 'TimeBasedCanary', percentage: first, intervalMinutes: minutes },
            predefined,
        };
    }
    if (isLinear(steps)) {
        const predefined = first === 10 && LINEAR_MINUTES.includes(minutes);
        return {
            name: predefined
                ? `CodeDeployDefault.LambdaLinear10PercentEvery${minutes}Minute${minutes === 1 ? '' : 's'}`
                : `${CUSTOM_PREFIX}Linear${first}PercentEvery${minutes}Minutes`,
            routing: { type: 'TimeBasedLinear', percentage: first, intervalMinutes: minutes },
            predefined,
        };
    }
    throw new InputError('traffic', `'${traffic}' maps onto no CodeDeploy config: a canary is one share then 100 (such as 10,100), ` +
        'a linear shift rises by the same share each time (such as 25,50,75,100); or name a config with codedeploy-config');
}
/** 20,40,60,80,100 and 30,60,90,100: each step one more share, the last capped at 100. */
function isLinear(steps) {
    const share = steps[0] ?? 100;
    if (steps.length !== Math.ceil(100 / share))
        return false;
    return steps.every((step, at) => step === Math.min(100, share * (at + 1)));
}
/** How long the whole shift of `routing` takes, in seconds. */
function shiftSeconds(routing) {
    if (routing.type === 'AllAtOnce')
        return 0;
    const waits = routing.type === 'TimeBasedCanary' ? 1 : Math.ceil(100 / routing.percentage) - 1;
    return waits * routing.intervalMinutes * 60;
}
/** "10 % then the rest after 5 min", for the plan. */
function routingSentence(routing) {
    switch (routing.type) {
        case 'AllAtOnce':
            return 'all at once';
        case 'TimeBasedCanary':
            return `canary: ${routing.percentage} %, the rest after ${routing.intervalMinutes} min`;
        case 'TimeBasedLinear':
            return `linear: ${routing.percentage} % more every ${routing.intervalMinutes} min`;
    }
}
function formatInterval(seconds) {
    return `${seconds}s`;
}

;// CONCATENATED MODULE: ./src/inputs/codedeploy.ts
// rollout-engine and the CodeDeploy inputs: which application, group and config a
// CodeDeploy rollout uses, its hooks, and whether the step follows it to its end.



/** CodeDeploy's names: 1 to 100 characters. */
const NAME = /^[A-Za-z0-9._+\-@]{1,100}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;
const CODEDEPLOY_ONLY = (/* unused pure expression or super */ null && ([
    'codedeploy-application',
    'codedeploy-deployment-group',
    'codedeploy-service-role',
    'codedeploy-config',
    'rollout-timeout',
    'before-traffic-hook',
    'after-traffic-hook',
]));
/** The CodeDeploy rollout the inputs ask for; undefined with rollout-engine: action. */
function codedeploy_parseCodeDeploy(read, alias, rollout) {
    const engine = parseChoice('rollout-engine', read('rollout-engine'), ['action', 'codedeploy'], 'action');
    const wait = parseBoolean('wait-for-rollout', read('wait-for-rollout'), true);
    if (engine === 'action') {
        for (const input of CODEDEPLOY_ONLY) {
            if (read(input) !== '') {
                throw new InputError(input, 'applies only with rollout-engine: codedeploy');
            }
        }
        if (!wait)
            throw new InputError('wait-for-rollout', 'applies only with rollout-engine: codedeploy');
        return undefined;
    }
    if (alias === undefined) {
        throw new InputError('rollout-engine', 'codedeploy shifts an alias between two versions: set alias');
    }
    if (read('smoke-test-after') === 'true') {
        throw new InputError('smoke-test-after', 'runs in the step once the alias is at 100 %; with rollout-engine: codedeploy, use after-traffic-hook');
    }
    return {
        application: parseName('codedeploy-application', read('codedeploy-application')),
        group: parseName('codedeploy-deployment-group', read('codedeploy-deployment-group')),
        serviceRole: parseRole(read('codedeploy-service-role')),
        config: parseConfig(read, rollout),
        wait,
        timeoutSeconds: parseTimeout(read('rollout-timeout'), wait),
        hooks: {
            beforeAllowTraffic: parseHook('before-traffic-hook', read('before-traffic-hook')),
            afterAllowTraffic: parseHook('after-traffic-hook', read('after-traffic-hook')),
        },
    };
}
function parseName(input, value) {
    if (value === '')
        throw new InputError(input, 'is required with rollout-engine: codedeploy');
    if (!NAME.test(value)) {
        throw new InputError(input, `'${value}' is not a CodeDeploy name (1 to 100 letters, digits, . _ + - @)`);
    }
    return value;
}
function parseRole(value) {
    if (value === '')
        return undefined;
    if (!ROLE_ARN.test(value)) {
        throw new InputError('codedeploy-service-role', `'${value}' is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`);
    }
    return value;
}
function parseHook(input, value) {
    if (value === '')
        return undefined;
    if (!FUNCTION.test(value)) {
        throw new InputError(input, `'${value}' is not a Lambda function name or ARN`);
    }
    return value;
}
function parseTimeout(value, wait) {
    if (value === '')
        return undefined;
    if (!wait) {
        throw new InputError('rollout-timeout', 'bounds the wait of wait-for-rollout: true; with false the step does not wait');
    }
    return parseInteger('rollout-timeout', value, {
        min: 1,
        max: 21_600,
        fallback: 3_600,
        unit: 'seconds',
    });
}
/** codedeploy-config, or the config traffic and traffic-interval map onto: never both. */
function parseConfig(read, rollout) {
    const named = read('codedeploy-config');
    const traffic = read('traffic');
    const stepped = rollout.steps.length > 1 || (rollout.steps[0] ?? 100) < 100;
    if (named !== '') {
        if (stepped || read('traffic-interval') !== '') {
            throw new InputError('codedeploy-config', `and traffic '${traffic}' both say how the traffic moves: give one of them`);
        }
        if (!NAME.test(named)) {
            throw new InputError('codedeploy-config', `'${named}' is not a CodeDeploy deployment config name`);
        }
        return { kind: 'named', name: named };
    }
    return { kind: 'shaped', ...configForSteps(rollout.steps, rollout.intervalSeconds, traffic) };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/inputs/workspace-file.ts
// Files an input names in the workspace (smoke-test's @payload, config-file, manifest): read
// only when the file itself, links followed, is a regular file inside the workspace; parsed
// with errors that say where the text is wrong, never what it holds (it may hold a secret that
// is not masked yet). Messages name the input and the path as given, never a link's target.





/** Opened without following a link, and never waiting on a FIFO, where the platform has these. */
const { O_NOFOLLOW, O_NONBLOCK } = external_node_fs_.constants;
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0);
/** The file's text, when it is a regular file of at most maxBytes inside the workspace. */
function workspace_file_readWorkspaceFile(file) {
    const shown = file.shown ?? `'${file.path}'`;
    const refuse = (problem) => new InputError(file.input, `${shown} ${problem}`);
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
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        throw refuse(unreadable(error, resolved, file));
    }
}
/** Checks and reads through one descriptor, so the file checked is the file read. */
function readRegularFile(real, file, refuse) {
    const descriptor = openSync(real, OPEN_FLAGS);
    try {
        const stat = fstatSync(descriptor);
        if (!stat.isFile())
            throw refuse('is not a file');
        if (stat.size > file.maxBytes)
            throw refuse(file.tooLarge(stat.size));
        return readFileSync(descriptor, 'utf8');
    }
    finally {
        closeSync(descriptor);
    }
}
function unreadable(error, resolved, file) {
    const code = error.code;
    if (code === 'EISDIR')
        return 'is not a file';
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        return `could not be read (${typeof code === 'string' ? code : 'not a valid path'})`;
    }
    return isLink(resolved)
        ? 'is a link to a file that does not exist'
        : (file.missing ?? 'was not found in the workspace');
}
function isLink(file) {
    try {
        return lstatSync(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function isInside(root, file) {
    const relative = path.relative(root, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
/**
 * The document: JSON for .json, YAML for .yml and .yaml, otherwise JSON and then YAML. A key
 * that one mapping holds twice is refused in either, since only one of its values would count.
 */
function workspace_file_parseJsonOrYaml(text, source) {
    const extension = path.extname(source.given).toLowerCase();
    if (extension === '.json')
        return parseJsonDocument(text, source);
    if (extension === '.yml' || extension === '.yaml')
        return parseYamlDocument(text, source);
    try {
        JSON.parse(text);
    }
    catch {
        return parseYamlDocument(text, source);
    }
    return parseJsonDocument(text, source);
}
function parseJsonDocument(text, source) {
    let document;
    try {
        document = parseJsonText(text);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        throw new InputError(source.input, `${source.given}: ${error.message}`);
    }
    refuseDuplicate(findDuplicateKey(text), source);
    return document;
}
function parseYamlDocument(text, source) {
    const lines = new LineCounter();
    const invalid = (offset) => {
        const at = offset === undefined ? undefined : lines.linePos(offset);
        return new InputError(source.input, `${source.given}: is not valid YAML${at === undefined ? '' : ` (at line ${at.line} column ${at.col})`}`);
    };
    // The parser's messages quote the text: only the position of its first error is used.
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    const [error] = document.errors;
    if (error !== undefined)
        throw invalid(error.pos[0]);
    refuseDuplicate(yamlDuplicate(document.contents, '', lines), source);
    try {
        return document.toJS();
    }
    catch {
        // Too many aliases (a "billion laughs" document), say.
        throw invalid(undefined);
    }
}
/**
 * The first key a mapping holds twice, compared as the value's own keys will be (1 and '1' are
 * one key). Keys that are themselves mappings or lists are left to the checks of the value.
 */
function yamlDuplicate(node, at, lines) {
    if (isSeq(node)) {
        for (const [index, item] of node.items.entries()) {
            const found = yamlDuplicate(item, `${at}[${index}]`, lines);
            if (found !== undefined)
                return found;
        }
    }
    if (!isMap(node))
        return undefined;
    const seen = new Map();
    for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key : undefined;
        const name = key === undefined ? undefined : keyName(key.value);
        const keyPath = name === undefined ? at : at === '' ? name : `${at}.${name}`;
        if (key !== undefined && name !== undefined) {
            const line = lines.linePos(key.range?.[0] ?? 0).line;
            const first = seen.get(name);
            if (first !== undefined)
                return { path: keyPath, firstLine: first, secondLine: line };
            seen.set(name, line);
        }
        const found = yamlDuplicate(pair.value, keyPath, lines);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** A scalar key as it becomes a key of the value: null is '', 1 is '1'. */
function keyName(value) {
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function refuseDuplicate(duplicate, source) {
    if (duplicate === undefined)
        return;
    const { path: key, firstLine, secondLine } = duplicate;
    const lines = firstLine === secondLine
        ? `both on line ${firstLine}`
        : `line ${firstLine} and line ${secondLine}`;
    throw new InputError(source.input, `${source.given}: key '${key}' appears twice (${lines})`);
}

;// CONCATENATED MODULE: ./src/inputs/safe-release.ts
// Safe releases: the smoke test before traffic, traffic in steps behind alarms, rollback, pruning.




/** The largest payload Lambda takes in a synchronous Invoke. */
const MAX_PAYLOAD_BYTES = (/* unused pure expression or super */ null && (6 * 1024 * 1024));
/** smoke-test: JSON, or @path to a JSON file in the workspace. */
function safe_release_parseSmokeTest(read, workspace) {
    const given = read('smoke-test');
    const expected = read('smoke-test-expect');
    const tenantId = parseTenantId(read('smoke-test-tenant-id'));
    if (given === '') {
        if (expected !== '') {
            throw new InputError('smoke-test-expect', 'needs smoke-test: the payload to invoke with');
        }
        if (tenantId !== undefined) {
            throw new InputError('smoke-test-tenant-id', 'needs smoke-test: the payload to invoke with');
        }
        return undefined;
    }
    const file = given.startsWith('@') ? given.slice(1) : undefined;
    const payload = file === undefined ? given : readPayloadFile(file, workspace);
    parseJson('smoke-test', payload, file === undefined ? '' : `'@${file}' `);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        throw new InputError('smoke-test', `is over Lambda's ${MAX_PAYLOAD_BYTES} bytes for a payload`);
    }
    return {
        payload,
        expect: expected === '' ? undefined : parseJson('smoke-test-expect', expected),
        expects: expected !== '',
        ...(tenantId === undefined ? {} : { tenantId }),
    };
}
/** Lambda's TenantId pattern and length: 1 to 256 of these characters. */
const TENANT_ID = /^[a-zA-Z0-9._:/=+\-@ ]{1,256}$/;
function parseTenantId(value) {
    if (value === '')
        return undefined;
    if (!TENANT_ID.test(value)) {
        throw new InputError('smoke-test-tenant-id', `'${value}' is not a tenant ID: 1 to 256 letters, digits, spaces or . _ : / = + - @`);
    }
    return value;
}
function readPayloadFile(file, workspace) {
    return readWorkspaceFile({
        input: 'smoke-test',
        path: file,
        shown: `'@${file}'`,
        workspace,
        maxBytes: MAX_PAYLOAD_BYTES,
        tooLarge: (bytes) => `is ${bytes} bytes, over Lambda's ${MAX_PAYLOAD_BYTES} bytes for a payload`,
        // The wording smoke-test has always used for a missing file.
        missing: 'is not a readable file in the workspace',
    });
}
/** The text may hold a secret: the error says where it is not JSON, never what is there. */
function parseJson(input, text, shown = '') {
    try {
        return parseJsonText(text);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        throw new InputError(input, `${shown}${error.message}`);
    }
}
/** traffic: one percentage, or rising steps such as 10,50,100. */
function parseTrafficSteps(value) {
    if (value === '')
        return [100];
    const steps = value.split(',').map((part) => part.trim());
    const numbers = steps.map((step) => parseInteger('traffic', step, { min: 1, max: 100, fallback: 100, unit: 'percent' }));
    for (let index = 1; index < numbers.length; index++) {
        if ((numbers[index] ?? 0) <= (numbers[index - 1] ?? 0)) {
            throw new InputError('traffic', `'${value}': steps must rise, each above the one before (such as 10,50,100)`);
        }
    }
    return numbers;
}
const DURATION = /^(\d+)\s*(s|m|h)?$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600 };
/** GitHub ends a job after 6 hours. */
const MAX_INTERVAL_SECONDS = 21_600;
/** traffic-interval: '30s', '5m', '1h' or seconds; default 5 minutes. */
function parseInterval(value) {
    if (value === '')
        return 300;
    const match = DURATION.exec(value);
    const seconds = match === null ? NaN : Number(match[1]) * UNIT_SECONDS[(match[2] ?? 's')];
    if (!(seconds >= 1 && seconds <= MAX_INTERVAL_SECONDS)) {
        throw new InputError('traffic-interval', `'${value}' is not a duration from 1s to 6h, such as 30s, 5m or 1h`);
    }
    return seconds;
}
/** CloudWatch's rule for alarm names: 1 to 255 characters, no control characters. */
function parseAlarms(value) {
    const names = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    for (const name of names) {
        if (name.length > 255 || /\p{Cc}/u.test(name)) {
            throw new InputError('alarms', `'${name}' is not a CloudWatch alarm name (1 to 255 characters)`);
        }
    }
    return [...new Set(names)];
}
function safe_release_parseRollout(read, alias) {
    const steps = parseTrafficSteps(read('traffic'));
    const intervalGiven = read('traffic-interval') !== '';
    const alarms = parseAlarms(read('alarms'));
    const first = steps[0] ?? 100;
    if (alias === undefined && (first < 100 || steps.length > 1)) {
        throw new InputError('traffic', `'${read('traffic')}' needs an alias: set alias to split its traffic`);
    }
    if (steps.length === 1 && intervalGiven) {
        throw new InputError('traffic-interval', 'applies only to traffic in steps, such as 10,50,100');
    }
    if (alarms.length > 0 && alias === undefined) {
        throw new InputError('alarms', 'need an alias to roll back: set alias');
    }
    return { steps, intervalSeconds: parseInterval(read('traffic-interval')), alarms };
}
/** rollback-to: 'previous' or a version number. */
function safe_release_parseRollbackTarget(value) {
    if (value === 'previous' || /^[1-9]\d{0,9}$/.test(value))
        return value;
    throw new InputError('rollback-to', `'${value}' is not 'previous' or a version number${value === '$LATEST' ? ' ($LATEST cannot be rolled back to: it is not a published version)' : ''}`);
}
/** keep-versions: how many of the newest published versions to keep; undefined keeps all. */
function safe_release_parseKeepVersions(read) {
    const value = read('keep-versions');
    if (value === '')
        return undefined;
    return parseInteger('keep-versions', value, {
        min: 1,
        max: 10_000,
        fallback: 1,
        unit: 'versions',
    });
}

;// CONCATENATED MODULE: ./src/inputs/release.ts
// Versions, aliases, traffic, function URLs and the pull request comment.




/** The alias rule of Lambda: letters, digits, '-' and '_', not all digits, 1 to 128. */
const ALIAS = /^(?![0-9]+$)[a-zA-Z0-9_-]{1,128}$/;
const DESCRIPTION_LIMIT = 256;
function release_parseRelease(read, env) {
    const alias = release_parseAlias(read('alias'));
    const rollout = parseRollout(read, alias);
    const smokeTest = parseSmokeTest(read, env['GITHUB_WORKSPACE'] ?? process.cwd());
    const keepVersions = parseKeepVersions(read);
    const description = read('version-description') || defaultVersionDescription(env);
    if (description.length > DESCRIPTION_LIMIT) {
        throw new InputError('version-description', `is over Lambda's ${DESCRIPTION_LIMIT} characters`);
    }
    const publish = parseBoolean('publish', read('publish'), false) || alias !== undefined;
    if (smokeTest !== undefined && !publish) {
        throw new InputError('smoke-test', 'needs a version to invoke: set alias or publish: true');
    }
    if (keepVersions !== undefined && !publish) {
        throw new InputError('keep-versions', 'prunes after a release: set alias or publish: true');
    }
    const smokeTestAfter = parseBoolean('smoke-test-after', read('smoke-test-after'), false);
    if (smokeTestAfter && alias === undefined) {
        throw new InputError('smoke-test-after', 'invokes the alias once it is at 100 %: set alias');
    }
    if (smokeTestAfter && smokeTest === undefined) {
        throw new InputError('smoke-test-after', 'needs smoke-test: the payload to invoke with');
    }
    const codedeploy = parseCodeDeploy(read, alias, rollout);
    return {
        publish,
        alias,
        codedeploy,
        traffic: rollout.steps[0] ?? 100,
        rollout,
        smokeTest,
        keepVersions,
        runLabel: release_runLabel(env),
        runId: runId(env),
        smokeTestAfter,
        onInterrupted: parseChoice('on-interrupted', read('on-interrupted'), ['revert', 'resume', 'fail'], 'revert'),
        functionUrl: parseChoice('function-url', read('function-url'), ['none', 'public', 'iam'], 'none'),
        versionDescription: description,
        triggerCheck: parseChoice('trigger-check', read('trigger-check'), ['warn', 'fail'], 'warn'),
    };
}
function release_parseAlias(value) {
    if (value === '')
        return undefined;
    if (!ALIAS.test(value)) {
        throw new InputError('alias', `'${value}' is not an alias name: letters, digits, '-' and '_', not all digits, at most 128`);
    }
    return value;
}
function release_parsePullRequestComment(read, env) {
    if (!parseBoolean('comment-on-pr', read('comment-on-pr'), false))
        return undefined;
    const token = read('github-token') || (env['GITHUB_TOKEN'] ?? '');
    if (token === '') {
        throw new InputError('github-token', 'is required with comment-on-pr: true (${{ github.token }})');
    }
    return { token };
}
/** "a1b2c3d refs/heads/main, run 123456 attempt 1": which commit and run made the version. */
function defaultVersionDescription(env) {
    const sha = (env['GITHUB_SHA'] ?? '').slice(0, 7);
    const ref = env['GITHUB_REF'] ?? '';
    const run = env['GITHUB_RUN_ID'];
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    const parts = [
        sha,
        ref,
        run === undefined ? '' : `run ${run}${attempt ? ` attempt ${attempt}` : ''}`,
    ];
    const text = parts.filter((part) => part !== '').join(' ');
    return (text === '' ? 'Deployed by lambda-deploy' : text).slice(0, DESCRIPTION_LIMIT);
}
/** "1a2b3c4 run 42": the commit and run, as the runner's variables give them. */
function release_runLabel(env) {
    const sha = (env['GITHUB_SHA'] ?? '').slice(0, 7);
    const run = env['GITHUB_RUN_ID'];
    return [sha, run === undefined ? '' : `run ${run}`].filter((part) => part !== '').join(' ');
}
/** "42.1": the run and its attempt, which tell this run's marks on an alias from another's. */
function runId(env) {
    const run = env['GITHUB_RUN_ID'];
    return run === undefined || run === '' ? 'local' : `${run}.${env['GITHUB_RUN_ATTEMPT'] || '1'}`;
}

;// CONCATENATED MODULE: ./src/inputs/s3.ts
// Where a package too large for the request goes: the S3 inputs.


const DEFAULT_S3_KEY_PREFIX = 'lambda-deploy/';
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ACCOUNT = /^\d{12}$/;
/** S3 refuses bucket names formatted as an IP address. */
const IP_ADDRESS = /^\d+\.\d+\.\d+\.\d+$/;
function s3_parseS3Options(read) {
    const bucket = nonEmpty(read('s3-bucket'));
    if (bucket !== undefined &&
        (!BUCKET.test(bucket) || bucket.includes('..') || IP_ADDRESS.test(bucket))) {
        throw new InputError('s3-bucket', `'${bucket}' is not a bucket name (3 to 63 lower-case letters, digits, '.' and '-')`);
    }
    const upload = parseChoice('s3-upload', read('s3-upload'), ['auto', 'always', 'never'], 'auto');
    if (upload === 'always' && bucket === undefined) {
        throw new InputError('s3-bucket', "is required when s3-upload is 'always'");
    }
    const keyPrefix = read('s3-key-prefix') === '' ? DEFAULT_S3_KEY_PREFIX : read('s3-key-prefix');
    if (keyPrefix.startsWith('/') || keyPrefix.length > 512) {
        throw new InputError('s3-key-prefix', `'${keyPrefix}' must not start with '/' and may be 512 characters at most`);
    }
    const bucketOwner = nonEmpty(read('s3-bucket-owner'));
    if (bucketOwner !== undefined && !ACCOUNT.test(bucketOwner)) {
        throw new InputError('s3-bucket-owner', `'${bucketOwner}' is not a 12-digit AWS account ID`);
    }
    return { bucket, keyPrefix, upload, bucketOwner };
}

;// CONCATENATED MODULE: ./src/inputs/nearest-key.ts
// The known key closest to a misspelt one, to name in "did you mean ...".
/** The key of `known` nearest to `name` (case aside), when it is near enough to be a slip. */
function nearestKey(name, known) {
    const wanted = name.toLowerCase();
    // A key cut short ('Memory' for MemorySize) is a slip too.
    const longer = known.filter((key) => wanted.length >= 4 && key.toLowerCase().startsWith(wanted) && key !== name);
    if (longer.length === 1)
        return longer[0];
    let best;
    for (const key of known) {
        const distance = editDistance(wanted, key.toLowerCase());
        if (best === undefined || distance < best.distance)
            best = { key, distance };
    }
    if (best === undefined)
        return undefined;
    // A slip changes a few letters; a wholly other word is no suggestion.
    const allowed = Math.max(2, Math.floor(Math.max(name.length, best.key.length) / 3));
    return best.distance <= allowed ? best.key : undefined;
}
/** Levenshtein distance, with one row kept. */
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
        }
        row = next;
    }
    return row[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/inputs/config-file-rules.ts
// How config-file's values are read: each rule turns the value at a key into the text of the
// input it sets (in that input's own syntax), or reads an object of keys whole (VpcConfig).



const INPUT = 'config-file';
function config_file_rules_fail(file, key, detail) {
    return new errors_InputError(INPUT, `${file}: ${key}: ${detail}`);
}
/** A string, or a number or boolean written where the API has a string: as the input would read. */
const config_file_rules_text = (value, key, file) => {
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw config_file_rules_fail(file, key, `is ${config_file_rules_describeValue(value)}, not a single value`);
};
/** An object in the API's shape, as the JSON text its input takes. */
const jsonObjectText = (value, key, file) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw config_file_rules_fail(file, key, `is ${config_file_rules_describeValue(value)}, not an object`);
    }
    return JSON.stringify(value);
};
/** TenancyConfig.TenantIsolationMode: PER_TENANT is tenant-isolation's per-tenant. */
const tenantIsolation = (value, key, file) => {
    const mode = config_file_rules_text(value, key, file);
    return mode === 'PER_TENANT' ? 'per-tenant' : mode;
};
/** A list of strings, one a line, as list inputs take them. */
const lines = (value, key, file) => {
    if (!Array.isArray(value))
        throw config_file_rules_fail(file, key, `is ${config_file_rules_describeValue(value)}, not a list`);
    return value
        .map((item, index) => {
        if (typeof item !== 'string') {
            throw config_file_rules_fail(file, `${key}[${index}]`, `is ${config_file_rules_describeValue(item)}, not a string`);
        }
        if (/[\r\n]/.test(item))
            throw config_file_rules_fail(file, `${key}[${index}]`, 'holds a line break');
        return item.trim();
    })
        .join('\n');
};
const bool = (value, key, file) => {
    if (typeof value === 'boolean')
        return String(value);
    if (value === 'true' || value === 'false')
        return value;
    throw config_file_rules_fail(file, key, `is ${config_file_rules_describeValue(value)}, not true or false`);
};
/** Environment.Variables: the environment input takes a JSON object and checks it. */
const variables = (value, key, file) => JSON.stringify(objectAt(value, key, file));
/** An object in the API's shape, for an input that takes it as JSON and checks its keys. */
const config_file_rules_jsonObject = variables;
const setting = (input, encode = config_file_rules_text) => ({ input, encode });
/** A key the rule of the object around it reads. */
const READ_BY_RULE = { map: () => undefined };
/** Architectures: Lambda takes one. */
const oneArchitecture = (value, key, file) => {
    if (!Array.isArray(value) || value.length !== 1) {
        throw config_file_rules_fail(file, key, 'must be a list of one architecture, x86_64 or arm64');
    }
    return config_file_rules_text(value[0], `${key}[0]`, file);
};
/** An ARN, or '' (the setting removed): none, as the input says it. */
const arnOrNone = (value, key, file) => {
    const arn = config_file_rules_text(value, key, file);
    return arn === '' ? 'none' : arn;
};
/** Strings, or objects with Arn as get-function-configuration prints them. */
const config_file_rules_layers = {
    map: (value, key, into) => {
        if (!Array.isArray(value))
            throw config_file_rules_fail(into.file, key, `is ${config_file_rules_describeValue(value)}, not a list`);
        // get-function-configuration prints Layers: [] for a function without layers: detach all.
        if (value.length === 0) {
            into.set('layers', key, 'none');
            return;
        }
        const arns = value.map((layer, index) => {
            const at = `${key}[${index}]`;
            if (typeof layer === 'string')
                return layer.trim();
            const object = objectAt(layer, at, into.file);
            config_file_rules_walk(object, at, LAYER_SHAPE, into);
            return config_file_rules_text(object['Arn'], `${at}.Arn`, into.file) ?? '';
        });
        into.set('layers', key, arns.join('\n'));
    },
};
const LAYER_SHAPE = {
    Arn: READ_BY_RULE,
    CodeSize: 'read-only',
    SigningProfileVersionArn: 'read-only',
    SigningJobArn: 'read-only',
};
/** FileSystemConfigs: one ARN=path line each, as the file-systems input takes them. */
const fileSystems = {
    map: (value, key, into) => {
        if (!Array.isArray(value))
            throw config_file_rules_fail(into.file, key, `is ${config_file_rules_describeValue(value)}, not a list`);
        const mounts = value.map((mount, index) => {
            const at = `${key}[${index}]`;
            const object = objectAt(mount, at, into.file);
            config_file_rules_walk(object, at, FILE_SYSTEM_SHAPE, into);
            const arn = config_file_rules_text(object['Arn'], `${at}.Arn`, into.file) ?? '';
            const mountPath = config_file_rules_text(object['LocalMountPath'], `${at}.LocalMountPath`, into.file) ?? '';
            const s3Files = object['S3FilesConfig'];
            if (s3Files !== undefined && s3Files !== null) {
                const s3At = `${at}.S3FilesConfig`;
                const settings = objectAt(s3Files, s3At, into.file);
                config_file_rules_walk(settings, s3At, S3_FILES_SHAPE, into);
                const direct = settings['DirectS3Read'];
                if (direct !== undefined && direct !== null) {
                    const directAt = `${s3At}.DirectS3Read`;
                    into.set('file-system-direct-s3-read', directAt, config_file_rules_text(direct, directAt, into.file));
                }
            }
            return `${arn}=${mountPath}`;
        });
        into.set('file-systems', key, mounts.length === 0 ? 'none' : mounts.join('\n'));
    },
};
const FILE_SYSTEM_SHAPE = {
    Arn: READ_BY_RULE,
    LocalMountPath: READ_BY_RULE,
    S3FilesConfig: READ_BY_RULE,
};
const S3_FILES_SHAPE = { DirectS3Read: READ_BY_RULE };
/**
 * Tags: KEY=VALUE lines, as the tags input takes them. get-function prints every tag, and those
 * no one may set (aws: ones, the action's own fingerprint records) are left out as read-only.
 */
const tags = {
    map: (value, key, into) => {
        const object = objectAt(value, key, into.file);
        const pairs = [];
        for (const [name, tagValue] of Object.entries(object)) {
            const at = `${key}.${name}`;
            if (name.toLowerCase().startsWith('aws:') || ACTION_TAGS.includes(name)) {
                into.ignored.push(at);
                continue;
            }
            if (name.includes('=') || /[\r\n]/.test(name)) {
                throw config_file_rules_fail(into.file, at, "a tag key with '=' or a line break cannot be set");
            }
            const valueText = config_file_rules_text(tagValue, at, into.file) ?? '';
            if (/[\r\n]/.test(valueText))
                throw config_file_rules_fail(into.file, at, 'holds a line break');
            pairs.push(`${name}=${valueText}`);
        }
        // An empty Tags object sets nothing (the tags input cannot say "no tags" either).
        if (pairs.length > 0)
            into.set('tags', key, pairs.join('\n'));
    },
};
/**
 * VpcConfig: subnets and security groups, one a line. A function outside any VPC reports empty
 * lists, which detach it (none and none), and then dual stack does not apply.
 */
const vpc = {
    map: (value, key, into) => {
        const object = objectAt(value, key, into.file);
        config_file_rules_walk(object, key, VPC_SHAPE, into);
        const list = (name) => object[name] === undefined || object[name] === null
            ? undefined
            : lines(object[name], `${key}.${name}`, into.file);
        const subnets = list('SubnetIds');
        const groups = list('SecurityGroupIds');
        const detached = subnets === '' && groups === '';
        into.set('subnet-ids', `${key}.SubnetIds`, subnets === '' ? 'none' : subnets);
        into.set('security-group-ids', `${key}.SecurityGroupIds`, groups === '' ? 'none' : groups);
        const dualStack = object['Ipv6AllowedForDualStack'];
        if (!detached && dualStack !== undefined && dualStack !== null) {
            const at = `${key}.Ipv6AllowedForDualStack`;
            into.set('ipv6-dual-stack', at, bool(dualStack, at, into.file));
        }
    },
};
const VPC_SHAPE = {
    SubnetIds: READ_BY_RULE,
    SecurityGroupIds: READ_BY_RULE,
    Ipv6AllowedForDualStack: READ_BY_RULE,
    VpcId: 'read-only',
};
function config_file_rules_walk(object, at, shape, into) {
    for (const [name, value] of Object.entries(object)) {
        const key = at === '' ? name : `${at}.${name}`;
        const rule = Object.hasOwn(shape, name) ? shape[name] : undefined;
        if (rule === undefined) {
            const near = nearestKey(name, Object.keys(shape));
            throw new errors_InputError(INPUT, `${into.file}: unknown key '${key}': Lambda has no such setting` +
                (near === undefined ? '' : ` (did you mean '${at === '' ? near : `${at}.${near}`}'?)`));
        }
        // null (an empty YAML value) leaves the setting as it is, as an unset input does.
        if (value === null || value === undefined)
            continue;
        if (rule === 'read-only')
            into.ignored.push(key);
        else if ('object' in rule)
            config_file_rules_walk(objectAt(value, key, into.file), key, rule.object, into);
        else if ('map' in rule)
            rule.map(value, key, into);
        else
            into.set(rule.input, key, rule.encode(value, key, into.file));
    }
}
function objectAt(value, key, file) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw config_file_rules_fail(file, key, `is ${config_file_rules_describeValue(value)}, not a mapping of keys`);
    }
    return value;
}
/** "missing", "empty", "a list", "a mapping", "a number": what a YAML value is, in words. */
function config_file_rules_describeValue(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/inputs/schema/advanced.ts
const ADVANCED = [
    {
        name: 'symlinks',
        group: 'advanced',
        description: 'auto (default), follow, preserve or error: what to do with symbolic links in source.',
        reference: '`auto` (default): a link pointing inside `source` is stored as a link, as `zip -y` stores it, so a pnpm `node_modules` deploys and runs. `follow`: a link inside `source` is packaged as the file it points to (refused for a pnpm tree, whose packages would lose their dependencies). `preserve`: every link is kept as a link, a link to a directory too. `error`: any link fails the step. A link pointing outside `source`, dangling or looping fails the step. With `zip-file`, `auto` and `preserve` accept link entries that stay inside the zip. See [Symbolic links](docs/choosing-files.md#symbolic-links).',
        default: 'auto',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-key-prefix',
        group: 'advanced',
        description: 'The S3 key prefix of packages in s3-bucket.',
        reference: 'Key prefix: the key is `<prefix><function-name>/<sha256-hex>.zip` (a fleet: `<prefix>packages/<sha256-hex>.zip`, one object per package and region), so the same bytes get the same key and are not uploaded twice. See [Packages in S3](docs/many-functions.md#packages-in-s3).',
        default: 'lambda-deploy/',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-upload',
        group: 'advanced',
        description: 'auto (only at 50 MiB or more), always or never.',
        reference: '`auto`: through S3 only at 52,428,800 bytes or more. `always`. `never`: fail when that large.',
        default: 'auto',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-bucket-owner',
        group: 'advanced',
        description: "The 12-digit account expected to own s3-bucket. Default, the function's account.",
        reference: 'The 12-digit account expected to own `s3-bucket`, sent as `ExpectedBucketOwner`.',
        shownDefault: "the function's account",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'skip-unchanged',
        group: 'advanced',
        description: "true to leave the code alone when the package's SHA-256 equals the function's.",
        reference: "When the package's SHA-256 equals the function's `CodeSha256`, leave the code alone (output `deployed` is then `false`). A `source` tree whose fingerprint the function records with the code it runs (tag `lambda-deploy:code-fingerprint`) is not even built, nor a `layer-source` tree whose layer version it records (tag `lambda-deploy:layer-fingerprint`): see [Speed](docs/speed.md#an-unchanged-tree-is-not-built-again). `false` updates it anyway.",
        default: 'true',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'wait-timeout',
        group: 'advanced',
        description: 'Seconds to wait for Lambda to finish an update, 1 to 21600.',
        reference: "Seconds (1 to 21600) to wait for Lambda to finish an update, both one already under way before the deploy and the deploy's own. A request in flight when it runs out is ended too.",
        default: '600',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'request-timeout',
        group: 'advanced',
        description: 'Seconds a request to AWS or GitHub may take, 1 to 3600, plus 1 s per 64 KiB sent.',
        reference: 'Seconds (1 to 3600) a request to AWS or GitHub may take in all (to connect, and for its answer to arrive whole), plus 1 s for each 64 KiB it sends, so a large upload on a slow link still works; an answer that trickles is cut off. It is then retried; after 6 attempts the step fails naming the call.',
        default: '60',
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/codedeploy.ts
const DEPLOY_PERMISSIONS = [
    'codedeploy:GetApplication',
    'codedeploy:GetDeploymentGroup',
    'codedeploy:GetDeploymentConfig',
    'codedeploy:CreateDeployment',
    'codedeploy:RegisterApplicationRevision',
    'codedeploy:ListDeployments',
    'codedeploy:GetDeployment',
    'codedeploy:GetDeploymentTarget',
    'codedeploy:StopDeployment',
];
const CODEDEPLOY = [
    {
        name: 'rollout-engine',
        group: 'release',
        description: 'action (default; the step moves the alias) or codedeploy (a CodeDeploy deployment moves it in AWS).',
        reference: '`action` (the step moves the alias itself) or `codedeploy`: a CodeDeploy deployment shifts the alias in AWS, outliving the job. See [Rollouts in AWS](docs/rollouts-in-aws.md).',
        default: 'action',
        required: false,
        where: { step: true, manifest: 'whole-step' },
        permissions: DEPLOY_PERMISSIONS,
    },
    {
        name: 'codedeploy-application',
        group: 'release',
        description: 'With rollout-engine: codedeploy, the CodeDeploy application (Lambda compute platform).',
        reference: 'With `rollout-engine: codedeploy`: the CodeDeploy application (Lambda compute platform); created when missing only with `codedeploy-service-role`.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['codedeploy:GetApplication'],
    },
    {
        name: 'codedeploy-deployment-group',
        group: 'release',
        description: "With rollout-engine: codedeploy, the application's deployment group.",
        reference: "With `rollout-engine: codedeploy`: the application's deployment group; created when missing only with `codedeploy-service-role`; its alarms follow `alarms`.",
        required: false,
        where: { step: true, manifest: true },
        permissions: ['codedeploy:GetDeploymentGroup', 'codedeploy:UpdateDeploymentGroup'],
    },
    {
        name: 'codedeploy-service-role',
        group: 'release',
        description: "ARN of CodeDeploy's service role; with it, a missing application and group are created.",
        reference: "ARN of CodeDeploy's service role (managed policy `AWSCodeDeployRoleForLambda`): with it, a missing application and deployment group are created, with `alarms` and automatic rollback.",
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'codedeploy:CreateApplication',
            'codedeploy:CreateDeploymentGroup',
            'iam:PassRole',
        ],
    },
    {
        name: 'codedeploy-config',
        group: 'release',
        description: 'CodeDeploy deployment config, such as CodeDeployDefault.LambdaCanary10Percent5Minutes.',
        reference: 'The deployment config, such as `CodeDeployDefault.LambdaCanary10Percent5Minutes`; default, the canary or linear config `traffic` and `traffic-interval` map onto (created when missing).',
        shownDefault: 'from `traffic`',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['codedeploy:GetDeploymentConfig', 'codedeploy:CreateDeploymentConfig'],
    },
    {
        name: 'wait-for-rollout',
        group: 'release',
        description: 'With rollout-engine: codedeploy, true to follow the deployment to its end; false to hand it over.',
        reference: '`true`: follow the CodeDeploy deployment to its end, failing on a rollback; `false`: end once CodeDeploy accepted it (output `codedeploy-deployment-id`).',
        default: 'true',
        required: false,
        where: { step: true, manifest: 'whole-step' },
    },
    {
        name: 'rollout-timeout',
        group: 'release',
        description: 'Seconds the step follows a CodeDeploy deployment before it stops it with rollback.',
        reference: 'Seconds the step follows a CodeDeploy deployment before it stops it with rollback (1 to 21600).',
        shownDefault: 'the shift plus `wait-timeout`',
        required: false,
        where: { step: true, manifest: 'whole-step' },
    },
    {
        name: 'before-traffic-hook',
        group: 'release',
        description: "Lambda function for the AppSpec's BeforeAllowTraffic hook (rollout-engine: codedeploy).",
        reference: "A Lambda function for the AppSpec's `BeforeAllowTraffic` hook: run before any traffic moves; `Failed` rolls back.",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'after-traffic-hook',
        group: 'release',
        description: "Lambda function for the AppSpec's AfterAllowTraffic hook (rollout-engine: codedeploy).",
        reference: "A Lambda function for the AppSpec's `AfterAllowTraffic` hook: run once all traffic moved; `Failed` rolls back.",
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/essentials.ts
const ESSENTIALS = [
    {
        name: 'function-name',
        group: 'essentials',
        description: 'The function: a name, a partial ARN or an ARN. Required unless each manifest entry names one.',
        reference: 'The function: a name (`orders-api`), a partial ARN (`123456789012:function:orders-api`) or an ARN. It must exist, unless `create-if-missing` is set. A version or alias suffix is refused.',
        shownDefault: 'required, unless `manifest`',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'source',
        group: 'essentials',
        description: 'A directory to package as a zip, relative to the workspace.',
        reference: 'A directory to package as a zip, relative to the workspace. Set one of `source`, `zip-file` and `image-uri`.',
        required: false,
        where: { step: true, manifest: true },
        // TagResource records the tree's fingerprint (docs/speed.md); without it, a warning.
        permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode', 'lambda:TagResource'],
    },
    {
        name: 'zip-file',
        group: 'essentials',
        description: 'A ready .zip to deploy, relative to the workspace.',
        reference: "A ready `.zip` to deploy, relative to the workspace. It must be a regular file and a valid zip holding files; an entry that would unpack outside the function's directory is refused, and so is a symbolic link unless `symlinks: preserve` and it stays inside the zip.",
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode'],
    },
    {
        name: 'image-uri',
        group: 'essentials',
        description: 'An ECR image (…:<tag> or @sha256:<digest>) to deploy to an Image function.',
        reference: 'A container image in ECR, `<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>` or `@sha256:<digest>`, for an Image function. See [Container images](docs/images-and-layers.md#container-images). Only an image named by digest is skipped as unchanged.',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunction',
            'lambda:UpdateFunctionCode',
            'ecr:BatchGetImage',
            'ecr:GetDownloadUrlForLayer',
        ],
    },
    {
        name: 'include',
        group: 'essentials',
        description: '.gitignore patterns, one per line: package only what they match (default, every file).',
        reference: '`.gitignore` patterns relative to `source`, one per line: only what they match is packaged (by default, every file). See [Choosing the files](docs/choosing-files.md).',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'exclude',
        group: 'essentials',
        description: '.gitignore patterns, one per line, left out of the package, after include.',
        reference: '`.gitignore` patterns relative to `source`, one per line, left out of the package, after `include`. `*.map` leaves out source maps at any depth. `.git/` is always left out.',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 's3-bucket',
        group: 'essentials',
        description: "A bucket in the function's region for packages of 50 MiB or more; never created.",
        reference: "A bucket in the function's region for the package; used when the zip is 52,428,800 bytes or more (Lambda takes only smaller ones directly), or always with `s3-upload: always`. Never created by the action.",
        required: false,
        where: { step: true, manifest: true },
        permissions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:ListBucket'],
    },
    {
        name: 'alias',
        group: 'essentials',
        description: 'An alias to point at the new version; created when missing.',
        reference: 'Alias to point at the new version; created when missing. Letters, digits, `-` and `_`, not all digits, at most 128.',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:PublishVersion',
            'lambda:GetAlias',
            'lambda:CreateAlias',
            'lambda:UpdateAlias',
        ],
    },
    {
        name: 'region',
        group: 'essentials',
        description: "The function's region. Default, the ARN's region, else AWS_REGION.",
        reference: "The function's region.",
        shownDefault: "the ARN's region, `AWS_REGION`",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'dry-run',
        group: 'essentials',
        description: 'true to build the package and print the plan, making only read calls.',
        reference: 'Build the package, read the function, and print and summarize the plan (code with both hashes, each setting old → new, version, alias routing, URL). Only read calls are made; outputs that would exist only after a change are left empty.',
        default: 'false',
        required: false,
        where: { step: true, manifest: 'whole-step' },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/function-settings-attached.ts
const ATTACHED_FUNCTION_SETTINGS = [
    {
        name: 'subnet-ids',
        group: 'function settings',
        description: 'VPC subnet IDs, one per line or comma-separated; none detaches the VPC.',
        reference: "The function's VPC: subnet IDs (`subnet-…`, at most 16), one per line or comma-separated; needs `security-group-ids`. Compared as a set. `none` (with `security-group-ids: none`) detaches the VPC. Attaching can take minutes; the step waits (`wait-timeout`).",
        required: false,
        where: { step: true, manifest: true, configFile: 'VpcConfig.SubnetIds' },
        permissions: [
            'lambda:UpdateFunctionConfiguration',
            'ec2:DescribeSubnets',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeVpcs',
        ],
    },
    {
        name: 'security-group-ids',
        group: 'function settings',
        description: 'VPC security group IDs, one per line or comma-separated; none detaches the VPC.',
        reference: "The function's VPC: security group IDs (`sg-…`, at most 5), one per line or comma-separated; needs `subnet-ids`. Compared as a set. `none` (with `subnet-ids: none`) detaches the VPC.",
        required: false,
        where: { step: true, manifest: true, configFile: 'VpcConfig.SecurityGroupIds' },
        permissions: [
            'lambda:UpdateFunctionConfiguration',
            'ec2:DescribeSubnets',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeVpcs',
        ],
    },
    {
        name: 'ipv6-dual-stack',
        group: 'function settings',
        description: "true to allow IPv6 through the VPC's dual-stack subnets.",
        reference: '`true` or `false`: IPv6 through dual-stack subnets; with `subnet-ids`. Left as it is when unset.',
        required: false,
        where: { step: true, manifest: true, configFile: 'VpcConfig.Ipv6AllowedForDualStack' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'dead-letter-target-arn',
        group: 'function settings',
        description: 'An SQS queue or SNS topic ARN for failed asynchronous invocations; none removes it.',
        reference: 'An SQS queue or SNS topic ARN for failed asynchronous invocations; `none` removes it.',
        required: false,
        where: { step: true, manifest: true, configFile: 'DeadLetterConfig.TargetArn' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'tracing',
        group: 'function settings',
        description: 'X-Ray tracing: Active or PassThrough.',
        reference: 'X-Ray tracing: `Active` or `PassThrough`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'TracingConfig.Mode' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'log-format',
        group: 'function settings',
        description: 'Text or JSON.',
        reference: '`Text` or `JSON`. Only what is set of the logging configuration is compared; the rest is kept.',
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.LogFormat' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'log-group',
        group: 'function settings',
        description: 'The CloudWatch log group (default /aws/lambda/<function>).',
        reference: "The CloudWatch log group (Lambda's default is `/aws/lambda/<function>`).",
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.LogGroup' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'application-log-level',
        group: 'function settings',
        description: 'TRACE, DEBUG, INFO, WARN, ERROR or FATAL; needs log-format JSON.',
        reference: '`TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR` or `FATAL`. Only with `log-format: JSON` (Lambda refuses levels with Text).',
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.ApplicationLogLevel' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'system-log-level',
        group: 'function settings',
        description: 'DEBUG, INFO or WARN; needs log-format JSON.',
        reference: '`DEBUG`, `INFO` or `WARN`. Only with `log-format: JSON` (Lambda refuses levels with Text).',
        required: false,
        where: { step: true, manifest: true, configFile: 'LoggingConfig.SystemLogLevel' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'snap-start',
        group: 'function settings',
        description: 'PublishedVersions or None.',
        reference: '`PublishedVersions` or `None`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'SnapStart.ApplyOn' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'file-systems',
        group: 'function settings',
        description: 'An EFS or S3 Files access point to mount, <access-point-arn>=/mnt/<name>; none removes it.',
        reference: 'An EFS or S3 Files access point to mount, `<access-point-arn>=/mnt/<name>` (Lambda takes one); `none` removes it. S3 Files: see `file-system-direct-s3-read`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'FileSystemConfigs' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'image-command',
        group: 'function settings',
        description: "The image's CMD override, one item per line (image-uri only).",
        reference: "Override of the image's `CMD`, one item per line. Only with `image-uri`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'ImageConfig.Command' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'image-entrypoint',
        group: 'function settings',
        description: "The image's ENTRYPOINT override, one item per line (image-uri only).",
        reference: "Override of the image's `ENTRYPOINT`, one item per line. Only with `image-uri`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'ImageConfig.EntryPoint' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'image-working-directory',
        group: 'function settings',
        description: "The image's WORKDIR override, an absolute path (image-uri only).",
        reference: "Override of the image's `WORKDIR`, an absolute path. Only with `image-uri`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'ImageConfig.WorkingDirectory' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'reserved-concurrency',
        group: 'function settings',
        description: 'Concurrent executions reserved, 0 to 1000, or none to remove the reservation.',
        reference: 'Concurrent executions reserved for the function, `0` to `1000` (`0` stops it from running), or `none` to remove the reservation. Set only when it differs.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Concurrency.ReservedConcurrentExecutions' },
        permissions: [
            'lambda:GetFunctionConcurrency',
            'lambda:PutFunctionConcurrency',
            'lambda:DeleteFunctionConcurrency',
        ],
    },
    {
        name: 'provisioned-concurrency',
        group: 'function settings',
        description: "Instances kept initialized on the alias's version, 1 to 10000; needs alias.",
        reference: "Instances kept initialized, `1` to `10000`, on the version `alias` routes to. Needs `alias` and `traffic` 100 (Lambda refuses it on a weighted alias). Put on the new version and `READY` (within `wait-timeout`) before the alias moves, then removed from the version the alias left. A failed allocation fails the step with Lambda's reason: the version is published and the alias has not moved.",
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetProvisionedConcurrencyConfig',
            'lambda:PutProvisionedConcurrencyConfig',
            'lambda:DeleteProvisionedConcurrencyConfig',
        ],
    },
    {
        name: 'code-signing-config-arn',
        group: 'function settings',
        description: 'A code signing config ARN to attach, or none to detach it.',
        reference: "A code signing config ARN to attach before the code is updated, or `none` to detach the function's. Lambda then checks every code update against it.",
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunctionCodeSigningConfig',
            'lambda:PutFunctionCodeSigningConfig',
            'lambda:DeleteFunctionCodeSigningConfig',
        ],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/function-settings.ts
const FUNCTION_SETTINGS = [
    {
        name: 'config-file',
        group: 'function settings',
        description: "A JSON or YAML file of settings in the API's shape (get-function-configuration's output).",
        reference: "A JSON or YAML file in the workspace with the settings in the API's own shape; `aws lambda get-function-configuration` (or `get-function`) output works as it is. Read-only keys are ignored with one notice; an unknown key fails the step. An input that is set replaces the file's value. See [config-file](docs/config-file.md).",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'create-if-missing',
        group: 'function settings',
        description: 'true to create the function when it does not exist (needs role; runtime and handler for a zip).',
        reference: 'Create the function when it does not exist, with the code and every setting given (needs `role`, and `runtime` and `handler` for a zip), and wait until it is Active.',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:CreateFunction', 'iam:PassRole'],
    },
    {
        name: 'handler',
        group: 'function settings',
        description: 'The handler, such as index.handler.',
        reference: "The function's handler, such as `index.handler`.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Handler' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'runtime',
        group: 'function settings',
        description: 'The runtime, such as nodejs22.x or python3.13.',
        reference: 'The runtime identifier, such as `nodejs22.x` or `python3.13`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Runtime' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'memory-size',
        group: 'function settings',
        description: 'Memory in MB, 128 to 10240.',
        reference: 'Memory in MB, 128–10240.',
        required: false,
        where: { step: true, manifest: true, configFile: 'MemorySize' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'timeout',
        group: 'function settings',
        description: 'Timeout in seconds, 1 to 900.',
        reference: 'Timeout in seconds, 1–900.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Timeout' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'description',
        group: 'function settings',
        description: "The function's description, up to 256 characters.",
        reference: "The function's description, up to 256 characters.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Description' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'role',
        group: 'function settings',
        description: "The execution role's ARN.",
        reference: "The execution role's ARN.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Role' },
        permissions: ['lambda:UpdateFunctionConfiguration', 'iam:PassRole'],
    },
    {
        name: 'architectures',
        group: 'function settings',
        description: 'x86_64 or arm64.',
        reference: '`x86_64` or `arm64`; Lambda takes it with the code, so a different one forces the code update.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Architectures' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'ephemeral-storage',
        group: 'function settings',
        description: '/tmp size in MB, 512 to 10240 (to 32768 with accelerator-memory-size).',
        reference: 'The size of `/tmp` in MB, 512–10240; up to 32768 for a function with `accelerator-memory-size`.',
        required: false,
        where: { step: true, manifest: true, configFile: 'EphemeralStorage.Size' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'environment',
        group: 'function settings',
        description: 'Environment variables: KEY=VALUE lines or a JSON object. Values are masked in the log.',
        reference: "`KEY=VALUE` lines (values may hold `=` and `,`) or a JSON object. Values are masked in the log unless under 8 characters or part of the function name, ARN, alias or region; the summary names variables only. At most Lambda's 4 KB.",
        required: false,
        where: { step: true, manifest: true, configFile: 'Environment.Variables' },
        manifestValue: 'json-object',
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'environment-mode',
        group: 'function settings',
        description: "merge (keep the function's other variables) or replace (exactly these).",
        reference: "`merge` keeps the function's other variables; `replace` sets exactly these.",
        default: 'merge',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'kms-key-arn',
        group: 'function settings',
        description: "A KMS key ARN for the environment variables; none for Lambda's own key.",
        reference: "A KMS key ARN for the environment variables at rest; `none` goes back to Lambda's own key.",
        required: false,
        where: { step: true, manifest: true, configFile: 'KMSKeyArn' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'tags',
        group: 'function settings',
        description: 'Tags as KEY=VALUE lines.',
        reference: '`KEY=VALUE` lines; only these keys are set, and with `tags-mode: merge` (the default) other tags are left alone.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Tags' },
        manifestValue: 'key-value-lines',
        permissions: ['lambda:TagResource'],
    },
    {
        name: 'tags-mode',
        group: 'function settings',
        description: 'merge (leave other tags) or replace (also remove tags not listed).',
        reference: "`merge` sets the keys in `tags` and leaves the function's other tags; `replace` also removes the function's tags that `tags` does not list (never `aws:` ones). Applies only with `tags`.",
        shownDefault: '`merge`',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:UntagResource'],
    },
    {
        name: 'layers',
        group: 'function settings',
        description: 'Layer version ARNs, one per line, at most 5, in order; none detaches every layer.',
        reference: 'Layer version ARNs, one per line, at most 5, in order; `none` detaches every layer.',
        required: false,
        where: { step: true, manifest: true, configFile: 'Layers' },
        permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:GetLayerVersion'],
    },
    {
        name: 'layer-name',
        group: 'function settings',
        description: 'A layer to publish from layer-source and attach, in place of its older version.',
        reference: 'Publish the directory `layer-source` as a version of layer `layer-name` and attach it, in place of an older version of the same layer; other layers stay. Not published again when its newest version already holds the same package. See [Layers](docs/images-and-layers.md#layers).',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:ListLayerVersions',
            'lambda:GetLayerVersion',
            'lambda:PublishLayerVersion',
            'lambda:UpdateFunctionConfiguration',
        ],
    },
    {
        name: 'layer-source',
        group: 'function settings',
        description: "The directory to package as the layer's zip, relative to the workspace.",
        reference: "The directory to package as the layer's zip, relative to the workspace, laid out as Lambda expects (`nodejs/node_modules`, `python/`, `bin/` ...). Needs `layer-name`.",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'layer-compatible-runtimes',
        group: 'function settings',
        description: "The layer's compatible runtimes, one per line or comma-separated.",
        reference: "The layer version's compatible runtimes (at most 15), one per line or comma-separated; sent only when set.",
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'layer-compatible-architectures',
        group: 'function settings',
        description: "The layer's compatible architectures: x86_64, arm64 or both.",
        reference: "The layer version's compatible architectures, `x86_64`, `arm64` or both, one per line or comma-separated; sent only when set.",
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/lambda-2025.ts
const LAMBDA_2025_SETTINGS = [
    {
        name: 'durable-config',
        group: 'function settings',
        description: "Durable execution settings: JSON in the API's DurableConfig shape. Sent only when it differs.",
        reference: 'JSON in the API\'s `DurableConfig` shape: `{"ExecutionTimeout": 3600, "RetentionPeriodInDays": 14}` (`KMSKeyArn` optional). Sent only when it differs. Versions with `RUNNING` or `PAUSED` durable executions are never pruned or deleted. See [durable functions](docs/durable-managed-tenancy.md).',
        required: false,
        where: { step: true, manifest: true, configFile: 'DurableConfig' },
        manifestValue: 'json',
        permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:ListDurableExecutionsByFunction'],
    },
    {
        name: 'capacity-provider-config',
        group: 'function settings',
        description: "Run on Lambda Managed Instances: JSON in the API's CapacityProviderConfig shape.",
        reference: "JSON in the API's `CapacityProviderConfig` shape (`LambdaManagedInstancesCapacityProviderConfig` with `CapacityProviderArn`, `PerExecutionEnvironmentMaxConcurrency`, `ExecutionEnvironmentMemoryGiBPerVCpu`). Without an alias or `publish`, the release republishes `$LATEST.PUBLISHED`. See [Managed Instances](docs/durable-managed-tenancy.md).",
        required: false,
        where: { step: true, manifest: true, configFile: 'CapacityProviderConfig' },
        manifestValue: 'json',
        permissions: [
            'lambda:UpdateFunctionConfiguration',
            'lambda:PassCapacityProvider',
            'lambda:PublishVersion',
        ],
    },
    {
        name: 'scaling-config',
        group: 'function settings',
        description: 'Min/max execution environments of the new version (FunctionScalingConfig JSON).',
        reference: 'JSON in the API\'s `FunctionScalingConfig` shape: `{"MinExecutionEnvironments": 1, "MaxExecutionEnvironments": 10}`, put on the released version before any traffic. Needs a capacity provider.',
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
        permissions: ['lambda:GetFunctionScalingConfig', 'lambda:PutFunctionScalingConfig'],
    },
    {
        name: 'tenant-isolation',
        group: 'function settings',
        description: 'per-tenant: create the function with TenancyConfig PER_TENANT; none: a shared function.',
        reference: '`per-tenant` creates the function with `TenancyConfig` `PER_TENANT`; `none` expects a shared one. It cannot change after creation: a function that differs fails the step before any change.',
        required: false,
        where: { step: true, manifest: true, configFile: 'TenancyConfig.TenantIsolationMode' },
        permissions: ['lambda:CreateFunction'],
    },
    {
        name: 'smoke-test-tenant-id',
        group: 'release',
        description: 'The tenant to invoke the smoke test as (TenantId); needed by a per-tenant function.',
        reference: 'The tenant the smoke test invokes as (`TenantId`); required for the smoke test of a `PER_TENANT` function.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:InvokeFunction'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/many-functions.ts
const MANY_FUNCTIONS = [
    {
        name: 'manifest',
        group: 'many functions',
        description: 'A YAML or JSON file listing many functions to deploy from this step.',
        reference: "A YAML or JSON file in the workspace listing many functions to deploy from one step: `functions` (entries with this action's inputs by name) and `defaults`. An entry beats `defaults`, `defaults` beat the step's inputs; every entry is checked before any AWS call. See [Many functions](docs/many-functions.md).",
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
    {
        name: 'regions',
        group: 'many functions',
        description: 'AWS regions, one per line, to deploy the same function(s) in.',
        reference: 'AWS regions, one per line: the same function (or every entry of `manifest`) is deployed in each. `{region}` in any value is replaced by the region. Not with `region`.',
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
    {
        name: 'max-parallel',
        group: 'many functions',
        description: 'With manifest or regions: how many deploys run at once, 1 to 32.',
        reference: 'With `manifest` or `regions`: how many deploys run at once, 1 to 32.',
        default: '4',
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
    {
        name: 'manifest-group',
        group: 'many functions',
        description: 'With manifest: deploy only the entries of this group.',
        reference: 'With `manifest`: deploy only the entries whose `group` equals it (one matrix job per group).',
        required: false,
        where: { step: true, manifest: 'step-only' },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/newest-settings.ts
const NEWEST_SETTINGS = [
    {
        name: 'runtime-config',
        group: 'function settings',
        description: 'A customer-managed runtime, JSON {"RuntimeArn": ..., "RuntimeAlias": ...}; needs runtime custom.',
        reference: 'A customer-managed runtime, JSON in the API\'s `RuntimeConfig` shape: `{"RuntimeArn": "arn:aws:lambda:<region>:<account>:runtime/<name>", "RuntimeAlias": "stable"}`, both required. The function\'s runtime must be `custom` (set `runtime: custom` or have it already). Compared and sent only when it differs. See [Newest settings](docs/newest-settings.md).',
        required: false,
        where: { step: true, manifest: true, configFile: 'RuntimeConfig' },
        manifestValue: 'json',
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'accelerator-memory-size',
        group: 'function settings',
        description: 'Accelerator (GPU) memory in GB: 3, 6, 12, 16, 24 or 48; ephemeral-storage may then reach 32768.',
        reference: 'Accelerator memory in GB per execution environment (`AcceleratorConfig.AcceleratorMemorySize`): `3`, `6`, `12`, `16`, `24` or `48`. Lambda runs accelerators on Managed Instances (a capacity provider) for x86_64 image functions; an arm64 function is refused before any change. With it, `ephemeral-storage` may go up to 32768.',
        required: false,
        where: { step: true, manifest: true, configFile: 'AcceleratorConfig.AcceleratorMemorySize' },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
    {
        name: 'file-system-direct-s3-read',
        group: 'function settings',
        description: 'How the S3 Files mount of file-systems reads: AUTO (the default), ENABLED or DISABLED.',
        reference: "How an S3 Files mount (`file-systems`) reads (`S3FilesConfig.DirectS3Read`): `AUTO` (Lambda's default), `ENABLED` (straight from the bucket) or `DISABLED` (through the file system). Only with an S3 Files access point; the execution role needs `s3:GetObject` and `s3:GetObjectVersion` for direct reads.",
        required: false,
        where: {
            step: true,
            manifest: true,
            configFile: 'FileSystemConfigs.S3FilesConfig.DirectS3Read',
        },
        permissions: ['lambda:UpdateFunctionConfiguration'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/previews.ts
const PREVIEWS = [
    {
        name: 'function-url',
        group: 'previews',
        description: 'none, public or iam: a function URL on the alias (or the function).',
        reference: '`public` (auth NONE, with both invoke permissions), `iam` (AWS_IAM), or `none`: a URL on the alias (on the function itself when there is no alias), kept across redeploys.',
        default: 'none',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunctionUrlConfig',
            'lambda:CreateFunctionUrlConfig',
            'lambda:UpdateFunctionUrlConfig',
            'lambda:GetPolicy',
            'lambda:AddPermission',
            'lambda:RemovePermission',
        ],
    },
    {
        name: 'delete-alias',
        group: 'previews',
        description: 'true to remove the alias, its URL and its version (pull-request previews).',
        reference: '`true`: remove the alias, its URL and permissions, and its version unless another alias routes to it. Builds nothing. A missing alias is not an error.',
        default: 'false',
        required: false,
        where: { step: true, manifest: 'one-alias' },
        permissions: [
            'lambda:ListAliases',
            'lambda:DeleteAlias',
            'lambda:DeleteFunctionUrlConfig',
            'lambda:RemovePermission',
            'lambda:DeleteFunction',
        ],
    },
    {
        name: 'comment-on-pr',
        group: 'previews',
        description: "true to keep one comment on the pull request with the preview's URL. Needs github-token.",
        reference: '`true`: one comment on the pull request with the preview URL, version and commit, updated on each run. Needs `github-token`. When the pull request closes, it says the preview was removed.',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'github-token',
        group: 'previews',
        description: 'A token for comment-on-pr and github-deployment, usually github.token.',
        reference: 'Token for `comment-on-pr` (needs `pull-requests: write`) and `github-deployment` (needs `deployments: write`), usually `${{ github.token }}`; when empty, the `GITHUB_TOKEN` environment variable.',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'github-deployment',
        group: 'previews',
        description: 'true to record a GitHub deployment of the commit. Needs github-token.',
        reference: '`true`: record a GitHub deployment of the commit, with the function URL as its environment URL. Needs `github-token`. See [GitHub deployments](docs/previews.md#github-deployments).',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'deployment-environment',
        group: 'previews',
        description: "The GitHub deployment's environment. Default, the alias, else lambda.",
        reference: "The GitHub environment of the deployment (not `environment`, which holds the function's variables).",
        shownDefault: 'the alias, else `lambda`',
        required: false,
        where: { step: true, manifest: true },
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/release.ts
const RELEASE = [
    {
        name: 'publish',
        group: 'release',
        description: 'true to publish a version after the update (implied by alias).',
        reference: 'Publish a version after the update (implied by `alias`).',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:PublishVersion'],
    },
    {
        name: 'version-description',
        group: 'release',
        description: "The published version's description. Default, the commit, ref and run.",
        reference: 'Description of the published version, up to 256 characters.',
        shownDefault: 'commit, ref and run',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'traffic',
        group: 'release',
        description: "Percent of the alias's traffic for the new version, or steps such as 10,50,100.",
        reference: "Percent of the alias's traffic for the new version, 1 to 100; below 100 the alias keeps its current version for the rest, and 100 promotes the new version and clears the routing. Steps (`10,50,100`) move the alias in turn, `traffic-interval` apart. See [Safe releases](docs/safe-releases.md).",
        default: '100',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'traffic-interval',
        group: 'release',
        description: 'How long each traffic step holds: 30s, 5m or 1h. Default 5m.',
        reference: 'With `traffic` in steps (`10,50,100`): how long each step but the last holds, `30s`, `5m` or `1h` (1s to 6h).',
        shownDefault: '`5m`',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'alarms',
        group: 'release',
        description: 'CloudWatch alarm names, one per line: one in ALARM during the rollout puts the alias back.',
        reference: 'CloudWatch alarm names, one per line, watched during a stepped rollout: one in ALARM puts the alias back and fails the step. One already in ALARM when the run plans refuses the rollout before any change; see [Alarms and triggers before the first step](docs/safe-releases.md#alarms-and-triggers-before-the-first-step). Needs `alias`.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['cloudwatch:DescribeAlarms'],
    },
    {
        name: 'smoke-test',
        group: 'release',
        description: 'A JSON payload (or @file) to invoke the new version with before any alias moves.',
        reference: 'A JSON payload, or `@path` to a JSON file in the workspace, to invoke the new version with before any alias moves; a function error fails the step and leaves the alias.',
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
    },
    {
        name: 'smoke-test-expect',
        group: 'release',
        description: "A JSON value the smoke test's answer must contain.",
        reference: "A JSON value the smoke test's answer must contain (objects by key, recursively; other values equal). Needs `smoke-test`.",
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
    },
    {
        name: 'smoke-test-after',
        group: 'release',
        description: 'true to invoke the alias with smoke-test once it is at 100 %; a failure puts it back.',
        reference: '`true`: once the alias sends all its traffic to the new version, invoke the alias with `smoke-test` (and `smoke-test-expect`); a failure puts the alias back to its routing before the run. Needs `alias` and `smoke-test`.',
        default: 'false',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'on-interrupted',
        group: 'release',
        description: 'revert, resume or fail: what to do with an alias another run left mid-rollout.',
        reference: "What a run does first when it finds the alias left mid-rollout by a run that was cancelled or killed: `revert` (back to the routing before that rollout, without its version), `resume` (carry its steps on, with this run's `traffic-interval` and `alarms`) or `fail`.",
        default: 'revert',
        required: false,
        where: { step: true, manifest: true },
    },
    {
        name: 'trigger-check',
        group: 'release',
        description: 'warn or fail: about triggers that invoke the function outside the alias released.',
        reference: 'With a canary (`traffic` below 100), steps or `smoke-test`: event source mappings and AWS service permissions that invoke the function outside the alias released bypass the canary, the alarms and the smoke test. `warn` lists them in the plan and warns; `fail` refuses the release before any change.',
        default: 'warn',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:ListEventSourceMappings', 'lambda:GetPolicy'],
    },
    {
        name: 'rollback-to',
        group: 'release',
        description: 'previous or a version number: move alias back to it, building nothing.',
        reference: '`previous` or a version number: move `alias` back to it, weights cleared. Builds nothing. `previous` is the version the alias routed to before this action last moved it. See [Rolling back](docs/safe-releases.md#rolling-back).',
        required: false,
        where: { step: true, manifest: 'one-alias' },
        permissions: ['lambda:GetAlias', 'lambda:GetFunctionConfiguration', 'lambda:UpdateAlias'],
    },
    {
        name: 'keep-versions',
        group: 'release',
        description: 'Keep the newest N published versions and delete older ones no alias uses. Default, all.',
        reference: 'After a release, keep the newest N published versions and delete the older ones, never one an alias routes to (primary or weight), one with provisioned concurrency, or the one this run published. See [Pruning old versions](docs/safe-releases.md#pruning-old-versions).',
        shownDefault: 'all',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:ListVersionsByFunction',
            'lambda:ListAliases',
            'lambda:ListProvisionedConcurrencyConfigs',
            'lambda:DeleteFunction',
            'lambda:GetAccountSettings',
        ],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema/url-async-runtime.ts
const URL_ASYNC_RUNTIME_SETTINGS = [
    {
        name: 'code-storage',
        group: 'function settings',
        description: "copy (Lambda keeps a copy) or reference (the function points at the package's S3 object version).",
        reference: "`copy`: Lambda keeps its own copy. `reference`: the function points at the package's object version in `s3-bucket` (`S3ObjectStorageMode: REFERENCE`); needs a versioned bucket with no lifecycle rule that expires or archives it; `keep-versions` deletes objects no version refers to any more. See [Package objects in your own bucket](docs/safe-releases.md#package-objects-in-your-own-bucket).",
        default: 'copy',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            's3:GetBucketVersioning',
            's3:GetLifecycleConfiguration',
            's3:PutObject',
            's3:GetObject',
            's3:DeleteObjectVersion',
            'lambda:GetFunction',
        ],
    },
    {
        name: 'recursive-loop',
        group: 'function settings',
        description: 'terminate or allow: what Lambda does with the function in a recursive loop. Unset, left as it is.',
        reference: '`terminate` or `allow`: what Lambda does when it finds the function in a recursive loop. Set only when it differs.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetFunctionRecursionConfig', 'lambda:PutFunctionRecursionConfig'],
    },
    {
        name: 'runtime-update',
        group: 'function settings',
        description: 'auto, function-update or manual (needs runtime-version-arn): when Lambda changes runtime version.',
        reference: '`auto`, `function-update` or `manual` (with `runtime-version-arn`): when Lambda moves the function to a new runtime version. Set only when it differs.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetRuntimeManagementConfig', 'lambda:PutRuntimeManagementConfig'],
    },
    {
        name: 'runtime-version-arn',
        group: 'function settings',
        description: 'The runtime version ARN to pin with runtime-update: manual.',
        reference: 'The runtime version to pin with `runtime-update: manual`: `arn:aws:lambda:<region>::runtime:<id>`.',
        required: false,
        where: { step: true, manifest: true },
        permissions: ['lambda:GetRuntimeManagementConfig', 'lambda:PutRuntimeManagementConfig'],
    },
];
const URL_ASYNC_RUNTIME_RELEASE = [
    {
        name: 'async-invoke-config',
        group: 'release',
        description: "Asynchronous invocation of the alias (or function) as JSON in the API's shape.",
        reference: "JSON in the API's shape (`MaximumRetryAttempts` 0–2, `MaximumEventAgeInSeconds` 60–21600, `DestinationConfig`): put on the alias (the function without one), replacing its whole config, only when it differs. See [Asynchronous invocation](docs/safe-releases.md#asynchronous-invocation-recursion-and-runtime-updates).",
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
        permissions: ['lambda:GetFunctionEventInvokeConfig', 'lambda:PutFunctionEventInvokeConfig'],
    },
];
const URL_ASYNC_RUNTIME_PREVIEWS = [
    {
        name: 'function-url-invoke-mode',
        group: 'previews',
        description: 'BUFFERED or RESPONSE_STREAM: how the function URL answers. Unset, left as it is.',
        reference: '`BUFFERED` or `RESPONSE_STREAM`: how the URL answers. Needs `function-url`; unset, the mode is left as it is. See [Function URL streaming and CORS](docs/previews.md#function-url-streaming-and-cors).',
        required: false,
        where: { step: true, manifest: true },
        permissions: [
            'lambda:GetFunctionUrlConfig',
            'lambda:CreateFunctionUrlConfig',
            'lambda:UpdateFunctionUrlConfig',
        ],
    },
    {
        name: 'function-url-cors',
        group: 'previews',
        description: "The function URL's CORS as JSON in the API's Cors shape. Unset, left as it is.",
        reference: "JSON in the API's `Cors` shape (`AllowOrigins`, `AllowMethods`, `AllowHeaders`, `ExposeHeaders`, `AllowCredentials`, `MaxAge`). Needs `function-url`; unset, CORS is left as it is.",
        required: false,
        where: { step: true, manifest: true },
        manifestValue: 'json',
        permissions: [
            'lambda:GetFunctionUrlConfig',
            'lambda:CreateFunctionUrlConfig',
            'lambda:UpdateFunctionUrlConfig',
        ],
    },
];

;// CONCATENATED MODULE: ./src/inputs/schema.ts
// The input schema: every input of the action, once, with what is known about it besides its
// parser. action.yml's inputs and docs/inputs.md are written from it (`npm run inputs`); the
// manifest's keys and config-file's key map are derived from it; a parser can read, and a
// message can name, only an input it declares (InputName).












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
];
const INPUT_SCHEMA = DECLARED;
const INPUT_NAMES = INPUT_SCHEMA.map((input) => input.name);
function isInputName(name) {
    return INPUT_NAMES.includes(name);
}
/** The names of the inputs of `schema` that `where` holds for, in the schema's order. */
function inputsWhere(schema, where) {
    return schema.filter(where).map((input) => input.name);
}

;// CONCATENATED MODULE: ./src/inputs/config-file-shape.ts
// config-file's keys: the API's own shape (what get-function-configuration, or get-function,
// prints), each key to the input of that setting, in that input's own syntax. Which key sets
// which input is the schema's (its configFile); config-file-rules.ts says how a value is read.



const config_file_shape_INPUT = 'config-file';
/** Keys whose value one rule reads whole, setting the inputs under them (VpcConfig sets three). */
const RULES_OF_THEIR_OWN = {
    Layers: config_file_rules_layers,
    FileSystemConfigs: fileSystems,
    VpcConfig: vpc,
    Tags: tags,
};
/** How the file's value becomes the input's text, for the inputs that do not take it as text. */
const ENCODERS = {
    architectures: oneArchitecture,
    environment: variables,
    'dead-letter-target-arn': arnOrNone,
    'kms-key-arn': arnOrNone,
    'image-command': lines,
    'image-entrypoint': lines,
    'runtime-config': config_file_rules_jsonObject,
    'durable-config': jsonObjectText,
    'capacity-provider-config': jsonObjectText,
    'tenant-isolation': tenantIsolation,
};
/**
 * What Lambda reports about the function, and settings the action does not manage. With the
 * schema's keys, every key of FunctionConfiguration (a unit test checks it against the SDK's shape).
 */
const READ_ONLY_KEYS = [
    'FunctionName',
    'FunctionArn',
    'CodeSize',
    'LastModified',
    'CodeSha256',
    'Version',
    'MasterArn',
    'RevisionId',
    'State',
    'StateReason',
    'StateReasonCode',
    'LastUpdateStatus',
    'LastUpdateStatusReason',
    'LastUpdateStatusReasonCode',
    'SigningProfileVersionArn',
    'SigningJobArn',
    'PackageType',
    'RuntimeVersionConfig',
    'ConfigSha256',
    'Environment.Error',
    'SnapStart.OptimizationStatus',
    'ImageConfigResponse.Error',
];
/** Keys of get-function's answer, beside Configuration, that the configuration does not hold. */
const GET_FUNCTION_KEYS = ['Concurrency'];
/** config-file's keys: each input of `schema` with a configFile key, under that key. */
function configFileShape(schema) {
    const configuration = { ...RULES_OF_THEIR_OWN };
    const answerKeys = {};
    for (const input of schema) {
        const path = input.where.configFile;
        const top = path?.split('.')[0];
        if (path === undefined || top === undefined || Object.hasOwn(RULES_OF_THEIR_OWN, top))
            continue;
        const encode = (isInputName(input.name) ? ENCODERS[input.name] : undefined) ?? config_file_rules_text;
        place(GET_FUNCTION_KEYS.includes(top) ? answerKeys : configuration, path, setting(input.name, encode));
    }
    for (const path of READ_ONLY_KEYS)
        place(configuration, path, 'read-only');
    // get-function-configuration prints the image's overrides under ImageConfigResponse.
    const imageConfig = configuration['ImageConfig'];
    if (imageConfig !== undefined) {
        place(configuration, 'ImageConfigResponse.ImageConfig', imageConfig);
    }
    const getFunction = {
        Configuration: {
            map: (value, key, into) => {
                config_file_rules_walk(objectAt(value, key, into.file), key, configuration, into);
            },
        },
        ...answerKeys,
        Code: 'read-only',
        TagsError: 'read-only',
    };
    // get-function prints the tags beside the configuration.
    const tagsRule = configuration['Tags'];
    if (tagsRule !== undefined)
        getFunction['Tags'] = tagsRule;
    return { configuration, getFunction };
}
/** Puts `rule` at the dotted `path` of `shape`, making the objects on the way. */
function place(shape, path, rule) {
    const [key = '', ...rest] = path.split('.');
    const existing = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (rest.length === 0) {
        if (existing !== undefined)
            throw new Error(`config-file's key ${path} is declared twice`);
        shape[key] = rule;
        return;
    }
    if (existing !== undefined && (typeof existing !== 'object' || !('object' in existing))) {
        throw new Error(`config-file's key ${key} is read by a rule of its own: ${path} cannot be set`);
    }
    const object = existing?.object ?? {};
    shape[key] = { object };
    place(object, rest.join('.'), rule);
}
const CONFIG_FILE_SHAPE = configFileShape(INPUT_SCHEMA);
/** Settings the plan reports the source of that the file cannot hold (get-function shows neither). */
const INPUT_ONLY_SETTINGS = [
    'code-signing-config-arn',
    'provisioned-concurrency',
];
/** The setting inputs whose source is reported: those the file can set, and a few it cannot. */
const config_file_shape_SETTING_INPUTS = [
    ...INPUT_ONLY_SETTINGS,
    ...inputsWhere(INPUT_SCHEMA, (input) => input.where.configFile !== undefined),
];
/**
 * The file's settings as inputs. Pure: `document` is the parsed file, `file` names it in
 * messages. An unknown key is refused, naming its path; read-only ones are listed in `ignored`.
 */
function config_file_shape_mapConfigFile(document, file, shape = CONFIG_FILE_SHAPE) {
    if (document === null || typeof document !== 'object' || Array.isArray(document)) {
        throw new InputError(config_file_shape_INPUT, `${file}: must hold a mapping of settings, not ${describeValue(document)}`);
    }
    const root = document;
    const inputs = {};
    const keys = {};
    const collector = {
        file,
        inputs,
        keys,
        ignored: [],
        set: (input, key, value) => {
            if (value === undefined)
                return;
            if (Object.hasOwn(inputs, input)) {
                throw fail(file, key, `sets the same setting as ${keys[input] ?? '?'}`);
            }
            inputs[input] = value;
            keys[input] = key;
        },
    };
    // get-function's answer holds Configuration; get-function-configuration's is the configuration.
    const rootShape = Object.hasOwn(root, 'Configuration') ? shape.getFunction : shape.configuration;
    walk(root, '', rootShape, collector);
    leaveOutDefaultLogGroup(root, collector);
    return { inputs: collector.inputs, keys: collector.keys, ignored: collector.ignored };
}
/**
 * Lambda reports its default log group, /aws/lambda/<the function printed>, as LoggingConfig's
 * LogGroup: set on another function it would send that one's logs to the first's group.
 */
function leaveOutDefaultLogGroup(root, into) {
    const configuration = Object.hasOwn(root, 'Configuration') ? root['Configuration'] : root;
    const name = configuration['FunctionName'];
    const input = 'log-group';
    if (typeof name !== 'string' || into.inputs[input] !== `/aws/lambda/${name}`)
        return;
    into.ignored.push(into.keys[input] ?? input);
    delete into.inputs['log-group'];
    delete into.keys['log-group'];
}


;// CONCATENATED MODULE: ./src/inputs/config-file.ts
// config-file: the function's settings in the API's own shape, so that what
// `aws lambda get-function-configuration` (or `get-function`) prints can be saved and used as it
// is. Each key the file sets becomes the value of the input of that setting, and goes through
// exactly the checks that input does; an input that is set wins over the file's key.




const config_file_INPUT = 'config-file';
/** More than any function's settings come to (4 KB of variables, 50 tags): a wrong file. */
const MAX_FILE_BYTES = 1_048_576;
/** Reads config-file (when set) and lays it under the inputs. */
function config_file_withConfigFile(read, workspace) {
    const given = read(config_file_INPUT);
    const file = given === ''
        ? { inputs: {}, keys: {}, ignored: [] }
        : mapConfigFile(readConfigFile(given, workspace), given);
    const sources = {};
    for (const input of SETTING_INPUTS) {
        if (read(input) !== '')
            sources[input] = 'input';
        else if (Object.hasOwn(file.inputs, input))
            sources[input] = 'config-file';
    }
    return {
        read: (name) => {
            const value = read(name);
            return value === '' && Object.hasOwn(file.inputs, name) ? (file.inputs[name] ?? '') : value;
        },
        sources,
        notice: file.ignored.length === 0
            ? undefined
            : `config-file ${given}: ignored ${file.ignored.length === 1 ? 'a key' : `${file.ignored.length} keys`} that Lambda reports but this action does not set: ${file.ignored.join(', ')}`,
        explain: (check) => {
            try {
                return check();
            }
            catch (error) {
                if (!(error instanceof InputError) || sources[error.input] !== 'config-file')
                    throw error;
                const detail = error.message.slice(`Input '${error.input}': `.length);
                throw new InputError(config_file_INPUT, `${given}: ${file.keys[error.input] ?? '?'}: ${detail}`);
            }
        },
    };
}
/**
 * The file's text, parsed: JSON for .json, YAML for .yml and .yaml, otherwise JSON and then
 * YAML. Only a regular file inside the workspace (after links are followed) is read.
 */
function readConfigFile(given, workspace) {
    const text = readWorkspaceFile({
        input: config_file_INPUT,
        path: given,
        workspace,
        maxBytes: MAX_FILE_BYTES,
        tooLarge: (bytes) => `is ${bytes} bytes; a function's settings come to far less than ${MAX_FILE_BYTES}`,
    });
    return parseJsonOrYaml(text, { input: config_file_INPUT, given });
}

;// CONCATENATED MODULE: ./src/inputs/settings/url-async-runtime.ts
// code-storage, function-url-invoke-mode, function-url-cors, async-invoke-config,
// recursive-loop, runtime-update and runtime-version-arn: parsed and checked before any AWS call.
// The JSON ones take the API's own shapes (Cors, FunctionEventInvokeConfig).



const CORS_LISTS = (/* unused pure expression or super */ null && (['AllowHeaders', 'AllowMethods', 'AllowOrigins', 'ExposeHeaders']));
/** Lambda's limits on each Cors list: items, and characters an item. */
const CORS_ITEM_CHARS = {
    AllowHeaders: 1024,
    AllowMethods: 6,
    AllowOrigins: 253,
    ExposeHeaders: 1024,
};
const CORS_MAX_ITEMS = 100;
const MAX_AGE_SECONDS = 86_400;
const RUNTIME_VERSION_ARN = /^arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}::runtime:.+$/;
/** What Lambda sends asynchronous results to: SQS, SNS, Lambda, EventBridge, or S3 (failures). */
const DESTINATION = /^arn:aws[a-zA-Z-]*:(sqs|sns|lambda|events|s3):/;
function url_async_runtime_parseUrlAsyncRuntime(read, other) {
    const codeStorage = parseChoice('code-storage', read('code-storage'), ['copy', 'reference'], 'copy');
    if (codeStorage === 'reference')
        checkReference(read, other);
    const urlInvokeMode = optionalChoice('function-url-invoke-mode', read('function-url-invoke-mode'), ['BUFFERED', 'RESPONSE_STREAM']);
    const corsText = read('function-url-cors').trim();
    const urlCors = corsText === '' ? undefined : parseCors(corsText);
    for (const [input, given] of [
        ['function-url-invoke-mode', urlInvokeMode !== undefined],
        ['function-url-cors', urlCors !== undefined],
    ]) {
        if (given && !other.functionUrl) {
            throw new InputError(input, 'applies to a function URL: set function-url to public or iam');
        }
    }
    const asyncText = read('async-invoke-config').trim();
    const recursive = optionalChoice('recursive-loop', read('recursive-loop'), [
        'terminate',
        'allow',
    ]);
    return {
        codeStorage,
        urlInvokeMode,
        urlCors,
        asyncInvoke: asyncText === '' ? undefined : parseAsyncInvoke(asyncText),
        recursiveLoop: recursive === undefined ? undefined : recursive === 'allow' ? 'Allow' : 'Terminate',
        runtimeManagement: parseRuntimeManagement(read),
    };
}
function checkReference(read, other) {
    if (other.image) {
        throw new InputError('code-storage', "'reference' applies to a zip package: an image is pulled from ECR, never stored by Lambda");
    }
    if (read('s3-bucket').trim() === '') {
        throw new InputError('code-storage', "'reference' needs s3-bucket: the function points at the package's object there");
    }
    if (read('s3-upload') === 'never') {
        throw new InputError('code-storage', "'reference' needs the package in S3, but s3-upload is 'never'");
    }
}
function url_async_runtime_jsonObject(input, text) {
    let value;
    try {
        value = parseJsonText(text);
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            throw new InputError(input, error.message);
        throw error;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new InputError(input, 'must be a JSON object');
    }
    return value;
}
function onlyKeys(input, value, known) {
    for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
            throw new InputError(input, `has no key '${key}'; its keys are ${known.join(', ')}`);
        }
    }
}
function wholeNumber(input, key, value, min, max) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new InputError(input, `${key} must be a whole number from ${min} to ${max}`);
    }
    return value;
}
function parseCors(text) {
    const input = 'function-url-cors';
    const value = url_async_runtime_jsonObject(input, text);
    onlyKeys(input, value, ['AllowCredentials', ...CORS_LISTS, 'MaxAge']);
    const cors = {};
    for (const key of CORS_LISTS) {
        const list = value[key];
        if (list === undefined)
            continue;
        const chars = CORS_ITEM_CHARS[key];
        if (!Array.isArray(list) ||
            list.length > CORS_MAX_ITEMS ||
            !list.every((item) => typeof item === 'string' && item !== '' && item.length <= chars)) {
            throw new InputError(input, `${key} must be a list of at most ${CORS_MAX_ITEMS} texts of 1 to ${chars} characters`);
        }
        cors[key] = list;
    }
    if (value['AllowCredentials'] !== undefined) {
        if (typeof value['AllowCredentials'] !== 'boolean') {
            throw new InputError(input, 'AllowCredentials must be true or false');
        }
        cors['AllowCredentials'] = value['AllowCredentials'];
    }
    const maxAge = wholeNumber(input, 'MaxAge', value['MaxAge'], 0, MAX_AGE_SECONDS);
    if (maxAge !== undefined)
        cors['MaxAge'] = maxAge;
    return cors;
}
function parseAsyncInvoke(text) {
    const input = 'async-invoke-config';
    const value = url_async_runtime_jsonObject(input, text);
    onlyKeys(input, value, ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig']);
    const retries = wholeNumber(input, 'MaximumRetryAttempts', value['MaximumRetryAttempts'], 0, 2);
    const age = wholeNumber(input, 'MaximumEventAgeInSeconds', value['MaximumEventAgeInSeconds'], 60, 21_600);
    const destinations = value['DestinationConfig'];
    let destinationConfig;
    if (destinations !== undefined) {
        if (typeof destinations !== 'object' || destinations === null || Array.isArray(destinations)) {
            throw new InputError(input, 'DestinationConfig must be an object with OnSuccess, OnFailure');
        }
        const given = destinations;
        onlyKeys(input, given, ['OnSuccess', 'OnFailure']);
        const config = {};
        for (const key of ['OnSuccess', 'OnFailure']) {
            const destination = given[key];
            if (destination === undefined)
                continue;
            const arn = typeof destination === 'object' && destination !== null
                ? destination['Destination']
                : undefined;
            if (typeof arn !== 'string' || !DESTINATION.test(arn)) {
                throw new InputError(input, `DestinationConfig.${key} must be {"Destination": "<arn>"} with the ARN of an SQS queue, SNS topic, Lambda function or EventBridge bus`);
            }
            if (arn.split(':')[2] === 's3' && key === 'OnSuccess') {
                throw new InputError(input, 'an S3 bucket can only be the OnFailure destination');
            }
            config[key] = { Destination: arn };
        }
        destinationConfig = config;
    }
    return {
        ...(retries === undefined ? {} : { MaximumRetryAttempts: retries }),
        ...(age === undefined ? {} : { MaximumEventAgeInSeconds: age }),
        ...(destinationConfig === undefined ? {} : { DestinationConfig: destinationConfig }),
    };
}
function parseRuntimeManagement(read) {
    const mode = optionalChoice('runtime-update', read('runtime-update'), [
        'auto',
        'function-update',
        'manual',
    ]);
    const arn = read('runtime-version-arn').trim();
    if (arn !== '' && mode !== 'manual') {
        throw new InputError('runtime-version-arn', 'applies only with runtime-update: manual (Lambda pins a runtime version only in Manual mode)');
    }
    if (mode === undefined)
        return undefined;
    if (mode !== 'manual') {
        return {
            updateRuntimeOn: mode === 'auto' ? 'Auto' : 'FunctionUpdate',
            runtimeVersionArn: undefined,
        };
    }
    if (arn === '') {
        throw new InputError('runtime-update', "'manual' needs runtime-version-arn: the runtime version to pin");
    }
    if (!RUNTIME_VERSION_ARN.test(arn) || arn.length > 2048) {
        throw new InputError('runtime-version-arn', `'${arn}' is not a runtime version ARN (arn:aws:lambda:<region>::runtime:<id>)`);
    }
    return { updateRuntimeOn: 'Manual', runtimeVersionArn: arn };
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Every input, parsed and checked in one place, before any AWS call.






















/** True when the step rolls an alias back (rollback-to) rather than deploys. */
function isRollback(read) {
    return read('rollback-to') !== '';
}
function parseRollbackInputs(read, env) {
    const { functionName, arnRegion } = parseFunctionName(read('function-name'));
    const target = parseRollbackTarget(read('rollback-to'));
    const alias = parseAlias(read('alias'));
    if (alias === undefined) {
        throw new InputError('alias', 'is required with rollback-to (the alias to move back)');
    }
    if (isCleanup(read)) {
        throw new InputError('rollback-to', 'and delete-alias: true cannot be used together');
    }
    return {
        functionName,
        region: parseRegion(read('region'), arnRegion, env),
        alias,
        target,
        runLabel: runLabel(env),
        requestTimeoutSeconds: parseRequestTimeout(read),
        dryRun: parseBoolean('dry-run', read('dry-run'), false),
    };
}
/** True when the step removes a preview (delete-alias) rather than deploys. */
function isCleanup(read) {
    return parseBoolean('delete-alias', read('delete-alias'), false);
}
function parseCleanupInputs(read, env) {
    const { functionName, arnRegion } = parseFunctionName(read('function-name'));
    const alias = parseAlias(read('alias'));
    if (alias === undefined) {
        throw new InputError('alias', 'is required with delete-alias: true (the alias to remove)');
    }
    return {
        functionName,
        region: parseRegion(read('region'), arnRegion, env),
        alias,
        prComment: parsePullRequestComment(read, env),
        githubDeployment: parseGitHubDeployment(read, env, alias),
        requestTimeoutSeconds: parseRequestTimeout(read),
    };
}
const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;
/** GitHub ends a job after 6 hours, so longer waits can never finish. */
const MAX_WAIT_TIMEOUT_SECONDS = 21_600;
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
function parseRequestTimeout(read) {
    return parseInteger('request-timeout', read('request-timeout'), {
        min: 1,
        max: 3_600,
        fallback: DEFAULT_REQUEST_TIMEOUT_SECONDS,
        unit: 'seconds',
    });
}
function parseInputs(read, env) {
    const { functionName, arnRegion } = parseFunctionName(read('function-name'));
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    const code = parseCodeSource(read, workspace);
    const release = parseRelease(read, env);
    const prComment = parsePullRequestComment(read, env);
    const githubDeployment = parseGitHubDeployment(read, env, release.alias);
    // config-file lies under the setting inputs; its values pass the same checks, named by key.
    const fromFile = withConfigFile(read, workspace);
    const settings = fromFile.explain(() => parseSettings(fromFile.read));
    const layer = parseLayer(read, workspace, parseSymlinks(read));
    // Before the S3 inputs, which would otherwise ask for a bucket an image never uses.
    fromFile.explain(() => {
        checkImageInputs(read, settings, layer, code.kind === 'image');
    });
    const s3 = parseS3Options(read);
    fromFile.explain(() => {
        checkLayerCount(settings, layer);
    });
    const createIfMissing = parseBoolean('create-if-missing', read('create-if-missing'), false);
    checkProvisionedConcurrency(settings, release);
    if (createIfMissing)
        checkCreatable(settings, code.kind === 'image' ? 'Image' : 'Zip');
    if (prComment !== undefined && release.alias === undefined) {
        throw new InputError('alias', 'is required with comment-on-pr: true (the preview to comment on)');
    }
    return {
        functionName,
        region: parseRegion(read('region'), arnRegion, env),
        code,
        s3,
        skipUnchanged: parseBoolean('skip-unchanged', read('skip-unchanged'), true),
        waitTimeoutSeconds: parseInteger('wait-timeout', read('wait-timeout'), {
            min: 1,
            max: MAX_WAIT_TIMEOUT_SECONDS,
            fallback: DEFAULT_WAIT_TIMEOUT_SECONDS,
            unit: 'seconds',
        }),
        requestTimeoutSeconds: parseRequestTimeout(read),
        release,
        prComment,
        githubDeployment,
        settings,
        extras: parseUrlAsyncRuntime(read, {
            image: code.kind === 'image',
            functionUrl: release.functionUrl !== 'none',
        }),
        layer,
        createIfMissing,
        dryRun: parseBoolean('dry-run', read('dry-run'), false),
        settingSources: fromFile.sources,
        notices: fromFile.notice === undefined ? [] : [fromFile.notice],
    };
}
/**
 * An image brings its own runtime and handler, cannot have layers and never goes through S3;
 * the image's command, entry point and working directory apply to an image only.
 */
function checkImageInputs(read, settings, layer, image) {
    if (!image) {
        const imageOnly = [
            ['image-command', settings.imageConfig?.command !== undefined],
            ['image-entrypoint', settings.imageConfig?.entryPoint !== undefined],
            ['image-working-directory', settings.imageConfig?.workingDirectory !== undefined],
        ];
        for (const [input, given] of imageOnly) {
            if (given) {
                throw new InputError(input, "applies only with image-uri: it overrides the container image's settings, and a zip has none");
            }
        }
        return;
    }
    const zipOnly = [
        ['runtime', settings.runtime !== undefined, 'the image brings its own runtime'],
        ['handler', settings.handler !== undefined, 'the image sets its own entry point'],
        ['layers', settings.layers !== undefined, 'Lambda does not attach layers to image functions'],
        ['layer-name', layer !== undefined, 'Lambda does not attach layers to image functions'],
        ['s3-bucket', read('s3-bucket') !== '', 'an image is not uploaded; Lambda pulls it from ECR'],
        [
            's3-upload',
            read('s3-upload') === 'always',
            'an image is not uploaded; Lambda pulls it from ECR',
        ],
    ];
    for (const [input, given, why] of zipOnly) {
        if (given)
            throw new InputError(input, `does not apply with image-uri: ${why}`);
    }
}
/** With an explicit layers list, the published layer must still fit in Lambda's five. */
function checkLayerCount(settings, layer) {
    if (layer === undefined || settings.layers === undefined)
        return;
    const others = otherLayers(settings.layers, layer.name);
    if (others.length >= MAX_LAYERS) {
        throw new InputError('layers', `lists ${others.length} other layers, and layer-name adds one more; a function takes at most ${MAX_LAYERS}`);
    }
}
/**
 * Provisioned concurrency is set on the version an alias routes to; Lambda refuses it on an
 * alias with weights, so a canary or traffic in steps cannot have it.
 */
function checkProvisionedConcurrency(settings, release) {
    if (settings.provisionedConcurrency === undefined)
        return;
    if (release.alias === undefined) {
        throw new InputError('provisioned-concurrency', 'is set on the version an alias routes to: set alias too');
    }
    if (release.traffic < 100 || release.rollout.steps.length > 1) {
        throw new InputError('provisioned-concurrency', `cannot go with traffic '${release.rollout.steps.join(',')}': Lambda refuses provisioned ` +
            'concurrency on an alias that routes to two versions; deploy with traffic 100 (the default)');
    }
}

;// CONCATENATED MODULE: ./src/aws/request-deadline.ts
/**
 * The slowest a request body may travel: 64 KiB/s (about 0.5 Mbit/s). A 50 MiB upload may
 * take 13 minutes beyond request-timeout; an answer that trickles is cut off.
 */
const MIN_BYTES_PER_SECOND = 64 * 1024;
/** Milliseconds an attempt may take in all: request-timeout, plus its body at the minimum rate. */
function wholeRequestMs(requestTimeoutSeconds, bodyBytes) {
    return Math.ceil(requestTimeoutSeconds * 1000 + (bodyBytes / MIN_BYTES_PER_SECOND) * 1000);
}
/** The request's Content-Length, 0 when it has none (the SDK sets it on every body it sends). */
function bodyBytesOf(headers) {
    const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-length');
    const bytes = Number(entry?.[1] ?? 0);
    return Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
}
/** An error the SDK retries as a timeout (its name), tagged for the messages. */
function deadlineError(message, tags) {
    return Object.assign(new Error(message), { name: 'TimeoutError' }, tags);
}
/**
 * Arms `limitMs` for one attempt: `signal` aborts the request while it is sent and until its
 * status comes; after that, `guardBody` destroys the answer's body if it is still arriving
 * when the limit passes.
 */
class AttemptDeadline {
    limitMs;
    tags;
    outer;
    controller = new AbortController();
    timer;
    onLimit;
    forward;
    constructor(limitMs, tags, outer) {
        this.limitMs = limitMs;
        this.tags = tags;
        this.outer = outer;
        this.timer = setTimeout(() => {
            if (this.onLimit === undefined)
                this.controller.abort();
            else
                this.onLimit();
        }, limitMs);
        this.timer.unref();
        this.forward = () => {
            this.controller.abort(outer?.reason);
        };
        if (outer?.aborted === true)
            this.forward();
        // Removed when the attempt ends: a waiter's one signal sees many attempts.
        outer?.addEventListener('abort', this.forward, { once: true });
    }
    get signal() {
        return this.controller.signal;
    }
    /** True when this deadline (not the caller's signal) ended the attempt before its answer. */
    passedBeforeAnswer(outer) {
        return this.controller.signal.aborted && outer?.aborted !== true;
    }
    /** The error for a deadline that passed before any answer came. */
    noAnswer() {
        const seconds = this.limitMs / 1000;
        return deadlineError(`no answer within ${seconds} s`, {
            ...this.tags,
            wholeSeconds: seconds,
        });
    }
    /** Cuts the answer's body off when the limit passes before it has all arrived. */
    guardBody(response) {
        const body = response.body;
        if (body === undefined || typeof body.destroy !== 'function') {
            this.done();
            return;
        }
        const stream = body;
        const seconds = this.limitMs / 1000;
        this.onLimit = () => {
            stream.destroy(deadlineError(`the answer did not complete within ${seconds} s`, {
                ...this.tags,
                wholeSeconds: seconds,
                answerTooSlow: true,
            }));
        };
        stream.once('end', () => {
            this.done();
        });
        stream.once('close', () => {
            this.done();
        });
        stream.once('error', () => {
            this.done();
        });
    }
    done() {
        clearTimeout(this.timer);
        this.outer?.removeEventListener('abort', this.forward);
    }
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
;// CONCATENATED MODULE: ./src/aws/sdk-retries.ts


const checkedResends = new external_node_async_hooks_.AsyncLocalStorage();
/**
 * Runs `send` so that the SDK does not resend its request on an error: for calls that Lambda
 * would apply twice (PublishLayerVersion publishes a second version), the caller first reads
 * whether the lost attempt was applied, then decides.
 */
function withoutSdkRetries(send) {
    return checkedResends.run(true, send);
}
/** The SDK's standard retries (throttling, 5xx, resets, timeouts), except inside withoutSdkRetries. */
class DeployRetryStrategy extends retry.StandardRetryStrategy {
    refreshRetryTokenForRetry(token, errorInfo) {
        if (checkedResends.getStore() === true) {
            return Promise.reject(new Error('resent only after a check'));
        }
        return super.refreshRetryTokenForRetry(token, errorInfo);
    }
}

;// CONCATENATED MODULE: ./src/aws/clients.ts





/** Throttling, 5xx, resets and timeouts are retried by the SDK; this many attempts in all. */
const MAX_ATTEMPTS = 6;
/**
 * Gives every request deadlines: `seconds` to connect, `seconds` without a byte moving either
 * way once connected, and a limit on each attempt's whole duration (request-deadline.ts), so
 * that an answer that trickles is cut off too. Errors from them carry `requestTimeoutSeconds`,
 * so a message can name request-timeout; the SDK retries them as timeouts.
 */
class DeadlineHandler extends node_http_handler_dist_cjs.NodeHttpHandler {
    seconds;
    constructor(seconds) {
        super({ connectionTimeout: seconds * 1000, socketTimeout: seconds * 1000 });
        this.seconds = seconds;
    }
    async handle(...[request, options]) {
        const outer = options?.abortSignal;
        const deadline = new AttemptDeadline(wholeRequestMs(this.seconds, bodyBytesOf(request.headers)), { requestTimeoutSeconds: this.seconds }, outer);
        try {
            const answer = await super.handle(request, { ...options, abortSignal: deadline.signal });
            deadline.guardBody(answer.response);
            return answer;
        }
        catch (error) {
            deadline.done();
            if (deadline.passedBeforeAnswer(outer))
                throw deadline.noAnswer();
            // The handler also names a reset connection TimeoutError; only its own deadlines lack a code.
            if (error instanceof Error && error.name === 'TimeoutError' && !('code' in error)) {
                Object.assign(error, { requestTimeoutSeconds: this.seconds });
            }
            throw error;
        }
    }
}
function clientOptions(region, requestTimeoutSeconds) {
    return {
        region,
        maxAttempts: MAX_ATTEMPTS,
        retryStrategy: new DeployRetryStrategy(MAX_ATTEMPTS),
        requestHandler: new DeadlineHandler(requestTimeoutSeconds),
        customUserAgent: 'lambda-deploy',
    };
}
function createClient(Client, region, requestTimeoutSeconds = DEFAULT_REQUEST_TIMEOUT_SECONDS) {
    return new Client(clientOptions(region, requestTimeoutSeconds));
}
/**
 * Credentials come from the default chain (OIDC through configure-aws-credentials,
 * or the AWS_* variables); AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_LAMBDA are honoured by the SDK.
 */
function createLambdaClient(region, requestTimeoutSeconds) {
    return createClient(dist_cjs/* LambdaClient */.Nox, region, requestTimeoutSeconds);
}

;// CONCATENATED MODULE: ./src/aws/error-kinds.ts
// What an error from an AWS call says about whether the call was applied.
/** Network failures: the request may or may not have reached AWS. */
const CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED']);
/** Lambda says "already exists", "Function already exist" and "FunctionUrlConfig exists". */
function isAlreadyExists(error) {
    return (error instanceof Error &&
        /conflict/i.test(error.name) &&
        /\b(already exists?|exists for)\b/i.test(error.message));
}
/** Another update of the function is under way: waiting and sending again is right. */
function isBusy(error) {
    return (error instanceof Error &&
        error.name === 'ResourceConflictException' &&
        !isAlreadyExists(error) &&
        aliasesReferencing(error) === undefined);
}
/**
 * DeleteFunction on a version an alias routes to: Lambda's 409 "Unable to delete version
 * because the following aliases reference it: [live]". The aliases, as Lambda listed them
 * ('live'), for that error or one it wraps; undefined for any other. Waiting does not help.
 */
function aliasesReferencing(error) {
    for (let at = error; at instanceof Error; at = at.cause) {
        const listed = /aliases reference it:?\s*\[?([^\]]*)\]?/i.exec(at.message);
        if (at.name === 'ResourceConflictException' && listed !== null)
            return listed[1]?.trim() ?? '';
    }
    return undefined;
}
/** A RevisionId (or CodeSha256) precondition that no longer held. */
function isPreconditionFailed(error) {
    return error instanceof Error && error.name === 'PreconditionFailedException';
}
function isThrottled(error) {
    return (error instanceof Error &&
        (/Throttl|TooManyRequests|SlowDown/.test(error.name) || httpStatusOf(error) === 429));
}
/** No answer within request-timeout: the seconds, as the client tagged the error. */
function timedOutAfter(error) {
    return error?.requestTimeoutSeconds;
}
/**
 * Which deadline passed, in words: "no answer within 5 s (request-timeout)", or for an answer
 * that came too slowly, "AWS answered too slowly: not all of the answer arrived within 5 s
 * (request-timeout)";
 * undefined when no deadline of the client's passed.
 */
function deadlineReason(error) {
    const tagged = error;
    const seconds = tagged?.requestTimeoutSeconds;
    if (seconds === undefined)
        return undefined;
    const whole = Math.round((tagged?.wholeSeconds ?? seconds) * 10) / 10;
    const limit = whole > seconds
        ? `${whole} s (request-timeout ${seconds} s, plus 1 s for each 64 KiB of the request's body)`
        : `${seconds} s (request-timeout)`;
    return tagged?.answerTooSlow === true
        ? `AWS answered too slowly: not all of the answer arrived within ${limit}`
        : `no answer within ${limit}`;
}
/** An answer came, but not one the SDK could read (not JSON, cut short). */
function isUnreadableAnswer(error) {
    return error instanceof Error && /Deserialization error/.test(error.message);
}
/**
 * The request may have been applied though no answer said so: it timed out, the connection
 * broke, AWS failed inside (5xx), or its answer could not be read.
 */
function isOutcomeUnknown(error) {
    if (!(error instanceof Error))
        return false;
    const code = error?.code;
    const status = httpStatusOf(error);
    return (timedOutAfter(error) !== undefined ||
        error.name === 'TimeoutError' ||
        (typeof code === 'string' && CONNECTION_CODES.has(code)) ||
        (status !== undefined && status >= 500) ||
        isUnreadableAnswer(error));
}
function httpStatusOf(error) {
    const withMetadata = error;
    return withMetadata?.$metadata?.httpStatusCode ?? withMetadata?.$response?.statusCode;
}
/** How many attempts the SDK made, when it said. */
function attemptsOf(error) {
    return error?.$metadata?.attempts;
}

;// CONCATENATED MODULE: ./src/aws/aws-errors.ts


const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFound', 'NoSuchBucket']);
const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'Forbidden']);
const CONNECTION_FAILED = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'ENOTFOUND',
]);
const BAD_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'ExpiredTokenException',
    'InvalidClientTokenId',
]);
/** describeAwsError for calls on one resource: it, its region and what to check when it is missing. */
function failureDescriber(resource, region, notFoundHint) {
    return (error, action, permission) => describeAwsError(error, { action, permission, resource, region, notFoundHint });
}
/** Turns an SDK error into one that says what failed, on what, and what to do about it. */
function describeAwsError(error, call) {
    const name = errorName(error);
    const said = errorMessage(error);
    const failure = (message) => new errors_DeployError(message, { cause: error });
    if (error instanceof errors_DeployError) {
        return failure(`Could not ${call.action} (${call.resource}): ${said}`);
    }
    const deadline = deadlineReason(error);
    if (deadline !== undefined) {
        return failure(`Could not ${call.action} (${call.resource}): ${deadline}${afterAttempts(error)}.`);
    }
    if (isUnreadableAnswer(error)) {
        return failure(`Could not ${call.action} (${call.resource}): ${serviceOf(call)} sent an answer that could ` +
            `not be read (HTTP ${httpStatusOf(error) ?? 'status unknown'}).`);
    }
    if (NOT_FOUND.has(name)) {
        const missing = missingResource(said);
        const awsSaid = said === '' || said === name || said === 'UnknownError' ? '' : ` AWS said: ${said}`;
        if (missing !== undefined && missing.what !== call.resource) {
            return failure(`Could not ${call.action} (${call.resource}): ${missing.what} does not exist in ` +
                `${call.region}. ${missing.hint}${awsSaid}`);
        }
        return failure(`Could not ${call.action}: ${call.resource} does not exist in ${call.region}. ` +
            `${call.notFoundHint}${awsSaid}`);
    }
    if (ACCESS_DENIED.has(name)) {
        return failure(`Could not ${call.action}: access denied. The credentials need the IAM permission ` +
            `${call.permission} on ${call.resource}. AWS said: ${said}`);
    }
    if (BAD_CREDENTIALS.has(name)) {
        return failure(`Could not ${call.action}: AWS did not accept the credentials (${name}). ` +
            `Check the aws-actions/configure-aws-credentials step. AWS said: ${said}`);
    }
    const code = error?.code;
    if (typeof code === 'string' && CONNECTION_FAILED.has(code)) {
        return failure(`Could not ${call.action} (${call.resource}): the connection to AWS failed (${code})${afterAttempts(error)}.`);
    }
    if (name === 'CredentialsProviderError') {
        return failure(`Could not ${call.action}: no AWS credentials were found. ` +
            'Add aws-actions/configure-aws-credentials before this step.');
    }
    const status = httpStatusOf(error);
    if (name === 'Unknown' && status !== undefined) {
        // No body, so no error code: the status is all AWS said.
        const slowDown = status === 503 ? ' (slow down: too many requests)' : '';
        return failure(`Could not ${call.action} (${call.resource}): AWS answered HTTP ${status}${slowDown}${afterAttempts(error)}, with no details.`);
    }
    return failure(`Could not ${call.action} (${call.resource}): ${name ? `${name}: ` : ''}${said}`);
}
/**
 * What a not-found answer says is missing, from Lambda's own words: a layer version, an
 * alias, a version, or the function itself (which the call's resource already names).
 */
function missingResource(said) {
    const layer = /(arn:[\w-]+:lambda:[\w-]+:\d{12}:layer:[\w-]+:\d+)/.exec(said)?.[1];
    if (layer !== undefined && /layer/i.test(said)) {
        return { what: `layer version '${layer}'`, hint: 'Check layers.' };
    }
    const arn = /(arn:[\w-]+:lambda:[\w-]+:\d{12}:function:[\w-]+)(?::([\w$-]+))?/.exec(said);
    if (arn === null)
        return undefined;
    const [, functionArn = '', qualifier] = arn;
    const functionName = functionArn.split(':')[6] ?? '';
    if (qualifier === undefined) {
        return {
            what: `function '${functionName}'`,
            hint: 'Check function-name and region.',
        };
    }
    if (/^\d+$/.test(qualifier)) {
        return {
            what: `version ${qualifier} of function '${functionName}'`,
            hint: 'Check the version number (deleted, or never published).',
        };
    }
    return {
        what: `alias '${qualifier}' of function '${functionName}'`,
        hint: 'Check alias.',
    };
}
/** " after 6 attempts", as the SDK counted them; '' when it did not say (or tried once). */
function afterAttempts(error) {
    const attempts = attemptsOf(error);
    return attempts === undefined || attempts < 2 ? '' : ` after ${attempts} attempts`;
}
/** "Lambda" or "S3", from the IAM action the call needs. */
function serviceOf(call) {
    return call.permission.startsWith('s3:') ? 'S3' : 'Lambda';
}
/**
 * The error's name; an answer without a body (S3 answers HEAD requests so) reaches the SDK
 * as 'Unknown', and its status then says what it was.
 */
function errorName(error) {
    if (!(error instanceof Error))
        return '';
    if (error.name !== 'Unknown')
        return error.name;
    const status = httpStatusOf(error);
    if (status === 403)
        return 'AccessDenied';
    if (status === 404)
        return 'NotFound';
    return error.name;
}
/** A short reason for a log line or a message part: "no answer within 60 s (request-timeout)". */
function briefReason(error) {
    const deadline = deadlineReason(error);
    if (deadline !== undefined)
        return deadline;
    if (isUnreadableAnswer(error)) {
        return `an answer that could not be read (HTTP ${httpStatusOf(error) ?? 'status unknown'})`;
    }
    const code = error?.code;
    if (typeof code === 'string' && CONNECTION_FAILED.has(code)) {
        return `the connection failed (${code})`;
    }
    const firstLine = errorMessage(error).split('\n')[0] ?? '';
    const name = errorName(error);
    const status = httpStatusOf(error);
    if (name === 'Unknown' && status !== undefined)
        return `HTTP ${status}`;
    return name === '' || name === 'Error' || name === 'DeployError'
        ? firstLine
        : `${name}: ${firstLine}`;
}

;// CONCATENATED MODULE: ./src/aws/poll-schedule.ts
/** 250 ms for the first 5 s, then 0.5 s, 1 s, 2 s, 4 s ... at most 5 s. */
const QUICK_POLLS = { quickMs: 250, quickForMs: 5_000, maxMs: 5_000 };
/** The delay before the next look, `elapsedMs` into a wait. */
function pollDelayMs(schedule, elapsedMs) {
    if (elapsedMs < schedule.quickForMs)
        return schedule.quickMs;
    const doublings = Math.floor((elapsedMs - schedule.quickForMs) / schedule.quickForMs) + 1;
    return Math.min(schedule.maxMs, schedule.quickMs * 2 ** Math.min(doublings, 20));
}
/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted === true) {
            resolve();
            return;
        }
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/aws/retry.ts






/**
 * About a minute of retries in all: long enough for another deploy's update to finish. A busy
 * function is asked again every 250 ms at first: a few writes a second on one function, well
 * within Lambda's control-plane rate (15 requests per second for the account).
 */
const CONFLICT_RETRY = {
    attempts: 8,
    baseDelayMs: 1_000,
    maxDelayMs: 15_000,
    busy: { polls: { ...QUICK_POLLS, quickMs: 300 }, forMs: 60_000 },
};
/**
 * Sends a change. ResourceConflictException for a function busy with another update is
 * waited out with capped exponential backoff (the SDK does not retry it). With a
 * confirmation, a call that may have been applied though it failed (no answer, a broken
 * connection, a 5xx, "already exists" or a failed precondition on a resend) is read back,
 * and the run carries on when the change is there as asked.
 */
async function mutate(what, call, policy, log, confirmation) {
    const checked = confirmation?.checkBeforeResend === true;
    const busy = new BusyWait(what, policy, log);
    for (let attempt = 1;; attempt++) {
        try {
            const answer = await (checked ? withoutSdkRetries(call) : call());
            busy.ended();
            return answer;
        }
        catch (error) {
            const last = attempt >= policy.attempts;
            if (isBusy(error) && policy.busy !== undefined) {
                if (!(await busy.waited()))
                    throw error;
                attempt--;
                continue;
            }
            if (isBusy(error) && !last) {
                await pause(policy, attempt, log, `${what}: the function is busy with another update (ResourceConflictException)`);
                continue;
            }
            if (checked && isThrottled(error) && !last) {
                await pause(policy, attempt, log, `${what}: throttled`);
                continue;
            }
            if (confirmation === undefined || !mayHaveBeenApplied(error))
                throw error;
            const found = await readBack(what, confirmation, error);
            if (found !== undefined) {
                log.info(`${what}: the change is in place as asked (read back after: ${briefReason(error)})`);
                return found;
            }
            // Not applied: only a lost answer (not a refusal) may be sent again, and only by us.
            if (!checked || !isOutcomeUnknown(error) || last)
                throw error;
            await pause(policy, attempt, log, `${what}: no answer, and it was not applied`);
        }
    }
}
/** A busy function's 409s, retried on the policy's quick schedule while its time lasts. */
class BusyWait {
    what;
    policy;
    log;
    started;
    constructor(what, policy, log) {
        this.what = what;
        this.policy = policy;
        this.log = log;
    }
    /** Whether the caller may send again, after the schedule's delay. */
    async waited() {
        const busy = this.policy.busy;
        if (busy === undefined)
            return false;
        const now = performance.now();
        if (this.started === undefined) {
            this.started = now;
            this.log.info(`${this.what}: the function is busy with another update (ResourceConflictException); ` +
                `sending again as soon as it is done (for at most ${Math.round(busy.forMs / 1000)} s)`);
        }
        const elapsed = now - this.started;
        if (elapsed >= busy.forMs)
            return false;
        const delay = Math.min(pollDelayMs(busy.polls, elapsed), busy.forMs - elapsed);
        await new Promise((resolve) => setTimeout(resolve, delay));
        return true;
    }
    ended() {
        if (this.started === undefined)
            return;
        const seconds = (performance.now() - this.started) / 1000;
        this.log.info(`${this.what}: sent once the other update ended, after ${seconds.toFixed(1)} s`);
        this.started = undefined;
    }
}
function mayHaveBeenApplied(error) {
    return isOutcomeUnknown(error) || isAlreadyExists(error) || isPreconditionFailed(error);
}
async function readBack(what, confirmation, error) {
    try {
        return await confirmation.readBack();
    }
    catch (readError) {
        throw new OutcomeUnknownError(`${what} failed (${briefReason(error)}), and reading back whether it was applied failed ` +
            `too (${briefReason(readError)}): whether it was applied is unknown`, { cause: error });
    }
}
async function pause(policy, attempt, log, why) {
    const delayMs = backoffDelay(policy, attempt);
    log.info(`${why}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
}
/** Half the capped exponential delay, plus a random part of the other half. */
function backoffDelay(policy, attempt) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return ceiling / 2 + Math.random() * (ceiling / 2);
}

;// CONCATENATED MODULE: ./src/pages.ts
// Lists that come in pages. The SDK's paginators follow NextMarker for as long as it comes:
// a service (or a proxy) that answers the same marker again would keep them going forever.

/** More pages than any function's versions, aliases or configs fill (50 a page at least). */
const MAX_PAGES = 1_000;
/** A listing that would not end: a marker given twice, or more than MAX_PAGES pages. */
class EndlessListing extends errors_DeployError {
}
/**
 * Every item of a paged list call named `call` (ListVersionsByFunction, say): stops with an
 * EndlessListing when a marker comes a second time or after MAX_PAGES pages.
 */
async function allPages(call, page) {
    const items = [];
    const seen = new Set();
    let marker;
    for (let count = 1;; count++) {
        const answer = await page(marker);
        items.push(...answer.items);
        if (answer.next === undefined || answer.next === '')
            return items;
        if (seen.has(answer.next)) {
            throw new EndlessListing(`${call} answered page ${count} with a NextMarker it had given before: the listing loops, so it was stopped`);
        }
        if (count >= MAX_PAGES) {
            throw new EndlessListing(`${call} still had more after ${MAX_PAGES} pages, more than any function has: the listing was stopped`);
        }
        seen.add(answer.next);
        marker = answer.next;
    }
}

;// CONCATENATED MODULE: ./src/aws/lambda-release-shapes.ts


/** True when `url` has the auth type and every option wanted. */
function urlMatches(url, authType, wanted) {
    return (url.authType === authType &&
        (wanted.invokeMode === undefined || url.invokeMode === wanted.invokeMode) &&
        (wanted.cors === undefined || sameCors(url.cors, wanted.cors)));
}
/** Lists compared as sets, AllowCredentials false and MaxAge 0 when absent, as Lambda means them. */
function sameCors(a, b) {
    return corsText(a) === corsText(b);
}
/** The SDK's Cors (its lists are not readonly). */
function mutableCors(cors) {
    const copy = (items) => items === undefined ? undefined : [...items];
    return {
        AllowCredentials: cors.AllowCredentials,
        AllowHeaders: copy(cors.AllowHeaders),
        AllowMethods: copy(cors.AllowMethods),
        AllowOrigins: copy(cors.AllowOrigins),
        ExposeHeaders: copy(cors.ExposeHeaders),
        MaxAge: cors.MaxAge,
    };
}
function corsText(cors) {
    const list = (items) => [...(items ?? [])].sort();
    return JSON.stringify([
        list(cors?.AllowOrigins),
        list(cors?.AllowMethods),
        list(cors?.AllowHeaders),
        list(cors?.ExposeHeaders),
        cors?.AllowCredentials ?? false,
        cors?.MaxAge ?? 0,
    ]);
}
function sendOptions(abortSignal) {
    return abortSignal === undefined ? {} : { abortSignal };
}
function whenNotFound(value) {
    return (error) => (isNotFound(error) ? { value } : undefined);
}
function toAlias(alias) {
    if (alias.Name === undefined ||
        alias.AliasArn === undefined ||
        alias.FunctionVersion === undefined) {
        throw new errors_DeployError('Lambda answered without the alias configuration');
    }
    return {
        name: alias.Name,
        arn: alias.AliasArn,
        version: alias.FunctionVersion,
        weights: alias.RoutingConfig?.AdditionalVersionWeights ?? {},
        revisionId: alias.RevisionId,
        description: alias.Description,
    };
}
function publishedVersion(answer) {
    if (answer.Version === undefined || answer.FunctionArn === undefined) {
        throw new errors_DeployError('Lambda answered PublishVersion without a version');
    }
    return { version: answer.Version, arn: answer.FunctionArn, codeSha256: answer.CodeSha256 };
}
/** The alias routes all of its traffic as `version` plus `weights` say. */
function sameRouting(alias, version, weights) {
    const wanted = Object.entries(weights).filter(([, weight]) => weight > 0);
    const actual = Object.entries(alias.weights).filter(([, weight]) => weight > 0);
    return (alias.version === version &&
        wanted.length === actual.length &&
        wanted.every(([other, weight]) => Math.abs((alias.weights[other] ?? -1) - weight) < 1e-9));
}
/** UpdateAlias found the alias changed since it was read: another run moved it. */
class AliasChangedError extends errors_DeployError {
    alias;
    found;
    constructor(alias, found, options) {
        super(`Alias '${alias}' changed meanwhile (another run moved it since this run read it): ` +
            (found === undefined ? 'it no longer exists' : `it now routes ${routingText(found)}`), options);
        this.alias = alias;
        this.found = found;
    }
}
/** "7 (90 %) / 8 (10 %)", or "8" when one version has it all. */
function routingText(alias) {
    const weights = Object.entries(alias.weights);
    if (weights.length === 0)
        return alias.version;
    const others = weights.reduce((sum, [, weight]) => sum + weight, 0);
    const percent = (share) => `${Math.round(share * 1000) / 10} %`;
    return [
        `${alias.version} (${percent(1 - others)})`,
        ...weights.map(([version, weight]) => `${version} (${percent(weight)})`),
    ].join(' / ');
}
function isNotFound(error) {
    return error instanceof Error && error.name === 'ResourceNotFoundException';
}
/** A RevisionId or CodeSha256 precondition that no longer holds. */
function changedMeanwhile(error) {
    if (!(error instanceof Error))
        return false;
    return (error.name === 'PreconditionFailedException' ||
        (error.name === 'InvalidParameterValueException' && /CodeSha256|code ?sha/i.test(error.message)));
}

;// CONCATENATED MODULE: ./src/aws/lambda-versions.ts







/** Durable executions that still need their version: running, pausing or paused. */
const ACTIVE_DURABLE_STATUSES = ['RUNNING', 'PAUSING', 'PAUSED'];
/** The calls on a function's versions, and the helpers every release call shares. */
class LambdaVersions {
    client;
    name;
    region;
    log;
    conflictRetry;
    constructor(client, name, region, log, conflictRetry = CONFLICT_RETRY) {
        this.client = client;
        this.name = name;
        this.region = region;
        this.log = log;
        this.conflictRetry = conflictRetry;
    }
    /**
     * Publishes $LATEST only if it still holds `codeSha256` at `revisionId`, so the version
     * can never capture another deploy's change made in between.
     */
    async publishVersion(codeSha256, revisionId, description) {
        let published;
        try {
            published = await this.mutate('PublishVersion', async () => publishedVersion(await this.client.send(new dist_cjs/* PublishVersionCommand */.D3m({
                FunctionName: this.name,
                CodeSha256: codeSha256,
                RevisionId: revisionId,
                Description: description,
            }))), 
            // A resend after a lost answer meets the RevisionId that publishing changed.
            { readBack: () => this.findVersion(codeSha256, description) });
        }
        catch (error) {
            if (changedMeanwhile(error)) {
                throw new errors_DeployError(`Another deploy changed function '${this.name}' meanwhile: its code or configuration ` +
                    'is no longer what this run deployed, so no version was published and no alias moved. ' +
                    `Lambda said: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            throw this.failure(error, 'publish a version', 'lambda:PublishVersion', this.target(undefined));
        }
        // Lambda enforces the precondition; this holds emulators and regressions to it too.
        if (published.codeSha256 !== undefined && published.codeSha256 !== codeSha256) {
            throw new errors_DeployError(`Another deploy changed function '${this.name}' meanwhile: version ${published.version} ` +
                `holds code ${published.codeSha256}, not the ${codeSha256} this run deployed, ` +
                'so no alias moved');
        }
        return { version: published.version, arn: published.arn };
    }
    /**
     * Republishes $LATEST.PUBLISHED (PublishTo LATEST_PUBLISHED), a Managed Instances function's
     * version that unqualified invokes reach, only while $LATEST holds `codeSha256`. Publishing
     * it again is harmless, so a lost answer is simply resent (no RevisionId, which a first
     * publish that was applied might have moved on).
     */
    async publishLatestPublished(codeSha256, description) {
        try {
            return await this.mutate('PublishVersion', async () => publishedVersion(await this.client.send(new dist_cjs/* PublishVersionCommand */.D3m({
                FunctionName: this.name,
                CodeSha256: codeSha256,
                Description: description,
                PublishTo: 'LATEST_PUBLISHED',
            }))));
        }
        catch (error) {
            throw this.failure(error, 'publish $LATEST.PUBLISHED', 'lambda:PublishVersion', this.target(undefined));
        }
    }
    /** The newest published version's number, or undefined when none was published. */
    async newestVersion() {
        const numbers = (await this.publishedVersions()).map((version) => Number(version.Version));
        return numbers.length === 0 ? undefined : String(Math.max(...numbers));
    }
    /** The newest published version holding `codeSha256` with `description`, if there is one. */
    async findVersion(codeSha256, description) {
        const holding = (await this.publishedVersions())
            .filter((version) => version.CodeSha256 === codeSha256 && version.Description === description)
            .sort((a, b) => Number(b.Version) - Number(a.Version));
        return holding[0] === undefined ? undefined : publishedVersion(holding[0]);
    }
    /** Every published version, $LATEST left out. */
    async publishedVersions() {
        return this.attempt({ action: 'list the versions', permission: 'lambda:ListVersionsByFunction', on: undefined }, async () => {
            const versions = await allPages('ListVersionsByFunction', async (Marker) => {
                const page = await this.client.send(new dist_cjs/* ListVersionsByFunctionCommand */.Ox4({ FunctionName: this.name, Marker }));
                return { items: page.Versions ?? [], next: page.NextMarker };
            });
            return versions.filter((version) => version.Version !== '$LATEST');
        });
    }
    async deleteVersion(version) {
        const input = { FunctionName: this.name, Qualifier: version };
        await this.attempt({ action: `delete version ${version}`, permission: 'lambda:DeleteFunction', on: undefined }, async () => {
            await this.mutate('DeleteFunction', () => this.client.send(new dist_cjs/* DeleteFunctionCommand */.Z3K(input)));
        }, whenNotFound(undefined));
    }
    /** The published versions' numbers, $LATEST left out. */
    async versionNumbers() {
        return (await this.publishedVersions()).flatMap((version) => version.Version ?? []);
    }
    /**
     * The qualifiers (versions or aliases) with provisioned concurrency, as each config's
     * FunctionArn names them.
     */
    async provisionedConcurrency() {
        return this.attempt({
            action: 'list the provisioned concurrency configs',
            permission: 'lambda:ListProvisionedConcurrencyConfigs',
            on: undefined,
        }, async () => {
            const configs = await allPages('ListProvisionedConcurrencyConfigs', async (Marker) => {
                const page = await this.client.send(new dist_cjs/* ListProvisionedConcurrencyConfigsCommand */.oXS({ FunctionName: this.name, Marker }));
                return { items: page.ProvisionedConcurrencyConfigs ?? [], next: page.NextMarker };
            });
            return configs.map((config) => {
                // arn:aws:lambda:<region>:<account>:function:<name>:<qualifier>
                const qualifier = config.FunctionArn?.split(':')[7];
                if (qualifier === undefined || qualifier === '') {
                    throw new errors_DeployError(`Lambda answered a provisioned concurrency config without a qualifier (${config.FunctionArn ?? 'no ARN'})`);
                }
                return qualifier;
            });
        });
    }
    /** The published versions' numbers, each with whether it is durable (has DurableConfig). */
    async versionDurability() {
        return (await this.publishedVersions()).flatMap((config) => config.Version === undefined
            ? []
            : [{ version: config.Version, durable: config.DurableConfig !== undefined }]);
    }
    /** Whether `version` has DurableConfig: only a durable version's executions are listed. */
    async isDurable(version) {
        return this.attempt({
            action: `read version ${version}`,
            permission: 'lambda:GetFunctionConfiguration',
            on: undefined,
        }, async () => {
            const config = await this.client.send(new dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: this.name, Qualifier: version }));
            return config.DurableConfig !== undefined;
        }, 
        // Gone already: nothing of it to spare.
        whenNotFound(false));
    }
    /** How many durable executions of `version` are still going (RUNNING, PAUSING or PAUSED). */
    async activeDurableExecutions(version) {
        const executions = await this.attempt({
            action: `list the durable executions of version ${version}`,
            permission: 'lambda:ListDurableExecutionsByFunction',
            on: undefined,
        }, () => allPages('ListDurableExecutionsByFunction', async (Marker) => {
            const page = await this.client.send(new dist_cjs/* ListDurableExecutionsByFunctionCommand */.BPf({
                FunctionName: this.name,
                Qualifier: version,
                Statuses: [...ACTIVE_DURABLE_STATUSES],
                MaxItems: 1000,
                Marker,
            }));
            return { items: page.DurableExecutions ?? [], next: page.NextMarker };
        }));
        // Counted again here: an endpoint that ignored the filter must not free a busy version.
        return executions.filter((execution) => ACTIVE_DURABLE_STATUSES.includes(execution.Status ?? '')).length;
    }
    /** The account's code storage in the region: used and its limit, in bytes. */
    async accountSettings() {
        try {
            const { AccountUsage, AccountLimit } = await this.client.send(new dist_cjs/* GetAccountSettingsCommand */._8I({}));
            const used = AccountUsage?.TotalCodeSize;
            const limit = AccountLimit?.TotalCodeSize;
            if (used === undefined || limit === undefined) {
                throw new errors_DeployError('Lambda answered GetAccountSettings without TotalCodeSize');
            }
            return { used, limit, functionCount: AccountUsage?.FunctionCount };
        }
        catch (error) {
            if (!(error instanceof errors_DeployError) && httpStatusOf(error) === 404) {
                throw new errors_DeployError('Could not read the account settings: this endpoint does not offer GetAccountSettings (HTTP 404)', { cause: error });
            }
            throw describeAwsError(error, {
                action: 'read the account settings',
                permission: 'lambda:GetAccountSettings',
                resource: 'the account',
                region: this.region,
                notFoundHint: 'This endpoint does not offer GetAccountSettings.',
            });
        }
    }
    /** A delete: true when it removed something, false when there was nothing to remove. */
    removeIfThere(call, send) {
        const name = call.permission.replace('lambda:', '');
        return this.attempt(call, async () => {
            await this.mutate(name, send);
            return true;
        }, whenNotFound(false));
    }
    /**
     * Runs one call; an error `recover` accepts gives its value, any other becomes a
     * DeployError that says what failed, on what, and which permission it needs.
     */
    async attempt(call, work, recover = () => undefined) {
        try {
            return await work();
        }
        catch (error) {
            const recovered = recover(error);
            if (recovered !== undefined)
                return recovered.value;
            throw this.failure(error, call.action, call.permission, this.target(call.on));
        }
    }
    mutate(what, call, confirm) {
        return mutate(what, call, this.conflictRetry, this.log, confirm);
    }
    aliasName(alias) {
        return `alias '${alias}' of function '${this.name}'`;
    }
    target(qualifier) {
        return qualifier === undefined ? `function '${this.name}'` : this.aliasName(qualifier);
    }
    failure(error, action, permission, resource) {
        return describeAwsError(error, {
            action,
            permission,
            resource,
            region: this.region,
            notFoundHint: 'Check function-name and region.',
        });
    }
}

;// CONCATENATED MODULE: ./src/aws/lambda-aliases.ts






/** The calls on a function's aliases. */
class LambdaAliases extends LambdaVersions {
    /** `abortSignal` ends the read (its retries included), as a deadline or a cancel. */
    async getAlias(alias, abortSignal) {
        return this.attempt({ action: `read alias '${alias}'`, permission: 'lambda:GetAlias', on: alias }, async () => toAlias(await this.client.send(new dist_cjs/* GetAliasCommand */.MES({ FunctionName: this.name, Name: alias }), sendOptions(abortSignal))), whenNotFound(undefined));
    }
    async listAliases() {
        return this.attempt({ action: 'list the aliases', permission: 'lambda:ListAliases', on: undefined }, async () => allPages('ListAliases', async (Marker) => {
            const page = await this.client.send(new dist_cjs/* ListAliasesCommand */.UZx({ FunctionName: this.name, Marker }));
            return { items: (page.Aliases ?? []).map(toAlias), next: page.NextMarker };
        }));
    }
    async createAlias(alias, version, description) {
        const input = {
            FunctionName: this.name,
            Name: alias,
            FunctionVersion: version,
            ...(description === undefined ? {} : { Description: description }),
        };
        return this.attempt({ action: `create alias '${alias}'`, permission: 'lambda:CreateAlias', on: alias }, () => this.mutate('CreateAlias', async () => toAlias(await this.client.send(new dist_cjs/* CreateAliasCommand */.W_e(input))), this.aliasRoutes(alias, version, {})));
    }
    /**
     * Points the alias at `version`, sending `weights` of traffic to other versions (none
     * clears them), only if it is still as `current` was read: Lambda checks its RevisionId.
     */
    async updateAlias(current, version, weights, description, abortSignal) {
        const alias = current.name;
        const input = {
            FunctionName: this.name,
            Name: alias,
            FunctionVersion: version,
            RoutingConfig: { AdditionalVersionWeights: { ...weights } },
            RevisionId: current.revisionId,
            ...(description === undefined ? {} : { Description: description }),
        };
        try {
            return await this.mutate('UpdateAlias', async () => toAlias(await this.client.send(new dist_cjs/* UpdateAliasCommand */.lqC(input), sendOptions(abortSignal))), this.aliasRoutes(alias, version, weights, abortSignal));
        }
        catch (error) {
            if (isPreconditionFailed(error)) {
                const now = await this.getAlias(alias, abortSignal);
                throw new AliasChangedError(alias, now, { cause: error });
            }
            throw this.failure(error, `move alias '${alias}'`, 'lambda:UpdateAlias', this.target(alias));
        }
    }
    /** Reads the alias back: it, when it routes as asked. */
    aliasRoutes(alias, version, weights, abortSignal) {
        return {
            readBack: async () => {
                const now = await this.getAlias(alias, abortSignal);
                return now !== undefined && sameRouting(now, version, weights) ? now : undefined;
            },
        };
    }
    async deleteAlias(alias, abortSignal) {
        await this.attempt({ action: `delete alias '${alias}'`, permission: 'lambda:DeleteAlias', on: alias }, () => this.mutate('DeleteAlias', () => this.client.send(new dist_cjs/* DeleteAliasCommand */.Hou({ FunctionName: this.name, Name: alias }), sendOptions(abortSignal))));
    }
}

;// CONCATENATED MODULE: ./src/aws/lambda-release.ts





/** The calls that release a function: versions, aliases, function URLs and their permissions. */
class LambdaRelease extends LambdaAliases {
    async getFunctionUrl(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.attempt({ action: 'read the function URL', permission: 'lambda:GetFunctionUrlConfig', on: qualifier }, async () => {
            const response = await this.client.send(new dist_cjs/* GetFunctionUrlConfigCommand */.Hcc(input));
            return {
                url: response.FunctionUrl ?? '',
                authType: response.AuthType ?? '',
                invokeMode: response.InvokeMode ?? 'BUFFERED',
                cors: response.Cors,
            };
        }, whenNotFound(undefined));
    }
    /**
     * Creates the URL, or updates it to `wanted`; returns the URL. An update sends the invoke
     * mode and CORS as wanted, so that none of them is left to a default.
     */
    async putFunctionUrl(qualifier, authType, wanted = {}) {
        const existing = await this.getFunctionUrl(qualifier);
        if (existing !== undefined && urlMatches(existing, authType, wanted))
            return existing.url;
        const input = {
            FunctionName: this.name,
            Qualifier: qualifier,
            AuthType: authType,
            ...(wanted.invokeMode === undefined ? {} : { InvokeMode: wanted.invokeMode }),
            ...(wanted.cors === undefined ? {} : { Cors: mutableCors(wanted.cors) }),
        };
        const creating = existing === undefined;
        return this.attempt({
            action: 'set up the function URL',
            permission: creating ? 'lambda:CreateFunctionUrlConfig' : 'lambda:UpdateFunctionUrlConfig',
            on: qualifier,
        }, async () => {
            // A lost answer's resend meets "FunctionUrlConfig exists": read back, it is ours if it matches.
            const asAsked = {
                readBack: async () => {
                    const now = await this.getFunctionUrl(qualifier);
                    return now !== undefined && urlMatches(now, authType, wanted) ? now.url : undefined;
                },
            };
            const response = creating
                ? await this.mutate('CreateFunctionUrlConfig', async () => (await this.client.send(new dist_cjs/* CreateFunctionUrlConfigCommand */.DJE(input))).FunctionUrl ??
                    '', asAsked)
                : await this.mutate('UpdateFunctionUrlConfig', async () => (await this.client.send(new dist_cjs/* UpdateFunctionUrlConfigCommand */.GQU(input))).FunctionUrl ??
                    '', asAsked);
            return response;
        });
    }
    /** True when there was a URL to delete. */
    async deleteFunctionUrl(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.removeIfThere({
            action: 'delete the function URL',
            permission: 'lambda:DeleteFunctionUrlConfig',
            on: qualifier,
        }, () => this.client.send(new dist_cjs/* DeleteFunctionUrlConfigCommand */.Ik0(input)));
    }
    /** The statement IDs of the resource policy on `qualifier` (none when there is no policy). */
    async statementIds(qualifier) {
        const input = { FunctionName: this.name, Qualifier: qualifier };
        return this.attempt({ action: 'read the resource policy', permission: 'lambda:GetPolicy', on: qualifier }, async () => {
            const response = await this.client.send(new dist_cjs/* GetPolicyCommand */.s4W(input));
            const policy = JSON.parse(response.Policy ?? '{}');
            return new Set((policy.Statement ?? []).flatMap((statement) => statement.Sid ?? []));
        }, whenNotFound(new Set()));
    }
    async addPermission(qualifier, statement) {
        const input = {
            FunctionName: this.name,
            Qualifier: qualifier,
            StatementId: statement.statementId,
            Action: statement.action,
            Principal: statement.principal,
            FunctionUrlAuthType: statement.functionUrlAuthType,
            InvokedViaFunctionUrl: statement.invokedViaFunctionUrl,
        };
        await this.attempt({ action: `allow ${statement.action}`, permission: 'lambda:AddPermission', on: qualifier }, async () => {
            await this.mutate('AddPermission', () => this.client.send(new dist_cjs/* AddPermissionCommand */.AL$(input)));
        }, 
        // Another run for the same alias may have added it a moment ago: the aim is met.
        (error) => (isAlreadyExists(error) ? { value: undefined } : undefined));
    }
    /** True when the statement was there to remove. */
    async removePermission(qualifier, statementId) {
        const input = { FunctionName: this.name, Qualifier: qualifier, StatementId: statementId };
        return this.removeIfThere({
            action: `remove permission ${statementId}`,
            permission: 'lambda:RemovePermission',
            on: qualifier,
        }, () => this.client.send(new dist_cjs/* RemovePermissionCommand */.h$5(input)));
    }
}

;// CONCATENATED MODULE: ./src/resources/alias/record.ts
// What this action did to an alias, kept in the alias's own Description after the user's
// text, so that `rollback-to: previous` and the recovery of an interrupted rollout need no
// state outside AWS:
//   "Orders API, prod | lambda-deploy: 8 (was 7+8:0.1) 1a2b3c4 run 42"             a move done
//   "Orders API, prod | lambda-deploy: 7+8:0.1 (was 7) 1a2b3c4 run 43"             a canary
//   "lambda-deploy rollout: 8 step 2/3 of 10,50,100 until 1765080000 (was 7) run 42.1"  under way
// A routing is its primary, then "+version:weight" for each other version it sends a share.
/** Lambda's limit for an alias description. */
const record_DESCRIPTION_LIMIT = 256;
const SEPARATOR = ' | ';
const ROUTING = String.raw `(?:\d+|\$LATEST)(?:\+\d+:[\d.]+)*`;
const MOVED = new RegExp(String.raw `^lambda-deploy: (${ROUTING}) \(was (${ROUTING}|none)\)(.*)$`);
const ROLLOUT = new RegExp(String.raw `^lambda-deploy rollout: (\d+) step (\d+)/(\d+) of ([\d,]+) until (\d+) \(was (${ROUTING})\) run (\S+)$`);
/** "7", or "7+8:0.1" when version 8 has 10 % of the traffic. */
function routingRecord(routing) {
    const others = Object.entries(routing.weights)
        .filter(([, weight]) => weight > 0)
        .map(([version, weight]) => `+${version}:${weight}`);
    return `${routing.version}${others.join('')}`;
}
function parseRouting(text) {
    const [version = '', ...others] = text.split('+');
    const weights = {};
    for (const other of others) {
        const [name = '', weight = ''] = other.split(':');
        weights[name] = Number(weight);
    }
    return { version, weights };
}
function recordText(record) {
    if (record.kind === 'moved') {
        const was = record.previous === undefined ? 'none' : routingRecord(record.previous);
        const now = routingRecord({ version: record.version, weights: record.weights ?? {} });
        return `lambda-deploy: ${now} (was ${was}) ${record.label}`.trim();
    }
    return (`lambda-deploy rollout: ${record.target} step ${record.step}/${record.steps.length} ` +
        `of ${record.steps.join(',')} until ${record.until} (was ${routingRecord(record.before)}) ` +
        `run ${record.run}`);
}
function parseRecord(text) {
    const moved = MOVED.exec(text);
    if (moved !== null) {
        const previous = moved[2] ?? 'none';
        const now = parseRouting(moved[1] ?? '');
        return {
            kind: 'moved',
            version: now.version,
            ...(Object.keys(now.weights).length === 0 ? {} : { weights: now.weights }),
            previous: previous === 'none' ? undefined : parseRouting(previous),
            label: (moved[3] ?? '').trim(),
        };
    }
    const rollout = ROLLOUT.exec(text);
    if (rollout === null)
        return undefined;
    const steps = (rollout[4] ?? '').split(',').map(Number);
    return {
        kind: 'rollout',
        target: rollout[1] ?? '',
        step: Number(rollout[2]),
        steps,
        until: Number(rollout[5]),
        before: parseRouting(rollout[6] ?? ''),
        run: rollout[7] ?? '',
    };
}
/** The user's text and this action's record, from an alias's Description. */
function readDescription(description) {
    const whole = description ?? '';
    const own = parseRecord(whole);
    if (own !== undefined)
        return { text: '', record: own };
    const at = whole.lastIndexOf(SEPARATOR);
    const record = at === -1 ? undefined : parseRecord(whole.slice(at + SEPARATOR.length));
    return record === undefined
        ? { text: whole, record: undefined }
        : { text: whole.slice(0, at), record };
}
/**
 * The alias's new Description: the user's text from `current`, kept, then `record`, within
 * Lambda's 256 characters (the user's text is shortened first, never the record).
 */
function describeAlias(current, record) {
    const own = recordText(record).slice(0, record_DESCRIPTION_LIMIT);
    const { text } = readDescription(current);
    if (text === '')
        return own;
    const room = record_DESCRIPTION_LIMIT - own.length - SEPARATOR.length;
    if (room < 2)
        return own;
    const kept = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
    return `${kept}${SEPARATOR}${own}`;
}
/** The record of a finished move, for the versions' own sake (rollback-to: previous). */
function readAliasRecord(description) {
    const { record } = readDescription(description);
    if (record?.kind !== 'moved')
        return undefined;
    return { version: record.version, previous: record.previous?.version };
}
/** The rollout under way that the description records, if any. */
function readRolloutMarker(description) {
    const { record } = readDescription(description);
    return record?.kind === 'rollout' ? record : undefined;
}

;// CONCATENATED MODULE: ./src/apply/rollout/guard.ts
/** How long the put-back after a signal may take in all, inside the runner's grace time. */
const CANCEL_BUDGET_MS = 6_000;
const SIGNALS = (/* unused pure expression or super */ null && (['SIGINT', 'SIGTERM']));
/** The reason a rollout's signal aborts with when the job is cancelled. */
class Cancelled extends Error {
    signal;
    name = 'Cancelled';
    constructor(signal) {
        super(`The job was cancelled (${signal})`);
        this.signal = signal;
    }
}
/**
 * The process-wide watch for SIGINT and SIGTERM. `open` marks a rollout window; a signal
 * during one aborts its signal (once: a second signal while it puts aliases back is only
 * logged); a signal outside one logs the state and ends the step, failed.
 */
class RolloutGuard {
    log;
    exit;
    window;
    state = () => 'nothing was changed yet';
    leaving;
    installed = false;
    constructor(log, exit = (code) => process.exit(code)) {
        this.log = log;
        this.exit = exit;
    }
    /** Starts listening for the signals (once). */
    install() {
        if (this.installed)
            return;
        this.installed = true;
        for (const signal of SIGNALS)
            process.on(signal, () => {
                this.onSignal(signal);
            });
    }
    /** Says what the run has left so far, for a signal that comes outside a rollout. */
    describeState(sentence) {
        this.state = sentence;
    }
    /** Runs before the step ends on a signal outside a rollout (the job summary), for 2 s at most. */
    beforeExit(leaving) {
        this.leaving = leaving;
    }
    /** Opens a rollout window: its signal aborts when the job is cancelled. */
    open() {
        this.window = new AbortController();
        return this.window.signal;
    }
    close() {
        this.window = undefined;
    }
    onSignal(signal) {
        const window = this.window;
        if (window === undefined) {
            const message = `Cancelled (${signal}) outside any traffic shift: ${this.state()}`;
            this.log.warning(message);
            const leaving = this.leaving?.(message) ?? Promise.resolve();
            const limit = new Promise((resolve) => setTimeout(resolve, 2_000).unref());
            void Promise.race([leaving, limit])
                .catch(() => undefined)
                .finally(() => {
                this.exit(1);
            });
            return;
        }
        if (window.signal.aborted) {
            this.log.warning(`${signal} again: still putting the aliases back`);
            return;
        }
        this.log.warning(`Cancelled (${signal}) during the traffic shift: putting the aliases back`);
        window.abort(new Cancelled(signal));
    }
}
/** The one guard of the process; main.ts installs it. */
let current;
function rolloutGuard(log) {
    current ??= new RolloutGuard(log);
    return current;
}
/** Resolves when `signal` aborts; never, without one. */
function aborted(signal) {
    return new Promise((_, reject) => {
        if (signal === undefined)
            return;
        if (signal.aborted) {
            reject(signal.reason);
            return;
        }
        signal.addEventListener('abort', () => {
            reject(signal.reason);
        }, { once: true });
    });
}
/** `work`, unless `signal` aborts first (then its reason). */
function untilAborted(signal, work) {
    if (signal === undefined)
        return work;
    work.catch(() => undefined);
    return Promise.race([work, aborted(signal)]);
}
/** Waits `ms`, or less when `signal` aborts (then rejects with its reason). */
function guard_pause(ms, signal) {
    return untilAborted(signal, new Promise((resolve) => setTimeout(resolve, ms)));
}

;// CONCATENATED MODULE: ./src/apply/rollout/stop.ts
// One rule for every stop of a rollout: each alias the run moved goes back to its routing
// before the run, without the new version's share (carrying the RevisionId it was last left
// with), and the message says where each one routes as read back afterwards. An alias
// another run moved meanwhile is left alone and named with what it routes now.





/**
 * The rollout stopped; `aliases` says, per lane in order, where each alias was left, and
 * `labels` which lane each is (its function and region, or its alias).
 */
class RolloutStopped extends errors_DeployError {
    aliases;
    outputs = { 'rolled-back': 'false' };
    constructor(message, aliases, options) {
        super(message, options);
        this.aliases = aliases;
        this.labels = options?.labels ?? [];
        this.failedLabel = options?.failedLabel;
    }
    labels;
    /** The lane whose failure stopped the rollout (its label), when it was one lane's. */
    failedLabel;
}
/** Every alias the run moved is off the new version again; `rolled-back` says so. */
class RolledBack extends RolloutStopped {
    outputs = { 'rolled-back': 'true' };
}
/** The routing an alias goes back to: as before the run, without `version`'s share. */
function putBackRouting(before, version) {
    if (before.version === version)
        return before;
    const weights = Object.fromEntries(Object.entries(before.weights).filter(([other]) => other !== version));
    return { version: before.version, weights };
}
/**
 * Puts back every lane's alias (in parallel: a fleet's aliases within a cancelled job's
 * grace time), then fails with RolledBack, or RolloutStopped when any could not be.
 */
async function stopRollout(lanes, cause, context, save) {
    // After a signal the runner kills the step about 10 s later: every call has to fit.
    const signal = context.signal?.aborted === true ? AbortSignal.timeout(CANCEL_BUDGET_MS) : undefined;
    const results = await Promise.all(lanes.map((state) => putBack(state, context, signal)));
    save();
    const failed = results.filter((result) => result.outcome === 'failed');
    if (failed.length === 0)
        context.save({ run: context.run, open: false, aliases: [] });
    const aliases = results.map((result) => result.state);
    const options = {
        cause: failed[0]?.error ?? cause.error,
        labels: lanes.map(({ lane }) => lane.label ?? lane.alias),
        failedLabel: cause.lane === undefined ? undefined : (cause.lane.label ?? cause.lane.alias),
    };
    const versions = [...new Set(lanes.map(({ lane }) => lane.version))];
    const stays = `${versions.length === 1 ? 'Version' : 'Versions'} ${versions.join(', ')} ${versions.length === 1 ? 'stays' : 'stay'} published`;
    if (lanes.length === 1) {
        const [result] = results;
        const message = `${cause.text}: ${result.sentence}.`;
        if (failed.length > 0) {
            throw new RolloutStopped(`${message} Move it back by hand, or with rollback-to.`, aliases, options);
        }
        throw new RolledBack(`${message} ${stays}, with no traffic from this run.`, aliases, options);
    }
    const each = lanes
        .map(({ lane }, at) => `${lane.label ?? lane.alias}: ${results[at]?.sentence ?? ''}`)
        .join('; ');
    if (failed.length === 0) {
        throw new RolledBack(`${cause.text}: every alias was put back (${each}). ${stays}, with no traffic from this run.`, aliases, options);
    }
    throw new RolloutStopped(`${cause.text}, and putting ${failed.length} of ${lanes.length} aliases back failed (${each}). ` +
        'Move those back by hand, or with rollback-to.', aliases, options);
}
async function putBack(state, context, signal) {
    const { lane } = state;
    const name = `alias '${lane.alias}'`;
    let current = state.current;
    try {
        // A first move whose answer never came: it is this run's if the alias carries its record.
        current ??= await ownRecord(lane, context, signal);
        if (current === undefined) {
            return {
                outcome: 'unmoved',
                state: `not moved: ${name} ${await stop_readBack(lane, signal)}`,
                sentence: `${name} had not moved; it ${await stop_readBack(lane, signal)}`,
            };
        }
        if (lane.before === undefined) {
            await lane.releaser.deleteAlias(lane.alias, signal);
            state.current = undefined;
            return {
                outcome: 'back',
                state: `put back: ${name} deleted, as it did not exist before`,
                sentence: `${name} was deleted, as it did not exist before this run`,
            };
        }
        const back = await moveBack(lane, lane.before, current, context, signal);
        if (back === 'left') {
            const now = await stop_readBack(lane, signal);
            return {
                outcome: 'left',
                state: `left alone: ${name} was moved by another run; it ${now}`,
                sentence: `${name} was moved by another run meanwhile and is left alone: it ${now}`,
            };
        }
        state.current = back;
        const routing = putBackRouting(lane.before, lane.version);
        const now = await stop_readBack(lane, signal);
        const dropped = routing === lane.before
            ? ` (version ${lane.version} was its primary before this run, so it keeps it)`
            : lane.version in lane.before.weights
                ? ` (its routing before this run, without version ${lane.version}'s share)`
                : ' (its routing before this run)';
        return {
            outcome: 'back',
            state: `put back: ${name} ${now}`,
            sentence: `${name} was put back${dropped}: it ${now}`,
        };
    }
    catch (error) {
        const now = await stop_readBack(lane, signal);
        return {
            outcome: 'failed',
            state: `NOT put back: ${name} ${now} (${errorMessage(error)})`,
            sentence: `putting ${name} back failed (${errorMessage(error)}): it ${now}`,
            error,
        };
    }
}
/**
 * UpdateAlias to the routing before, with the RevisionId the run last left; when that no
 * longer holds and the alias carries this run's record, once more with the one read.
 */
async function moveBack(lane, before, current, context, signal) {
    const routing = putBackRouting(before, lane.version);
    const send = (from) => lane.releaser.updateAlias(from, routing.version, routing.weights, before.description ?? '', signal);
    try {
        return await send(current);
    }
    catch (error) {
        if (!(error instanceof AliasChangedError))
            throw error;
        const found = error.found;
        if (found === undefined || !carriesOwnRecord(found, context))
            return 'left';
        return send(found);
    }
}
/** The alias, when it carries this run's record: a move this run made. */
async function ownRecord(lane, context, signal) {
    const alias = await lane.releaser.getAlias(lane.alias, signal);
    return alias !== undefined && carriesOwnRecord(alias, context) ? alias : undefined;
}
function carriesOwnRecord(alias, own) {
    const { record } = readDescription(alias.description);
    if (record === undefined)
        return false;
    return record.kind === 'rollout'
        ? record.run === own.run
        : record.label === own.label && own.label !== '';
}
/** "routes 7 (read back)", or what kept it from being read. */
async function stop_readBack(lane, signal) {
    try {
        const now = await lane.releaser.getAlias(lane.alias, signal);
        return now === undefined
            ? 'no longer exists (read back)'
            : `routes ${routingText(now)} (read back)`;
    }
    catch (error) {
        return `could not be read back (${errorMessage(error)}), so where it routes is unknown`;
    }
}

;// CONCATENATED MODULE: ./src/report/summary-writer.ts


/**
 * `summary`, with a write that warns instead of failing: the summary reports a run that is
 * done, and a run outside a runner (no GITHUB_STEP_SUMMARY) has nowhere to write it.
 */
function summaryOrWarning(summary, log, env) {
    const writer = {
        addHeading(text, level) {
            summary.addHeading(text, level);
            return writer;
        },
        addTable(rows) {
            summary.addTable(rows);
            return writer;
        },
        addRaw(text, addEOL) {
            summary.addRaw(text, addEOL);
            return writer;
        },
        async write() {
            if (!env['GITHUB_STEP_SUMMARY']) {
                log.warning('no job summary: GITHUB_STEP_SUMMARY is not set');
                return;
            }
            try {
                await summary.write();
            }
            catch (error) {
                log.warning(`no job summary: ${errorMessage(error)}`);
            }
        },
    };
    return writer;
}
function header(data) {
    return { data, header: true };
}
/** One row a phase, then the run's total (phases overlap, so it is not their sum). */
function phaseRows(timings) {
    const rows = timings.map((phase) => [escapeHtml(phase.name), formatSeconds(phase.seconds)]);
    const ends = timings.flatMap((phase) => phase.endedSeconds === undefined ? [] : [phase.endedSeconds]);
    return ends.length === 0
        ? rows
        : [...rows, ['<b>Total</b>', `<b>${formatSeconds(Math.max(...ends))}</b>`]];
}
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}
/** Every value shown comes from inputs, files or AWS; all go in element text, no attribute. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/post-revert.ts
// The post step: when the main step ended inside a rollout window (a job cancelled past the
// runner's grace time, a killed runner process), the state it saved names the aliases it
// moved. Each one still as this run left it (its RevisionId, or this run's record) is put
// back to its routing before the run, without the new version's share; one another run
// moved since is left alone and named.










async function runPost(saved) {
    log.warning('The main step ended while traffic was shifting (the job was cancelled, or the step killed): ' +
        'putting back the aliases it moved');
    const outcome = await putBackSaved(saved, requestTimeout(), process.env);
    const summary = summaryOrWarning(summary_summary, log, process.env);
    await summary
        .addHeading('Lambda deploy: rollout put back after the main step ended', 3)
        .addRaw(outcome.message, true)
        .write();
    if (outcome.rolledBack)
        log.warning(outcome.message);
    else
        commands.setFailed(outcome.message);
}
/** Puts each saved alias back; what happened, in words, and whether all are off the version. */
async function putBackSaved(saved, requestTimeoutSeconds, env) {
    const clients = new Map();
    const lanes = saved.aliases.map((alias) => {
        const client = clients.get(alias.region) ?? createLambdaClient(alias.region, requestTimeoutSeconds);
        clients.set(alias.region, client);
        const releaser = new LambdaRelease(client, alias.function, alias.region, log);
        const before = alias.before === null
            ? undefined
            : {
                name: alias.alias,
                arn: '',
                version: alias.before.version,
                weights: alias.before.weights,
                revisionId: undefined,
                description: alias.before.description,
            };
        return {
            lane: {
                ...(saved.aliases.length > 1 ? { label: `${alias.function} in ${alias.region}` } : {}),
                releaser,
                alarms: undefined,
                alias: alias.alias,
                before,
                version: alias.version,
                steps: true,
            },
            // UpdateAlias carries the RevisionId the main step last left: an alias moved since is
            // refused by Lambda, and left alone unless it carries this run's record.
            current: alias.revisionId === null
                ? undefined
                : {
                    name: alias.alias,
                    arn: '',
                    version: alias.version,
                    weights: {},
                    revisionId: alias.revisionId,
                },
        };
    });
    const context = {
        rollout: { steps: [100], intervalSeconds: 0, alarms: [] },
        label: release_runLabel(env),
        run: saved.run,
        log: log,
        signal: undefined,
        save: () => undefined,
    };
    try {
        return await stopRollout(lanes, { text: 'The main step ended mid-rollout' }, context, () => undefined);
    }
    catch (error) {
        return { message: errorMessage(error), rolledBack: error instanceof RolledBack };
    }
}
function requestTimeout() {
    const given = Number(commands.getInput('request-timeout'));
    return Number.isInteger(given) && given >= 1 && given <= 3600
        ? given
        : DEFAULT_REQUEST_TIMEOUT_SECONDS;
}


/***/ })

};
