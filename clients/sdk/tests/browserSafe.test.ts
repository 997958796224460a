import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The SDK runs in browsers (issue 6): nothing under src/ may import a Node built-in. A grep instead of an ESLint rule
// so it holds whatever the lint config says.
const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'tls', 'url', 'util', 'events', 'stream', 'buffer', 'child_process', 'module', 'process', 'timers'];
const nodeImport = new RegExp(`from\\s+['"](node:[^'"]+|(?:${NODE_BUILTINS.join('|')})(?:/[^'"]*)?)['"]|import\\(\\s*['"]node:`);

describe('browser safety', () => {
  it('finds the source files it checks', () => {
    expect(sourceFiles(SRC).map((file) => relative(SRC, file))).toEqual(expect.arrayContaining(['index.ts', 'client/createClient.ts', 'sync/OfflineSync.ts']));
  });

  it("has no `from 'node:…'` (or bare Node built-in) import under clients/sdk/src", () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => nodeImport.test(line))
        .map(({ line, index }) => `${relative(SRC, file)}:${index + 1}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a Node import', () => {
    expect(nodeImport.test(`import { readFile } from 'node:fs/promises';`)).toBe(true);
    expect(nodeImport.test(`import { EventEmitter } from "events";`)).toBe(true);
    expect(nodeImport.test(`import { createClient } from 'graphql-ws';`)).toBe(false);
  });
});
