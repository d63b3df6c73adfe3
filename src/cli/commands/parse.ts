/**
 * `perftable parse`: 指标值 texts on standard input, one per line (or JSON lines `{"text","level2"}`),
 * one JSON object per line out, in order.
 */
import { parseTarget } from '../../core';
import { forEachLine, isReason, parseJsonObject, writeJson, type CommandIO } from '../io';
import { parseResultJson } from '../target-json';

export async function parseCommand(io: CommandIO, options: { level2?: string }): Promise<number> {
  await forEachLine(io.stdin, (line) => {
    let text = line;
    let level2 = options.level2;
    if (line.trimStart().startsWith('{')) {
      const json = parseJsonObject(line);
      if (!isReason(json) && typeof json.text === 'string') {
        text = json.text;
        if (typeof json.level2 === 'string') level2 = json.level2;
      }
    }
    writeJson(io.stdout, parseResultJson(text, parseTarget(text, { level2 })));
  });
  return 0;
}
