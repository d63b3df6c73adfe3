/**
 * `npm start` stopped with SIGTERM stops its child too (issue 13, item 14): npm and its shell end
 * on the signal, and `node scripts/start.js` must not stay behind holding the port.
 */
import { spawn, execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The pids of the processes whose command line runs scripts/start.js. */
function startScripts(): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => /node scripts\/start\.js --http/.test(line) && !/\bsh -c\b/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return condition();
}

jest.setTimeout(240_000);

it('SIGTERM to npm start also ends node scripts/start.js', async () => {
  const before = new Set(startScripts());
  const npm = spawn('npm', ['start', '--', '--http'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(40000 + (process.pid % 20000)) },
    stdio: 'ignore',
  });
  let child: number | undefined;
  try {
    expect(await waitFor(() => (child = startScripts().find((pid) => !before.has(pid))) !== undefined, 60_000)).toBe(true);
    npm.kill('SIGTERM');
    // Generous: on a loaded machine loading webpack alone blocks the child for many seconds.
    expect(await waitFor(() => !alive(child!), 120_000)).toBe(true);
  } finally {
    // Never leave a server behind, whatever the outcome.
    if (child !== undefined && alive(child)) process.kill(child, 'SIGKILL');
    if (npm.exitCode === null) npm.kill('SIGKILL');
  }
});
