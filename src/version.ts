/** The tool's version, kept in step with package.json by a test. */
export const TOOL_NAME = 'mlops-ci-check';
export const TOOL_VERSION = '0.1.0';
