/** See build-if-needed.mjs: builds the production bundle when the sources are newer than it. */
export function buildIfNeeded(root: string): void;
