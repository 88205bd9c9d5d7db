/**
 * Starts the action's early git commands as this module is evaluated: the entry imports it
 * first, so git starts before the rest of the bundle's modules are evaluated (ES modules
 * evaluate in import order). Nothing else imports it.
 */
import { startEarlyAction } from './action-early.js';

export const early = startEarlyAction(process.env, process.cwd());
