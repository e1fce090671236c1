// log-format, log-group and the log levels: only the parts set.
import { InputError } from '../../errors.js';
import { nonEmpty, optionalChoice, type ReadInput } from '../values.js';

export type LogFormat = 'Text' | 'JSON';

export interface LoggingSettings {
  readonly format?: LogFormat;
  readonly logGroup?: string;
  readonly applicationLogLevel?: string;
  readonly systemLogLevel?: string;
}

/** CloudWatch Logs' rule for a log group name. */
const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/;

const APPLICATION_LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
const SYSTEM_LOG_LEVELS = ['DEBUG', 'INFO', 'WARN'] as const;

export function parseLogging(read: ReadInput): LoggingSettings | undefined {
  const format = optionalChoice('log-format', read('log-format'), ['Text', 'JSON'] as const);
  const logGroup = nonEmpty(read('log-group'));
  if (logGroup !== undefined && !LOG_GROUP.test(logGroup)) {
    throw new InputError(
      'log-group',
      `'${logGroup}' is not a log group name (1 to 512 of letters, digits, _ - / . #)`,
    );
  }
  const applicationLogLevel = optionalChoice(
    'application-log-level',
    read('application-log-level'),
    APPLICATION_LOG_LEVELS,
  );
  const systemLogLevel = optionalChoice(
    'system-log-level',
    read('system-log-level'),
    SYSTEM_LOG_LEVELS,
  );
  for (const [input, level] of [
    ['application-log-level', applicationLogLevel],
    ['system-log-level', systemLogLevel],
  ] as const) {
    if (level !== undefined && format !== 'JSON') {
      throw new InputError(
        input,
        'needs log-format: JSON (Lambda takes log levels only with JSON logs)',
      );
    }
  }
  const logging: LoggingSettings = {
    ...(format === undefined ? {} : { format }),
    ...(logGroup === undefined ? {} : { logGroup }),
    ...(applicationLogLevel === undefined ? {} : { applicationLogLevel }),
    ...(systemLogLevel === undefined ? {} : { systemLogLevel }),
  };
  return Object.keys(logging).length === 0 ? undefined : logging;
}
