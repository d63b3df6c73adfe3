/**
 * Text of a string item (`<si>` in sharedStrings.xml, `<is>` in a cell): the `<t>` of the item and
 * of its runs, never the phonetic guide `<rPh>` (ECMA-376 Part 1, 18.4.6), which is a reading aid
 * shown above the text, not part of it. Escapes like `_x0001_` are decoded.
 */
import { decodeXstring, type XmlHandlers } from './ooxml-read-xml';

/** Collects one string item's text from the elements inside it. */
export class StringItem {
  private text = '';
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 'rPh') this.phonetic += 1;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  addText(text: string): void {
    if (this.inText) this.text += text;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic -= 1;
    else if (name === 't') this.inText = false;
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = decodeXstring(this.text);
    this.text = '';
    this.inText = false;
    this.phonetic = 0;
    return text;
  }
}

/** Handlers for xl/sharedStrings.xml that push each item's text onto `strings`, in order. */
export function sharedStringsHandlers(strings: string[]): XmlHandlers {
  const item = new StringItem();
  let inItem = false;
  return {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    text(text) {
      if (inItem) item.addText(text);
    },
    close(name) {
      if (name === 'si') {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
    },
  };
}
