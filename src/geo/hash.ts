/** FNV-1a over UTF-16 code units: the hash of the gazetteer's open-addressing name table. */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A table of `keys.length * 2` rounded up to a power of two, holding key index + 1 (0 = empty). */
export function buildHashTable(keys: string[]): Int32Array {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const table = new Int32Array(size);
  const mask = size - 1;
  keys.forEach((k, i) => {
    let slot = hashKey(k) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = i + 1;
  });
  return table;
}

const utf8 = new TextEncoder();

/**
 * Finds `key` among keys stored end to end as UTF-8 in `bytes`, key i at byte offsets
 * [offsets[i], offsets[i + 1] - 1): the loader keeps the keys as bytes and never decodes the
 * whole text (about 15 MB), which was a third of the gazetteer's load time.
 */
export function findInTable(table: Int32Array, bytes: Uint8Array, offsets: Int32Array, key: string): number {
  const mask = table.length - 1;
  let slot = hashKey(key) & mask;
  let want: Uint8Array | null = null;
  for (;;) {
    const v = table[slot];
    if (v === 0) return -1;
    const at = offsets[v - 1];
    const len = offsets[v] - 1 - at;
    want ??= utf8.encode(key);
    if (len === want.length) {
      let i = 0;
      while (i < len && bytes[at + i] === want[i]) i++;
      if (i === len) return v - 1;
    }
    slot = (slot + 1) & mask;
  }
}
