import {readFileSync} from "node:fs";
import ts from "typescript";

/** An expression without the `as const`, `satisfies …` and parentheses around it. */
function bare(node: ts.Expression): ts.Expression {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

/**
 * cliOptionsFromSource(file) is the list of option names (without "--") that a command line accepts:
 * the keys of the option object its call `cliArguments(options, usage)` declares, written in
 * the call or as a `const` of the same file. Read from the source with the TypeScript parser, since
 * running the CLI would run it. Throws when the file has no such call or the object cannot be read,
 * so that a CLI written another way is noticed rather than passed.
 *
 *     cliOptionsFromSource("loaders/projections/bench.ts") // ["villages", "help"]
 */
export function cliOptionsFromSource(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const calls: ts.CallExpression[] = [];
  const constants = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "cliArguments") calls.push(node);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (calls.length !== 1) throw new Error(`${file}: ${calls.length} calls of cliArguments, expected 1`);
  let options = bare(calls[0]!.arguments[0]!);
  if (ts.isIdentifier(options)) {
    const initializer = constants.get(options.text);
    if (!initializer) throw new Error(`${file}: the options ${options.text} are not declared in the file`);
    options = bare(initializer);
  }
  if (!ts.isObjectLiteralExpression(options)) throw new Error(`${file}: the options of cliArguments are not an object literal`);
  return options.properties.map((property) => {
    if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
      throw new Error(`${file}: an option of cliArguments is not a plain property: ${property.getText(source)}`);
    return property.name.text;
  });
}
