/** How long a worker may hold an article before another may take it (kept apart from ./index.ts so the CLI's usage text needs no pg-boss). */
export const DEFAULT_LEASE_SECONDS = 300;
