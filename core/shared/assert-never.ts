/** Exhaustiveness guard for discriminated unions: a missing case fails the type check. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
