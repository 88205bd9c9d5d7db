// First: starts git on the checkout while the modules below are evaluated (action-start.ts).
import { early } from './action-start.js';
import { run } from './main.js';

try {
  await run(early);
} finally {
  early?.stop();
}
