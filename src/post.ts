// The post step. It runs after every job; only one whose main step ended mid-rollout has
// anything to do, and only that one loads the AWS SDK.
import * as core from './runner/commands.js';
import { readRolloutState, STATE_NAME } from './apply/rollout/saved-state.js';

const saved = readRolloutState(core.getState(STATE_NAME));
if (saved?.open === true && saved.aliases.length > 0) {
  const { runPost } = await import('./post-revert.js');
  await runPost(saved);
}
