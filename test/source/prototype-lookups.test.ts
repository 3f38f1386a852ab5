/**
 * A table looked up with words from the text must be a `Map`: with a plain object, the word
 * "constructor" finds a function and "__proto__" finds `Object.prototype` (issue 18). This test
 * type-checks `src/` and fails on every bracket lookup `table[key]` or `key in table` where the
 * table is a plain object (not an array, a tuple or a typed array) and the key is any string,
 * not one of a closed set of literals.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Lookups that are not text: each is `file: source of the lookup`, with why it is safe.
 * Keep it short; a lexicon belongs in a Map, not here.
 */
const ALLOWED = new Set<string>([
  // the tables are made with Object.create(null): keyed by the ACLED gold file's labels
  'src/eval/acled.ts: m[k]',
  'src/eval/acled.ts: s.byType[row.event_type]',
  'src/eval/acled.ts: s.bySubType[row.sub_event_type]',
  // the seeds' gold, keyed by the seed files' names, looked up with those names
  'src/eval/seeds.ts: r.surfaces[file]',
  // keys are the role/mode pairs the code writes (ROLES × MODES), never read from a file
  'src/eval/attribution.ts: sums[k]',
  'src/eval/attribution.ts: totals[k]',
  // a RegExp's named groups (a null-prototype object), looked up with the code's group names
  'src/quantities/equipment.ts: m.groups![n]',
  // the article's layer names, listed in the code
  'src/store/rows.ts: layers[key]',
  'src/store/rows.ts: (original as unknown as Record<string, unknown>)[key]',
  'src/store/rows.ts: changed[key]',
  // the OpenAPI document is built from the route schemas' own paths, methods and status codes
  'src/server/openapi.ts: responses[code]',
  'src/server/openapi.ts: statusText[code]',
  'src/server/openapi.ts: paths[path]',
  'src/server/openapi.ts: paths[path]![method.toLowerCase()]',
  // fixture places, looked up with names written in the tests and benchmarks
  'src/checks/fixtures.ts: PLACES[key]',
  'src/bench/checks.ts: PLACES[key]',
  // wink-nlp's own lexicon index (made with Object.create(null)): a learnt word is removed from it
  'src/text/analyse.ts: hash[list[k]]',
]);

function lookups(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.build.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const found: string[] = [];

  // a plain object: not an array, tuple, typed array, string, or class instance with methods only
  const isPlainObject = (t: ts.Type): boolean => {
    if (t.isUnion()) return t.types.some(isPlainObject);
    if (!(t.flags & ts.TypeFlags.Object)) return false;
    if (checker.isArrayType(t) || checker.isTupleType(t)) return false;
    const name = t.getSymbol()?.getName();
    if (name && /Array$|^Map$|^Set$|^Buffer$|^Float\d+Array$|^Uint\d+Array$/.test(name)) return false;
    if (t.getNumberIndexType() && !t.getStringIndexType()) return false; // array-likes
    return true;
  };
  // a key any string can take: `string`, not a literal or a union of literals
  const isOpenString = (t: ts.Type): boolean => {
    if (t.isUnion()) return t.types.some(isOpenString);
    return (
      !!(t.flags & ts.TypeFlags.String) || !!(t.flags & ts.TypeFlags.TemplateLiteral) || !!(t.flags & ts.TypeFlags.Any)
    );
  };

  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !sf.fileName.startsWith(path.join(root, 'src'))) continue;
    const file = path.relative(root, sf.fileName);
    const visit = (node: ts.Node) => {
      let table: ts.Expression | undefined;
      let key: ts.Expression | undefined;
      if (ts.isElementAccessExpression(node)) [table, key] = [node.expression, node.argumentExpression];
      else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword)
        [table, key] = [node.right, node.left];
      if (
        table &&
        key &&
        isPlainObject(checker.getTypeAtLocation(table)) &&
        isOpenString(checker.getTypeAtLocation(key))
      ) {
        const entry = `${file}: ${node.getText(sf).replace(/\s+/g, ' ')}`;
        if (!ALLOWED.has(entry))
          found.push(`${entry}  (line ${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe('source: no prototype lookups', () => {
  it('looks up no plain-object table with an arbitrary string', () => {
    expect(lookups()).toEqual([]);
  });
});
