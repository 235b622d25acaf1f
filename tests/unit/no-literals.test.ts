// Fails when a component in src/ui/ shows user-facing text that bypasses the message catalogues: letters in
// JSX text, in a JSX child {'literal'}, or in a string given to aria-label, title, alt or placeholder.
// TypeScript 7 has no in-process parser (`import ts from 'typescript'` exports only the version), so the
// files are parsed by the TypeScript compiler itself through its API in typescript/unstable/sync.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import {
  isBinaryExpression,
  isConditionalExpression,
  isJsxAttribute,
  isJsxExpression,
  isJsxText,
  isNoSubstitutionTemplateLiteral,
  isParenthesizedExpression,
  isStringLiteral,
  isTemplateExpression,
  type Node,
  type SourceFile,
  SyntaxKind,
} from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const UI_DIR = join(ROOT, 'src/ui');

/** Attributes whose value is read or shown to the user. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
]);

interface Offender {
  file: string;
  line: number;
  where: string;
  text: string;
}

/** Letters after dropping HTML entities (&nbsp; &#8212;), which are markup, not words. */
function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text.replace(/&(#\d+|#x[\da-f]+|[a-z]+\d*);/gi, ''));
}

/** The literal text an expression evaluates to where it is plain text: a string, a template's fixed parts,
 * either branch of a condition, either side of ?? || &&. Calls such as t('key') are not literal text. */
function literalParts(node: Node): string[] {
  if (isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (isParenthesizedExpression(node)) return literalParts(node.expression);
  if (isConditionalExpression(node)) return [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)];
  if (isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === SyntaxKind.QuestionQuestionToken ||
      op === SyntaxKind.BarBarToken ||
      op === SyntaxKind.AmpersandAmpersandToken
    ) {
      return [...literalParts(node.left), ...literalParts(node.right)];
    }
  }
  return [];
}

function lineOf(sourceFile: SourceFile, position: number): number {
  return sourceFile.getLineAndCharacterOfPosition(position).line + 1;
}

function offendersIn(sourceFile: SourceFile, file: string): Offender[] {
  const found: Offender[] = [];
  const report = (position: number, where: string, text: string) =>
    found.push({ file, line: lineOf(sourceFile, position), where, text: text.trim() });
  const visit = (node: Node): void => {
    if (isJsxText(node)) {
      const raw = sourceFile.text.slice(node.pos, node.end);
      if (hasLetters(raw)) report(node.pos + raw.search(/\S/), 'text', raw);
    } else if (isJsxExpression(node) && node.expression && node.parent && !isJsxAttribute(node.parent)) {
      const literal = literalParts(node.expression).filter(hasLetters);
      for (const text of literal) report(node.getStart(sourceFile), 'text {…}', text);
    } else if (isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sourceFile);
      if (TEXT_ATTRIBUTES.has(name)) {
        const value = isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
        const literal = value ? literalParts(value).filter(hasLetters) : [];
        for (const text of literal) report(node.getStart(sourceFile), name, text);
      }
    }
    node.forEachChild(visit);
  };
  visit(sourceFile);
  return found;
}

/** Parse each .tsx file with the TypeScript compiler and list its user-facing literals. */
function scanTsx(api: API, files: readonly string[]): Offender[] {
  const snapshot = api.updateSnapshot({ openFiles: [...files] });
  try {
    return files.flatMap((file) => {
      const sourceFile = snapshot.getDefaultProjectForFile(file)?.program.getSourceFile(file);
      if (!sourceFile) throw new Error(`TypeScript did not load ${file}`);
      return offendersIn(sourceFile, file);
    });
  } finally {
    snapshot.dispose();
  }
}

function describeOffender(o: Offender): string {
  return `${relative(ROOT, o.file)}:${o.line} [${o.where}] ${JSON.stringify(o.text)}`;
}

function uiFiles(): string[] {
  return readdirSync(UI_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => join(UI_DIR, name))
    .sort();
}

let api: API;
let tmp: string;
beforeAll(() => {
  api = new API({ cwd: ROOT });
  tmp = mkdtempSync(join(tmpdir(), 'no-literals-'));
});
afterAll(() => {
  api?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function fixture(name: string, source: string): string {
  const file = join(tmp, name);
  writeFileSync(file, source);
  return file;
}

describe('the components in src/ui', () => {
  it('show no user-facing text outside the message catalogues', () => {
    const files = uiFiles();
    expect(files.length).toBeGreaterThan(0);
    const offenders = scanTsx(api, files).map(describeOffender);
    if (offenders.length > 0) console.error(`Literal UI text:\n${offenders.join('\n')}`);
    expect(offenders, 'user-facing literals (file:line [where] text)').toEqual([]);
  });
});

describe('the literal scanner', () => {
  it('reports letters in JSX text with file and line', () => {
    const file = fixture('text.tsx', 'export const A = () => (\n  <p>\n    Hello world\n  </p>\n);\n');
    expect(scanTsx(api, [file])).toEqual([{ file, line: 3, where: 'text', text: 'Hello world' }]);
  });

  it('reports Azerbaijani and Russian letters too', () => {
    const file = fixture('scripts.tsx', 'export const A = () => <p>Bağla <b>Закрыть</b></p>;\n');
    expect(scanTsx(api, [file]).map((o) => o.text)).toEqual(['Bağla', 'Закрыть']);
  });

  it('reports a string literal given to aria-label, title, alt or placeholder', () => {
    const file = fixture(
      'attributes.tsx',
      [
        'export const A = () => (',
        '  <div aria-label="Map" title={\'Close\'}>',
        '    <img alt={`Photo`} src="x.png" />',
        '    <input placeholder={open ? "Search" : label} class="search-box" />',
        '  </div>',
        ');',
        '',
      ].join('\n'),
    );
    expect(scanTsx(api, [file]).map((o) => `${o.line} ${o.where} ${o.text}`)).toEqual([
      '2 aria-label Map',
      '2 title Close',
      '3 alt Photo',
      '4 placeholder Search',
    ]);
  });

  it('reports a string literal placed as a child inside braces', () => {
    const file = fixture(
      'child.tsx',
      "export const A = ({ n }: { n: number }) => <p>{n > 1 ? 'items' : 'item'}</p>;\n",
    );
    expect(scanTsx(api, [file]).map((o) => o.text)).toEqual(['items', 'item']);
  });

  it('accepts whitespace, punctuation, numbers, entities and catalogue lookups', () => {
    const file = fixture(
      'clean.tsx',
      [
        'const t = (key: string) => key;',
        'export const A = ({ n }: { n: number }) => (',
        `  <p aria-label={t('map.label')} title={\`\${t('a')}. \${t('b')}\`} class="note">`,
        "    {t('chart.title')} · {n} — ( ) : 17–18 &nbsp; &#8212; {' '}",
        '    <span aria-hidden="true">{t(\'x\')}</span>',
        '  </p>',
        ');',
        '',
      ].join('\n'),
    );
    expect(scanTsx(api, [file])).toEqual([]);
  });
});
