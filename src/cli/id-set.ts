/**
 * The set of article ids a run has met, in 16 to 32 bytes an id (a Set of strings takes about 100):
 * an article id is 16 hex digits of a SHA-256 (`contentId`), kept as a 64-bit number in an
 * open-addressed table never more than half full. The digits are already uniform, so their low
 * bits are the slot. Any other id (a test's 'a1') goes to a plain Set beside it.
 *
 *   ids.add('3f9c2a71d04e8b65')  → slot 0x…8b65 & mask, holds 0x3f9c2a71d04e8b65n
 */
const HEX16 = /^[0-9a-f]{16}$/;

export class IdSet {
  private slots = new BigUint64Array(1024);
  private count = 0;
  private zero = false; // the id 0000000000000000: 0 marks an empty slot
  private readonly others = new Set<string>();

  get size(): number {
    return this.count + (this.zero ? 1 : 0) + this.others.size;
  }

  has(id: string): boolean {
    if (!HEX16.test(id)) return this.others.has(id);
    const v = BigInt(`0x${id}`);
    return v === 0n ? this.zero : this.slots[this.find(this.slots, v)] === v;
  }

  add(id: string): void {
    if (!HEX16.test(id)) {
      this.others.add(id);
      return;
    }
    const v = BigInt(`0x${id}`);
    if (v === 0n) {
      this.zero = true;
      return;
    }
    const i = this.find(this.slots, v);
    if (this.slots[i] === v) return;
    this.slots[i] = v;
    if (++this.count * 2 > this.slots.length) this.grow();
  }

  /** The slot holding `v`, or the empty slot where it goes (linear probing). */
  private find(slots: BigUint64Array, v: bigint): number {
    const mask = slots.length - 1;
    let i = Number(v & BigInt(mask));
    while (slots[i] !== 0n && slots[i] !== v) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const next = new BigUint64Array(this.slots.length * 2);
    for (const v of this.slots) if (v !== 0n) next[this.find(next, v)] = v;
    this.slots = next;
  }
}
