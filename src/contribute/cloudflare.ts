/**
 * Cloudflare Pages Function: the endpoint of /delen/. Cloudflare wants the
 * function file in functions/ at the project root (functions/api/delen.ts,
 * which only passes the request on to this). The token is the secret
 * LEERNETWERK_CONTRIBUTE_TOKEN in the Pages project's settings.
 */
import { hostedHandler } from './hosted.ts';

interface PagesContext {
  request: Request;
  env: Record<string, unknown>;
}

export function onContributeRequest(context: PagesContext): Promise<Response> {
  const env = Object.fromEntries(Object.entries(context.env).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
  return hostedHandler(env)(context.request, { address: context.request.headers.get('CF-Connecting-IP') ?? undefined });
}
