import { describe, expect, it } from 'vitest';
import { decode, firstInvalidByte } from './decode.js';

describe('decode', () => {
  it('removes a BOM and keeps the text otherwise byte-exact', () => {
    const r = decode(Buffer.from('\uFEFFKyiv, Sept. 8 —\r\n  two  spaces'));
    expect(r).toEqual({ ok: true, text: 'Kyiv, Sept. 8 —\r\n  two  spaces' });
  });
  it('refuses an empty file and a whitespace-only file', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decode(Buffer.from(' \n\t\n'))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
  });
  it('refuses a binary file', () => {
    expect(decode(Buffer.from([0x4b, 0x00, 0x79]))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
  });
  it('refuses invalid UTF-8 and says where', () => {
    const bytes = Buffer.concat([Buffer.from('Izium '), Buffer.from([0xc3, 0x28]), Buffer.from(' town')]);
    expect(decode(bytes)).toEqual({ ok: false, reason: 'invalid UTF-8 (first bad byte at offset 6)' });
    expect(firstInvalidByte(Buffer.from('Київ'))).toBe(Buffer.from('Київ').length);
  });
});
