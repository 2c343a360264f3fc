/** Splits typed or pasted chip text on commas (ASCII and full-width) and newlines; trims, drops empties. */
export function splitChipText(text: string): string[] {
  return text
    .split(/[,，\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
