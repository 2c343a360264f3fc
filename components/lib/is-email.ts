/** A plausible email address (the server validates for real); used to explain mistakes before sending. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
