/**
 * Bytes → text, or the one reason a file cannot be read as an article.
 *
 *   decode(Buffer.from('\uFEFFKyiv, Sept. 8 —'))  → { ok: true, text: 'Kyiv, Sept. 8 —' }   (BOM removed)
 *   decode(Buffer.from([0x4b, 0x00, 0x79]))        → { ok: false, reason: 'binary file (contains NUL bytes)' }
 */
type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export const decode = (bytes: Uint8Array): Decoded => {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    // fatal: refuse rather than silently replace bad bytes, since offsets must point into real text
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: `invalid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)})` };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
};

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}
