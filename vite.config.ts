import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the app: everything from its own origin, nothing else, no
 * inline script or style. Served by the dev server (with a nonce per page, see below) and the
 * preview server as a header, and written into the built page as a meta tag (a static host
 * may send no header). Styles need no 'unsafe-inline': Cytoscape and React set styles through
 * the CSSOM, which a CSP does not govern; the inline <style> Cytoscape would add is declined
 * (index.html) and its one rule is in styles.css; the printable report's @page rule is a
 * constructed stylesheet.
 */
export function contentSecurityPolicy(options: { nonce?: string; header?: boolean } = {}): string {
  const nonce = options.nonce ? ` 'nonce-${options.nonce}'` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${nonce}`,
    `style-src 'self'${nonce}`,
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Only a header can say this (a meta tag's frame-ancestors is ignored, with a warning).
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** In the dev server's page, Vite writes this where the nonce goes (html.cspNonce); each
 * response gets a fresh nonce of the same length in its place. */
const NONCE_PLACEHOLDER = 'maillage-dev-nonce-00000';
const freshNonce = () => randomBytes(18).toString('base64'); // 24 characters, as the placeholder

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'maillage-csp',
    // The built page: the policy as a meta tag.
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: {
                  'http-equiv': 'Content-Security-Policy',
                  content: contentSecurityPolicy(),
                },
                injectTo: 'head-prepend',
              },
            ],
    },
    // The dev server: Vite injects its client, React's refresh preamble and each CSS module
    // as inline <script>/<style>, marked with the nonce (html.cspNonce and the client's
    // <meta property="csp-nonce">); the header allows that nonce, a new one per page.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const nonce = freshNonce();
        res.setHeader('Content-Security-Policy', contentSecurityPolicy({ nonce, header: true }));
        // A page is never answered "not modified": its nonce must match this header's.
        if (req.headers.accept?.includes('text/html')) delete req.headers['if-none-match'];
        const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
        res.end = ((chunk: unknown, ...rest: unknown[]) => {
          const page = String(res.getHeader('Content-Type') ?? '').includes('text/html');
          const text = !page
            ? null
            : typeof chunk === 'string'
              ? chunk
              : Buffer.isBuffer(chunk)
                ? chunk.toString()
                : null;
          if (text?.includes(NONCE_PLACEHOLDER)) {
            return end(text.replaceAll(NONCE_PLACEHOLDER, nonce), ...rest);
          }
          return end(chunk, ...rest);
        }) as typeof res.end;
        next();
      });
    },
  };
}

// The app is served and built from the repository root; `data/` (reference lists and the
// demo territory) is imported as modules, so nothing is fetched from elsewhere at run time.
export default defineConfig(({ command, isPreview }) => ({
  plugins: [react(), contentSecurityPolicyPlugin()],
  worker: { format: 'es' },
  // Only the dev server's page carries nonces (the built page has no inline script or style).
  html: command === 'serve' && !isPreview ? { cspNonce: NONCE_PLACEHOLDER } : {},
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': contentSecurityPolicy({ header: true }) },
  },
  build: { outDir: 'dist', sourcemap: true },
}));
