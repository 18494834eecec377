// Reading a file for the CLI: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK, which
// Chinese newsroom files often are; a binary file or a missing one is refused with a clear message.
import fs from 'node:fs';

export function readArticle(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  const bytes = fs.readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${file}: looks like a binary file, not an article`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gbk', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(`${file}: neither UTF-8 nor GBK text; convert it to UTF-8 first`);
    }
  }
}
