// Shared by bench:deploy's modules: where it works, how it reaches moto, its figures' text.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = path.join(ROOT, '.tmp');
export const WORK = path.join(TMP, 'bench-deploy');
export const ZIP_PATH = path.join(WORK, 'info-zip.zip');
export const REGION = 'us-east-1';
export const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
/** Every process the benchmark starts is killed after this. */
export const TIMEOUT_MS = 120_000;
export const INFO_ZIP_ARGS = ['-r', '-X', '-q', '-6'];
/** Whole steps on the large tree, for its peak RSS. */
export const LARGE_RUNS = 2;

export const functionName = (size) => `bench-deploy-${size}`;
export const count = (value) => value.toLocaleString('en-US');
export const milliseconds = (value) => `${Math.round(value)} ms`;
export const ratioText = (value) => `${value.toFixed(2)}×`;
