/**
 * Netlify Function (netlify.toml points its functions directory here): the
 * endpoint of /delen/ at /api/delen. The token is LEERNETWERK_CONTRIBUTE_TOKEN
 * in the site's environment variables on Netlify; see "Delen zonder account" in the README.
 */
import { hostedHandler } from '../hosted.ts';

export default (request: Request, context: { ip?: string }) => hostedHandler(process.env)(request, { address: context.ip });

export const config = { path: '/api/delen' };
