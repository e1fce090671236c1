// bench:deploy's timed steps: Info-ZIP alone, Info-ZIP with the aws CLI's update and wait,
// the action's step as a fresh job, and (--floor) the SDK's least (floor.mjs).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeFailure, runBounded } from './bounded-run.mjs';
import { floorArguments } from './floor.mjs';
import { ACTION_ENTRY, NODE_24, inputVariable, parseOutputFile } from '../lib/run-action.mjs';
import {
  CREDENTIALS,
  INFO_ZIP_ARGS,
  REGION,
  ROOT,
  TIMEOUT_MS,
  WORK,
  ZIP_PATH,
  functionName,
  milliseconds,
} from './deploy-setup.mjs';

/** Every input action.yml gives a default, as the runner passes them. */
function actionDefaults() {
  const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  return Object.fromEntries(
    Object.entries(action.inputs ?? {})
      .filter(([, input]) => input !== null && 'default' in input)
      .map(([name, input]) => [name, String(input.default)]),
  );
}

/** Environment for `zip`, without the variables Info-ZIP reads default options from. */
function zipEnvironment() {
  const env = { ...process.env };
  delete env.ZIPOPT;
  delete env.ZIP;
  return env;
}

/**
 * The steps of one benchmark, sharing the proxy, the workspace (the repository, as a checkout
 * is on a runner) and the directories of one run.
 */
