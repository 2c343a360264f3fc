'use client';
import { createContext } from 'react';

/** Translated validation messages of the inspected node's data, keyed by issue path (`a.0.b`). */
export const FieldErrorsContext = createContext<Readonly<Record<string, string>>>({});
