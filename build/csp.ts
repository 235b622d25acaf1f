// A strict Content-Security-Policy for the production build, as a <meta http-equiv> because the app is
// served as static files. No 'unsafe-inline' and no eval: the only inline script and style the build writes
// (the shell's language picker and the app's stylesheet, see prerender.ts and inline-css.ts) are allowed by
// their SHA-256 hashes, so an injected inline script or style still does not run. Not applied in dev,
// where Vite's client needs inline scripts.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const BASE: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['child-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
];

/** The CSP hash source of an inline element's text, as browsers compute it (UTF-8, SHA-256, base64). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The texts of the page's inline <script> (no src) and <style> elements. */
export function inlineTexts(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => m[1] ?? '',
  );
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

/** The policy for a page: the base, plus the hash of every inline script and style the page has. */
export function policyFor(html: string): string {
  const { scripts, styles } = inlineTexts(html);
  const extra: Record<string, string[]> = {
    'script-src': scripts.map(hashSource),
    'style-src': styles.map(hashSource),
  };
  return BASE.map(([name, values]) => [name, ...values, ...(extra[name] ?? [])].join(' ')).join('; ');
}

export function cspPlugin(): Plugin {
  return {
    name: 'corridor-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(html) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