export function makeSteps(proxy, timing, trace, floorEntry) {
  /** The waits Lambda's emulated time made since `mark`: how long each lost. */
  const lostSince = (mark) => (timing === undefined ? undefined : timing.waits.slice(mark));
  const waitMark = () => timing?.waits.length ?? 0;
  const defaults = actionDefaults();
  const zipEnv = zipEnvironment();
  const home = path.join(WORK, 'home');
  const awsEnv = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    AWS_ENDPOINT_URL: proxy.endpoint,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_DEFAULT_REGION: REGION,
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  };

  /** Throws with the run's reason and output unless it exited 0 in time (and moto's part). */
  const check = (result, label) => {
    const failure = describeFailure(result, TIMEOUT_MS);
    if (failure === undefined) return result;
    const moto =
      proxy.failures.length === 0
        ? ''
        : `\n--- the proxy could not reach moto for ${proxy.failures.length} request(s): ${proxy.failures.slice(-3).join('; ')}`;
    throw new Error(`${label} ${failure}${moto}`);
  };

  const runZip = (tree) => {
    rmSync(ZIP_PATH, { force: true }); // an existing archive would be updated, not replaced
    return runBounded('zip', [...INFO_ZIP_ARGS, ZIP_PATH, '.'], {
      cwd: tree.root,
      env: zipEnv,
      timeoutMs: TIMEOUT_MS,
    });
  };

  /** Processes that called AWS must have gone through the proxy. */
  const requestsSince = (mark, label) => {
    const arrivals = proxy.since(mark);
    if (arrivals.length === 0) {
      throw new Error(`${label}: no request reached the proxy; was AWS_ENDPOINT_URL ignored?`);
    }
    return arrivals;
  };

  return {
    /** (a) Info-ZIP alone. */
    async zip(tree, label) {
      const result = check(await runZip(tree), `${label}, zip alone:`);
      return { seconds: result.seconds, size: statSync(ZIP_PATH).size };
    },

    /** (b) Info-ZIP, then the aws CLI's update and wait, one after the other, timed together. */
    async zipAws(tree, label) {
      const mark = proxy.arrivals.length;
      const waits = waitMark();
      const zipped = check(await runZip(tree), `${label}, zip (before aws):`);
      const aws = async (args) =>
        check(
          await runBounded('aws', ['lambda', ...args], {
            cwd: WORK,
            env: awsEnv,
            timeoutMs: TIMEOUT_MS,
          }),
          `${label}, aws lambda ${args[0]}:`,
        );
      const name = functionName(tree.size);
      await aws([
        'update-function-code',
        '--function-name',
        name,
        '--zip-file',
        `fileb://${ZIP_PATH}`,
      ]);
      const waited = await aws(['wait', 'function-updated', '--function-name', name]);
      const requests = requestsSince(mark, `${label}, aws CLI`).length;
      return { seconds: (waited.ended - zipped.started) / 1000, requests, waits: lostSince(waits) };
    },

    /**
     * (c) and (d) The action's step, under GNU time, as a fresh job: empty RUNNER_TEMP and
     * HOME. `deployed` is the output it must give.
     */
    async action(tree, label, deployed, stamp) {
      const runDirectory = path.join(WORK, 'run');
      rmSync(runDirectory, { recursive: true, force: true });
      const runnerTemp = path.join(runDirectory, 'runner-temp');
      const actionHome = path.join(runDirectory, 'home');
      mkdirSync(runnerTemp, { recursive: true });
      mkdirSync(actionHome, { recursive: true });
      const outputFile = path.join(runDirectory, 'output');
      const summaryFile = path.join(runDirectory, 'summary');
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const inputs = {
        ...defaults,
        'function-name': functionName(tree.size),
        source: path.relative(ROOT, tree.root),
        // With Lambda's time: settings, code and a version, each waited for.
        ...(timing === undefined ? {} : { description: stamp, publish: 'true' }),
      };
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: actionHome,
        GITHUB_WORKSPACE: ROOT,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: runnerTemp,
        ...Object.fromEntries(
          Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]),
        ),
        AWS_ENDPOINT_URL: proxy.endpoint,
        AWS_REGION: REGION,
        AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        AWS_EC2_METADATA_DISABLED: 'true',
        ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
      };
      const what = deployed === 'true' ? 'whole step' : 'unchanged redeploy';
      const mark = proxy.arrivals.length;
      const waits = waitMark();
      const result = check(
        await runBounded(NODE_24, [ACTION_ENTRY], {
          cwd: ROOT,
          env,
          timeoutMs: TIMEOUT_MS,
          statsFile: path.join(WORK, 'time-action.txt'),
        }),
        `${label}, action ${what}: the step`,
      );
      const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      if (outputs.deployed !== deployed) {
        throw new Error(
          `${label}, action ${what}: output deployed is '${outputs.deployed ?? '(none)'}', not '${deployed}'\n--- stdout (end)\n${result.stdout.trimEnd().split('\n').slice(-30).join('\n')}`,
        );
      }
      const arrivals = requestsSince(mark, `${label}, action ${what}`);
      if (trace) printTrace(`${label}, action ${what}`, result, arrivals);
      return {
        seconds: result.seconds,
        peakRssBytes: result.peakRssBytes ?? 0,
        firstRequestMs: arrivals[0].time - result.started,
        requests: arrivals.length,
        codeSize: Number(outputs['code-size'] ?? 0),
        waits: lostSince(waits),
      };
    },

    /** (e) and (f), with --floor: the SDK's least, as a fresh job, `mode` read or upload. */
    async floor(tree, label, mode) {
      const home = path.join(WORK, 'run', 'floor-home');
      rmSync(home, { recursive: true, force: true });
      mkdirSync(home, { recursive: true });
      const env = { ...awsEnv, HOME: home, AWS_REGION: REGION };
      const mark = proxy.arrivals.length;
      const args = floorArguments(floorEntry, mode, functionName(tree.size), ZIP_PATH);
      const result = check(
        await runBounded(NODE_24, args, { cwd: ROOT, env, timeoutMs: TIMEOUT_MS }),
        `${label}, floor ${mode}:`,
      );
      const arrivals = requestsSince(mark, `${label}, floor ${mode}`);
      return { seconds: result.seconds, firstRequestMs: arrivals[0].time - result.started };
    },
  };
}

/** --trace: each request of an action's run, in ms from the spawn: arrival-answer method path. */
function printTrace(what, result, arrivals) {
  const since = (time) => Math.round(time - result.started);
  const lines = arrivals.map(
    (arrival) =>
      `    ${since(arrival.time)}-${arrival.answered === undefined ? '?' : since(arrival.answered)} ${arrival.method} ${arrival.url.slice(0, 100)}`,
  );
  console.log(
    `  trace: ${what}, ${milliseconds(result.seconds * 1000)} in all\n${lines.join('\n')}`,
  );
}
