/** Runs a perftable command in-process with given standard input; returns its output lines and exit code. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';

export async function runCli(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string; json: unknown[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  stdin.end(input);
  const code = await main(args, { stdin, stdout, stderr });
  const json = out
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as unknown);
  return { code, stdout: out, stderr: err, json };
}
