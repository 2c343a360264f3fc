/** A list of names as one phrase: "Shop A, Shop B" in English, "Shop A、Shop B" in Chinese. */
export function joinNames(names: readonly string[], locale: string): string {
  return names.join(locale.startsWith('zh') ? '、' : ', ');
}
