import * as core from '@actions/core';
import { createLambdaClient, createS3Client } from './aws/clients.js';
import { LambdaFunction } from './aws/lambda-function.js';
import { updateFunctionCode, type UploadRoute } from './deploy/code-update.js';
import { planUpload } from './deploy/upload-plan.js';
import { errorMessage } from './errors.js';
import { functionBaseName, parseInputs } from './inputs.js';
import { preparePackage } from './package/deployment-package.js';
import { Phases } from './phases.js';
import { deployOutputs, packageOutputs, writeSummary } from './report.js';

export async function run(): Promise<void> {
  const phases = new Phases((name, work) => core.group(name, work));
  try {
    const config = parseInputs((name) => core.getInput(name), process.env);
    const baseName = functionBaseName(config.functionName);

    const pkg = await phases.run('Package', async () => {
      const built = await preparePackage(config.packageSource, {
        baseName,
        outputDirectory: process.env['RUNNER_TEMP'],
        log: core,
      });
      core.info(`Package ${built.path}: ${built.size} bytes, SHA-256 ${built.sha256}`);
      return built;
    });
    setOutputs(packageOutputs(pkg));
    const plan = planUpload(pkg, config.s3, baseName);
    const upload: UploadRoute =
      plan.kind === 's3' ? { ...plan, client: createS3Client(config.region) } : plan;

    const lambda = new LambdaFunction(
      createLambdaClient(config.region),
      config.functionName,
      config.region,
      core,
    );
    const result = await phases.run('Update code', () =>
      updateFunctionCode(lambda, pkg, { ...config, upload }, core),
    );

    const outcome = { ...result, package: pkg };
    setOutputs(deployOutputs(outcome));
    await writeSummary(core.summary, outcome, phases.timings);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
