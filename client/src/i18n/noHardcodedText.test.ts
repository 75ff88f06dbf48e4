import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/** Attributes a person reads or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'note']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

/** Text with a letter or digit in it is words; punctuation and symbols alone are allowed. */
const isWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** String literals that end up in the page as they are, through conditionals and fallbacks. */
function literalsReachingOutput(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return literalsReachingOutput(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalsReachingOutput(node.whenTrue), ...literalsReachingOutput(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [
      ts.SyntaxKind.AmpersandAmpersandToken,
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken,
    ].includes(node.operatorToken.kind)
  )
    return [...literalsReachingOutput(node.left), ...literalsReachingOutput(node.right)];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  return [];
}

/** Where a file puts words into the page without going through the resources. */
export function hardcodedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      for (const lit of literalsReachingOutput(node.expression))
        if (isWords(lit.getText())) report(lit, lit.getText());
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) && isWords(init.text)) report(init, init.text);
      if (ts.isJsxExpression(init) && init.expression)
        for (const lit of literalsReachingOutput(init.expression))
          if (isWords(lit.getText())) report(lit, lit.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('user-facing text', () => {
  test('the scanner catches text nodes, spoken attributes and literals in expressions', () => {
    const found = hardcodedText(
      'x.tsx',
      `const a = <p title="Hello" aria-label={'Hi'}>Words {ok ? 'Yes' : t('no')} · {x ?? \`Some \${y}\`}</p>;`,
    );
    expect(found).toHaveLength(5);
    expect(
      hardcodedText('y.tsx', `const b = <p aria-label={t('k')}>{t('k')} · ▶ {n}/{m}</p>;`),
    ).toEqual([]);
  });

  test('no words are written into the client’s JSX outside the language resources', () => {
    const found = tsxFiles(SRC).flatMap((path) =>
      hardcodedText(relative(SRC, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
