// Headless Chromium exactly as the e2e harness launches it: the flags are read from
// tests/e2e/support/harness.ts (its CHROMIUM_ARGS), so the bench and the e2e suite never drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function harnessFlags(rootDir) {
  const text = readFileSync(join(rootDir, 'tests/e2e/support/harness.ts'), 'utf8');
  const block = text.match(/CHROMIUM_ARGS\s*=\s*\[([\s\S]*?)\]/)?.[1];
  const flags = block ? [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
  if (flags.length === 0) throw new Error('CHROMIUM_ARGS not found in tests/e2e/support/harness.ts');
  return flags;
}

export function launch(rootDir, extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...harnessFlags(rootDir), ...extraArgs],
  });
}

/** The WebGL renderer behind the page (SwiftShader or a GPU), so numbers from the two are never mixed. */
export async function webglRenderer(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const renderer = await page.evaluate(() => {
    const gl =
      document.createElement('canvas').getContext('webgl2') ??
      document.createElement('canvas').getContext('webgl');
    if (!gl) return 'no WebGL';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
  await context.close();
  return renderer;
}
