'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { assertNever } from '@/core/shared/assert-never';
import { type FlowFileError } from './parse-flow-file';

/** Words an import error in the UI language (document issues keep core's own English message). */
export function useFlowFileErrorText(): (error: FlowFileError) => string {
  const t = useTranslations('editorSave.import.errors');
  const tests = useTranslations('simulator.tests.import');
  return useCallback(
    (error: FlowFileError) => {
      switch (error.code) {
        case 'too-large':
          return t('tooLarge', { megabytes: Math.round(error.maxBytes / (1024 * 1024)) });
        case 'unreadable':
          return t('unreadable');
        case 'invalid-json':
          return error.line !== null && error.column !== null
            ? t('invalidJsonAt', { line: error.line, column: error.column, detail: error.detail })
            : t('invalidJson', { detail: error.detail });
        case 'not-an-object':
          return t('notAnObject');
        case 'unknown-format':
          return t('unknownFormat', { format: error.format });
        case 'unsupported-version':
          return t('unsupportedVersion', { version: error.version });
        case 'missing-document':
          return t('missingDocument');
        case 'invalid-document':
          return t('invalidDocument', { path: error.path || t('documentRoot'), message: error.message });
        case 'invalid-tests':
          return tests('invalidTests', { path: error.path || tests('testsRoot'), message: error.message });
        default:
          return assertNever(error);
      }
    },
    [t, tests],
  );
}
