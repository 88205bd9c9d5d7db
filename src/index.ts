// First: starts git on the checkout while the modules below are evaluated (action-start.ts).
import { early } from './action-start.js';
import { run } from './main.js';
import { allowFullCollection } from './full-collection.js';
import { keepYoungGenerationSmall } from './young-generation.js';

// The modules are loaded: from here the heap's young generation keeps its size (young-generation.ts), and a
// large run is collected between its checks and its report (full-collection.ts).
keepYoungGenerationSmall();
allowFullCollection();

try {
  await run(early);
} finally {
  early?.stop();
}
