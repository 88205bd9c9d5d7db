/** An input the user gave (an action input, a CLI flag, a path) that cannot be used; its message is shown as is. Apart from inputs.ts, which loads @actions/core, so that the CLI does not. */
export class InputError extends Error {}
