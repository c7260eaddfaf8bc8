/**
 * Growable posting lists in a paged byte pool: one JS object per *page*, none per posting or per term.
 *
 * Each term's postings are a chain of blocks. A block is `[next: u32][used: u32][prevDoc: i32][payload…]`
 * inside one page; `prevDoc` is the document of the posting just before the block (−1 for the first), so a
 * reader can skip whole blocks when looking for a document. Blocks grow geometrically (16 B → 4 KiB): a
 * rare term wastes a few bytes, and a skip lands within ~1,000 postings of its target. A posting never
 * straddles two blocks, so a reader decodes each block with a plain loop.
 * Addresses are u32: `page << PAGE_BITS | offset` (address 0 is reserved as "none"), so a pool holds at
 * most 2^32 bytes (≈ 8M patents at the measured ~500 bytes of postings per patent).
 *
 * The pool only stores bytes; the posting encoding is the index's business (see bm25fIndex.ts).
 */
export const PAGE_BITS = 24;
export const PAGE_SIZE = 1 << PAGE_BITS;
const OFFSET_MASK = PAGE_SIZE - 1;
const MAX_PAGES = 256;
export const BLOCK_HEADER = 12;
const FIRST_BLOCK = 24;
export const MAX_BLOCK = 1 << 12;

export class PostingPool {
  pages: Uint8Array[] = [];
  /** Bytes used in each page (allocation is a bump pointer in the last page). */
  pageUsed: number[] = [];

  /** A new empty pool, or (with arguments) one rebuilt from persisted pages — see indexStore.ts. */
  constructor(pages?: Uint8Array[], pageUsed?: number[]) {
    if (pages && pageUsed) {
      this.pages = pages;
      this.pageUsed = pageUsed;
      return;
    }
    this.newPage();
    this.pageUsed[0] = 16; // keep address 0 free to mean "no block"
  }

  private newPage(): void {
    if (this.pages.length >= MAX_PAGES) throw new RangeError('posting pool is full (4 GiB)');
    this.pages.push(new Uint8Array(PAGE_SIZE));
    this.pageUsed.push(0);
  }

  /** Allocates a block of `size` bytes (header included, at most one page); returns its address. */
  allocate(size: number): number {
    if (size > PAGE_SIZE || size <= BLOCK_HEADER) throw new RangeError(`bad block size ${size}`);
    let last = this.pages.length - 1;
    let used = this.pageUsed[last]!;
    if (used + size > this.pages[last]!.length) {
      this.newPage();
      last++;
      used = 0;
    }
    this.pageUsed[last] = used + size;
    const addr = ((last << PAGE_BITS) | used) >>> 0;
    const page = this.pages[last]!;
    page.fill(0, used, used + BLOCK_HEADER);
    return addr;
  }

  /** Size of the next block of a chain whose last block had `previousSize` bytes (0: first block). */
  static nextBlockSize(previousSize: number, needed: number): number {
    const grown = previousSize === 0 ? FIRST_BLOCK : Math.min(MAX_BLOCK, previousSize * 2);
    return Math.max(grown, needed + BLOCK_HEADER);
  }

  page(addr: number): Uint8Array {
    return this.pages[addr >>> PAGE_BITS]!;
  }

  static offset(addr: number): number {
    return addr & OFFSET_MASK;
  }

  readU32(addr: number): number {
    const page = this.pages[addr >>> PAGE_BITS]!;
    const o = addr & OFFSET_MASK;
    return (page[o]! | (page[o + 1]! << 8) | (page[o + 2]! << 16) | (page[o + 3]! << 24)) >>> 0;
  }

  writeU32(addr: number, value: number): void {
    const page = this.pages[addr >>> PAGE_BITS]!;
    const o = addr & OFFSET_MASK;
    page[o] = value & 0xff;
    page[o + 1] = (value >>> 8) & 0xff;
    page[o + 2] = (value >>> 16) & 0xff;
    page[o + 3] = (value >>> 24) & 0xff;
  }

  /** Bytes held by the pages (a new page is allocated whole). */
  get allocatedBytes(): number {
    let sum = 0;
    for (const p of this.pages) sum += p.length;
    return sum;
  }

  /** Bytes actually used by blocks. */
  get usedBytes(): number {
    let sum = 0;
    for (const u of this.pageUsed) sum += u;
    return sum;
  }
}
