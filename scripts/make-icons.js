#!/usr/bin/env node
/**
 * Draws the add-in icons (a white table on a blue tile) into assets/icon-<size>.png.
 * Uses only node's zlib, so the icons can be redrawn without an image package.
 * Run: node scripts/make-icons.js   (the PNGs are committed; rerun only to change them)
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes an RGBA pixel function as PNG bytes (8-bit RGBA, no interlace). */
function png(size, pixel) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1); // first byte of each row: filter type 0
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A rounded blue tile with a white table: a thick header row, then ruled rows and one column line. */
function tablePixel(size) {
  const r = Math.max(2, Math.round(size / 6)); // corner radius
  const pad = Math.round(size * 0.2);
  const line = Math.max(1, Math.round(size / 16));
  const lo = pad;
  const hi = size - pad - 1;
  const header = lo + Math.round((hi - lo) * 0.28);
  const rows = [header + Math.round((hi - header) / 2), hi];
  const col = lo + Math.round((hi - lo) * 0.4);
  return (x, y) => {
    const cx = Math.min(Math.max(x, r), size - 1 - r);
    const cy = Math.min(Math.max(y, r), size - 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
    if (x < lo || x > hi || y < lo || y > hi) return BLUE;
    const near = (v, at) => v >= at - line + 1 && v <= at;
    const border = x < lo + line || x > hi - line || y < lo + line;
    if (border || y <= header || rows.some((at) => near(y, at)) || near(x, col)) return WHITE;
    return BLUE;
  };
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = path.join(out, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, tablePixel(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
