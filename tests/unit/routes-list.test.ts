// Keeps tests/support/routes.ts complete: every routed file under app/ and every server action must
// have an entry, so a new route cannot skip the authorization matrix. Server actions cannot be
// called as another role from the browser, so their guard is checked here, in the source: each
// exported action of a guarded file calls the guard, itself or through a helper in the same file.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ACTION_FILES, ROUTES } from "../support/routes";

const ROOT = process.cwd();
// Files that answer requests (App Router file conventions), not components.
const ROUTED = /^(page\.tsx|route\.tsx?|sitemap\.ts|robots\.ts|manifest\.ts|(opengraph|twitter)-image\.tsx|(apple-)?icon\.(tsx|svg|png)|favicon\.ico)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      // _folders are private in the App Router: never routed.
      if (!entry.name.startsWith("_") && entry.name !== "node_modules") walk(rel, out);
    } else if (/\.tsx?$/.test(entry.name) || ROUTED.test(entry.name)) {
      out.push(rel);
    }
  }
  return out;
}

const appFiles = walk("app");
const sourceFiles = [...appFiles, ...walk("lib")].filter((f) => /\.tsx?$/.test(f));

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function hasUseServer(body: ts.Node | undefined): boolean {
  const statements = body && (ts.isSourceFile(body) || ts.isBlock(body)) ? body.statements : undefined;
  const first = statements?.[0];
  return Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server");
}

type Fn = { name: string; node: ts.Node; exported: boolean; inlineAction: boolean };

/** Named functions of a file: declarations and `const x = (async) function/arrow`, plus wrappers like `const x = wrap(async () => …)`. */
function functionsOf(source: ts.SourceFile): Fn[] {
  const fns: Fn[] = [];
  const exportedNames = new Set<string>();
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      fns.push({ name: statement.name.text, node: statement, exported: isExported(statement), inlineAction: hasUseServer(statement.body) });
    } else if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && decl.initializer) {
          const init = decl.initializer;
          const body = ts.isArrowFunction(init) || ts.isFunctionExpression(init) ? init.body : undefined;
          fns.push({ name: decl.name.text, node: init, exported: isExported(statement), inlineAction: hasUseServer(body) });
        }
      }
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause) && !statement.moduleSpecifier) {
      for (const spec of statement.exportClause.elements) exportedNames.add((spec.propertyName ?? spec.name).text);
    }
  }
  for (const fn of fns) if (exportedNames.has(fn.name)) fn.exported = true;
  return fns;
}

/** Whether `fn` calls `guard`, directly or through functions of the same file. */
function callsGuard(fn: Fn, fns: Fn[], guard: string, seen = new Set<string>()): boolean {
  if (seen.has(fn.name)) return false;
  seen.add(fn.name);
  let found = false;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      if (callee === guard) found = true;
      else {
        const local = fns.find((f) => f.name === callee);
        if (local && callsGuard(local, fns, guard, seen)) found = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(fn.node);
  return found;
}

const actionSources = sourceFiles
  .map((file) => ({ file, source: parse(file) }))
  .map(({ file, source }) => ({ file, fileLevel: hasUseServer(source), fns: functionsOf(source) }))
  .filter((f) => f.fileLevel || f.fns.some((fn) => fn.inlineAction));

describe("the routes list (tests/support/routes.ts)", () => {
  it("has an entry for every page, route handler and metadata route under app/", () => {
    const routed = appFiles.filter((f) => ROUTED.test(path.posix.basename(f)));
    expect(routed.length).toBeGreaterThan(30);
    const listed = new Set(ROUTES.map((r) => r.file));
    expect(routed.filter((f) => !listed.has(f)), "routes missing from tests/support/routes.ts").toEqual([]);
  });

  it("lists only files that exist, with an expectation for every role", () => {
    for (const route of ROUTES) {
      expect(fs.existsSync(path.join(ROOT, route.file)), route.file).toBe(true);
      expect(route.path.startsWith("/"), route.path).toBe(true);
      expect(Object.keys(route.expect).sort()).toEqual(["anonymous", "clientA", "clientB", "coach"]);
    }
  });

  it("lists every file of server actions, with each exported action by name", () => {
    const listedFiles = new Set(ACTION_FILES.map((a) => a.file));
    expect(actionSources.map((a) => a.file).filter((f) => !listedFiles.has(f)), "files with server actions missing from ACTION_FILES").toEqual([]);
    for (const entry of ACTION_FILES) {
      const found = actionSources.find((a) => a.file === entry.file);
      expect(found, `${entry.file} has no "use server" actions any more`).toBeTruthy();
      const actions = found!.fileLevel ? found!.fns.filter((fn) => fn.exported).map((fn) => fn.name) : found!.fns.filter((fn) => fn.inlineAction).map((fn) => fn.name);
      expect([...actions].sort(), entry.file).toEqual([...entry.actions].sort());
    }
  });

  it("every action of a guarded file calls its guard; public files say why", () => {
    const unguarded: string[] = [];
    for (const entry of ACTION_FILES) {
      if (entry.guard === "public") {
        expect(entry.reason?.length ?? 0, `${entry.file} needs a reason to be public`).toBeGreaterThan(10);
        continue;
      }
      const found = actionSources.find((a) => a.file === entry.file);
      for (const name of entry.actions) {
        const fn = found?.fns.find((f) => f.name === name);
        if (!fn || !callsGuard(fn, found!.fns, entry.guard)) unguarded.push(`${entry.file}: ${name}`);
      }
    }
    expect(unguarded, "actions that never call their guard").toEqual([]);
  });

  it("the guard check itself finds a missing guard", () => {
    const source = ts.createSourceFile(
      "x.ts",
      `"use server";\nasync function load(id: string) { return requireCoach(id); }\nexport async function good(id: string) { await load(id); }\nexport async function bad() { return 1; }`,
      ts.ScriptTarget.Latest,
      true,
    );
    const fns = functionsOf(source);
    expect(callsGuard(fns.find((f) => f.name === "good")!, fns, "requireCoach")).toBe(true);
    expect(callsGuard(fns.find((f) => f.name === "bad")!, fns, "requireCoach")).toBe(false);
  });
});
