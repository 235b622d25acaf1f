// Lighthouse 12.2.3 (devDependency, its CLI in a child process) on the built app as `vite preview` serves it
// (gzip: its compression middleware; checked per run), desktop and mobile presets, the four categories.
// Bounded: each run is killed after LIGHTHOUSE_TIMEOUT_MS. A run that cannot complete reports why, no score.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './chromium.mjs';

export const LIGHTHOUSE_PRESETS = ['desktop', 'mobile'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE_TIMEOUT_MS = 240_000;
/**
 * Chrome flags: headless without the sandbox (root, container), plus the bench's SwiftShader opt-in so the
 * app gets WebGL as in the other rows (without it current Chromium gives headless pages no WebGL and the
 * app would be scored on its SVG fallback).
 */
export const LIGHTHOUSE_CHROME_FLAGS = '--headless --no-sandbox --enable-unsafe-swiftshader';

/** The CLI's arguments for one preset ('mobile' is Lighthouse's default configuration). */
export function lighthouseArgs(url, preset, outputPath) {
  return [
    url,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
  ];
}

/** Category scores 0–100 (null when Lighthouse could not score one) from a Lighthouse JSON report. */
export function scoresOf(report) {
  const scores = {};
  for (const id of CATEGORIES) {
    const score = report.categories?.[id]?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  return scores;
}

/** The Content-Encoding the server answers a gzip-accepting GET with (null when none). */
export function contentEncoding(url) {
  return new Promise((resolve) => {
    const req = request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      resolve(res.headers['content-encoding'] ?? null);
    });
    req.on('error', () => resolve(null));
    req.end();
  });
}

function runCli(rootDir, args) {
  const cli = join(rootDir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (!existsSync(cli)) return Promise.resolve({ error: 'lighthouse not installed (npm ci)' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    // SIGINT first: Lighthouse's Chrome launcher then closes the Chrome it started.
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, LIGHTHOUSE_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: error.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({});
      else resolve({ error: `exit ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
    });
  });
}

/** One preset: { preset, scores, runtimeError?, error? }; error means no report (why, not a number). */
export async function lighthouse(rootDir, url, preset) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  const outputPath = join(dir, 'report.json');
  try {
    const { error } = await runCli(rootDir, lighthouseArgs(url, preset, outputPath));
    if (error || !existsSync(outputPath))
      return { preset, scores: null, error: error ?? 'no report written' };
    const report = JSON.parse(readFileSync(outputPath, 'utf8'));
    return {
      preset,
      scores: scoresOf(report),
      runtimeError: report.runtimeError?.message ?? null,
      lighthouseVersion: report.lighthouseVersion,
      metrics: Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, report.audits?.[id]?.numericValue ?? null]),
      ),
    };
  } catch (error) {
    return { preset, scores: null, error: String(error?.message ?? error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Both presets, one after the other, with what the server's compression was. */
export async function lighthouseAll(rootDir, url, assetUrl) {
  const encoding = await contentEncoding(assetUrl);
  const runs = [];
  for (const preset of LIGHTHOUSE_PRESETS) runs.push(await lighthouse(rootDir, url, preset));
  return { url: new URL(url).pathname, contentEncoding: encoding, runs };
}
