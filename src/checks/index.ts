/**
 * The explicit list of checks, in checklist order. A new item is one import and one row
 * here: nothing is registered by side effect or discovered by globbing at run time.
 */
import { build } from './build.js';
import { changeTriggers } from './change-triggers.js';
import { integrationTests } from './integration-tests.js';
import { lint } from './lint.js';
import { multiEnvironment } from './multi-environment.js';
import { release } from './release.js';
import { securityScan } from './security-scan.js';
import type { Check } from './types.js';
import { unitTests } from './unit-tests.js';

export const CHECKS: readonly Check[] = [changeTriggers, lint, unitTests, integrationTests, multiEnvironment, securityScan, build, release];
