/**
 * The add-in icons, drawn at build time (no binary files in the repository): a blue rounded
 * square with three white bars, as PNG (RGBA, zlib from Node, CRC-32 computed here).
 */
"use strict";

const zlib = require("zlib");

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** PNG bytes of a size×size icon. */
function iconPng(size) {
  const blue = [0x1f, 0x6f, 0xb2, 0xff];
  const white = [0xff, 0xff, 0xff, 0xff];
  const clear = [0, 0, 0, 0];
  const radius = Math.max(2, Math.round(size * 0.18));
  const bars = [
    { x0: 0.2, x1: 0.34, top: 0.55 },
    { x0: 0.43, x1: 0.57, top: 0.38 },
    { x0: 0.66, x1: 0.8, top: 0.2 },
  ];
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      let px = blue;
      if (cx < radius && cy < radius) {
        const dx = radius - cx - 0.5;
        const dy = radius - cy - 0.5;
        if (dx * dx + dy * dy > radius * radius) px = clear;
      }
      if (px !== clear) {
        const fx = (x + 0.5) / size;
        const fy = (y + 0.5) / size;
        for (const b of bars) if (fx >= b.x0 && fx < b.x1 && fy >= b.top && fy < 0.8) px = white;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = px[0];
      raw[o + 1] = px[1];
      raw[o + 2] = px[2];
      raw[o + 3] = px[3];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICON_SIZES = [16, 32, 64, 80, 128];

module.exports = { iconPng, ICON_SIZES };
