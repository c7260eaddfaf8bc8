import type { Transform } from 'node:stream';
import iconv from 'iconv-lite';

/**
 * Text encodings of the files universities upload: UTF-8 with or without BOM (modern exports), GB18030/GBK
 * (Chinese Excel "CSV" saves), UTF-16 with BOM (Excel "Unicode text").
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Decides the encoding from the first bytes of a file. Without a BOM, the sample is decoded as strict UTF-8
 * (ignoring a multi-byte sequence cut at the end of the sample); if that fails, GB18030 — a superset of GBK
 * and GB2312 — is the only other encoding Chinese spreadsheets write.
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  return isUtf8(sample) ? 'utf-8' : 'gb18030';
}

function isUtf8(sample: Uint8Array): boolean {
  // Trim an incomplete trailing sequence: at most 3 continuation bytes after a lead byte.
  let end = sample.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = sample[end - i]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) end -= i; // a lead byte whose sequence may be incomplete: drop it and what follows
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** A stream that turns the file's bytes into JavaScript strings, BOM removed. */
export function decodingStream(encoding: TextEncoding): Transform {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return iconv.decodeStream('utf8', { stripBOM: true }) as unknown as Transform;
    case 'gb18030':
      return iconv.decodeStream('gb18030') as unknown as Transform;
    case 'utf-16le':
      return iconv.decodeStream('utf16le', { stripBOM: true }) as unknown as Transform;
    case 'utf-16be':
      return iconv.decodeStream('utf16be', { stripBOM: true }) as unknown as Transform;
  }
}
