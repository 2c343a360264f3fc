const encoder = new TextEncoder();

/** Length of `text` in UTF-8 bytes (what WeChat counts for passive text replies). */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}
