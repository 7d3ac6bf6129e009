import { createHash } from 'node:crypto';
import { preferencesScript } from '../app/lib/preferences.ts';

/** The one inline script the pages carry, as the <script> element holds it. */
export const INLINE_SCRIPT = preferencesScript();
const inlineScriptHash = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`;

/**
 * The production build runs with no eval, no third-party origin and one inline script, allowed by its hash, so
 * the policy can be strict. React's style props go through the CSSOM, which style-src does not restrict, so no
 * 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${inlineScriptHash}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The reader's library is analysed in a module worker of the app's own origin (features/library/worker).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The same headers in the `_headers` format static hosts read (Netlify, Cloudflare Pages). */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}
