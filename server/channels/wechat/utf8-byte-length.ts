/**
 * The number of bytes `text` takes in UTF-8, as WeChat counts its limits (e.g. 2048 bytes for a
 * passive text). A lone surrogate counts 3 bytes: encoders replace it with U+FFFD.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += utf8CharBytes(char);
  return bytes;
}

/** Bytes of one code point (one element of a string iterator) in UTF-8. */
export function utf8CharBytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}
