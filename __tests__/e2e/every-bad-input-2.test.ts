// Part 2 of the bad-input table (__tests__/support/every-bad-input/rows.ts): each run of
// dist/index.js must fail with one error naming the input before it sends anything to AWS.
// Run `npm run bundle` first.
import { describeBadInputs } from '../support/every-bad-input/part.js';

describeBadInputs(2);
