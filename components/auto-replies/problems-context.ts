'use client';
import { createContext } from 'react';
import { type DraftProblem } from './draft-problem';

/** The problems currently shown on the auto-reply form, located by settings path. */
export const ProblemsContext = createContext<readonly DraftProblem[]>([]);
