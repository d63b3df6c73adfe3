/**
 * Dependency decisions that should not drift: no telemetry client in the tree, no
 * @microsoft/office-js-helpers, and TypeScript pinned to one minor line.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = { ...pkg.dependencies, ...pkg.devDependencies };

/** Paths (a > b > c) at which `name` is installed, from `npm ls --json`. */
function installedPaths(name: string): string[] {
  let out: string;
  try {
    out = execFileSync('npm', ['ls', name, '--all', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // npm ls exits non-zero for problems elsewhere in the tree; its JSON still lists what it found.
    out = (e as { stdout?: string }).stdout ?? '';
    if (!out) throw e;
  }
  type Node = { dependencies?: Record<string, Node> };
  const walk = (node: Node, trail: string[]): string[] =>
    Object.entries(node.dependencies ?? {}).flatMap(([dep, child]) =>
      dep === name ? [[...trail, dep].join(' > ')] : walk(child, [...trail, dep]),
    );
  return walk(JSON.parse(out) as Node, []);
}

describe('dependencies', () => {
  it('installs no Application Insights telemetry client', () => {
    expect(installedPaths('applicationinsights')).toEqual([]);
  }, 60_000);

  it('leaves out @microsoft/office-js-helpers', () => {
    expect(Object.keys(declared)).not.toContain('@microsoft/office-js-helpers');
    expect(installedPaths('@microsoft/office-js-helpers')).toEqual([]);
  }, 60_000);

  it('pins TypeScript to 5.9.x', () => {
    expect(declared.typescript).toMatch(/^(~|=)?5\.9\.\d+$/);
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'typescript', 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toMatch(/^5\.9\./);
  });
});
