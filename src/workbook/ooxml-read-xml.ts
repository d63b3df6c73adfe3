/**
 * One part's XML, parsed as its bytes arrive (saxes, the parser exceljs uses too): elements by
 * their local name (`x:c` and `c` alike, as SpreadsheetML may carry a prefix), attributes as
 * written. A part that is not well-formed XML is a ReadFailure naming the part and the line.
 */
import { SaxesParser } from 'saxes';
import { ReadFailure } from './ooxml-read-error';

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export interface XmlSink {
  write(bytes: Uint8Array): void;
  end(): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** TextDecoder's instance type; the CLI's compile (lib ES2022, no DOM) knows TextDecoder only as a value. */
type Decoder = InstanceType<typeof TextDecoder>;

/** A decoder for the part's encoding: UTF-8 unless a UTF-16 byte-order mark says otherwise (ECMA-376 Part 2, 8.1.4 allows both). */
function decoderFor(first: Uint8Array): Decoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

export function xmlSink(part: string, handlers: XmlHandlers): XmlSink {
  // Without position tracking: it costs a sixth of the parse, and the part's name is what a person can act on.
  const parser = new SaxesParser({ position: false });
  const fail = (): never => {
    throw new ReadFailure('FILE_PART_DAMAGED', { part });
  };
  parser.on('error', fail);
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  if (handlers.close) {
    const onClose = handlers.close;
    parser.on('closetag', (tag) => onClose(localName(tag.name)));
  }
  let decoder: Decoder | undefined;
  return {
    write(bytes) {
      decoder ??= decoderFor(bytes);
      const text = decoder.decode(bytes, { stream: true });
      if (text) parser.write(text);
    },
    end() {
      if (!decoder) fail(); // no bytes at all: an empty part is not XML
      const rest = decoder?.decode() ?? '';
      if (rest) parser.write(rest);
      parser.close();
    },
  };
}

/**
 * ST_Xstring's escapes (ECMA-376 Part 1, 22.9.2.19): `_x000D_` is a carriage return, `_x005F_`
 * a literal underscore, so `_x005F_x0001_` stays the text `_x0001_`.
 */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
