import * as core from '@actions/core';
import { createLambdaClient } from './aws/clients.js';
import { LambdaFunction } from './aws/lambda-function.js';
import { updateFunctionCode } from './deploy/code-update.js';
import { errorMessage } from './errors.js';
import { parseInputs } from './inputs.js';
import { preparePackage } from './package/deployment-package.js';
import { Phases } from './phases.js';
import { deployOutputs, packageOutputs, writeSummary } from './report.js';

export async function run(): Promise<void> {
  const phases = new Phases((name, work) => core.group(name, work));
  try {
    const config = parseInputs((name) => core.getInput(name), process.env);

    const pkg = await phases.run('Package', async () => {
      const built = await preparePackage(config.packageSource, {
        baseName: config.functionName.slice(config.functionName.lastIndexOf(':') + 1),
        outputDirectory: process.env['RUNNER_TEMP'],
        log: core,
      });
      core.info(`Package ${built.path}: ${built.size} bytes, SHA-256 ${built.sha256}`);
      return built;
    });
    setOutputs(packageOutputs(pkg));

    const lambda = new LambdaFunction(
      createLambdaClient(config.region),
      config.functionName,
      config.region,
      core,
    );
    const result = await phases.run('Update code', () =>
      updateFunctionCode(lambda, pkg, config, core),
    );

    const outcome = { function: result.function, package: pkg, deployed: result.deployed };
    setOutputs(deployOutputs(outcome));
    await writeSummary(core.summary, outcome, phases.timings);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
