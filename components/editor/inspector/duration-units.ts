/** Seconds per unit of the delay editor's duration field, largest last. */
export const durationUnits = { s: 1, min: 60, h: 3600, d: 86_400 } as const;

export type DurationUnit = keyof typeof durationUnits;
