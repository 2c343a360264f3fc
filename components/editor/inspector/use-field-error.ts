'use client';
import { useCallback, useContext } from 'react';
import { FieldErrorsContext } from './field-errors-context';

/** Returns a lookup of the current node's field errors by path (`'url'`, `['headers', 0, 'name']`). */
export function useFieldError(): (path: string | readonly (string | number)[]) => string | undefined {
  const errors = useContext(FieldErrorsContext);
  return useCallback((path) => errors[typeof path === 'string' ? path : path.join('.')], [errors]);
}
