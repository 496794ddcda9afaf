// Cloudflare Pages Function for /api/delen (Cloudflare only looks in functions/): see src/contribute/cloudflare.ts.
export { onContributeRequest as onRequest } from '../../src/contribute/cloudflare.ts';
