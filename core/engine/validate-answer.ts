import { type CompiledValidation } from '../compiler/compiled-node-schema';
import { type VariableValue } from '../document/flow-document-schema';
import { assertNever } from '../shared/assert-never';
import { normalizeText } from '../text/normalize-text';
import { isValidDateString } from '../time/is-valid-date-string';
import { cachedRegExp } from './cached-reg-exp';

export type AnswerCheck = { ok: true; value: VariableValue } | { ok: false };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const MOBILE_CN = /^(?:\+?86)?1[3-9]\d{9}$/;
const PHONE_INTL = /^\+?\d{7,15}$/;
const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

const accept = (value: VariableValue): AnswerCheck => ({ ok: true, value });
const reject: AnswerCheck = { ok: false };

/**
 * Checks an answer and returns the value to store. Input is NFKC-normalised first, so
 * full-width digits and punctuation (１３８…, ＠) are accepted.
 */
export function validateAnswer(options: {
  validation: CompiledValidation;
  text: string;
  menuId?: string | undefined;
}): AnswerCheck {
  const { validation, menuId } = options;
  const text = options.text.normalize('NFKC').trim();
  switch (validation.kind) {
    case 'text': {
      const length = [...text].length;
      if (length === 0) return reject;
      if (validation.minLength !== null && length < validation.minLength) return reject;
      if (validation.maxLength !== null && length > validation.maxLength) return reject;
      return accept(text);
    }
    case 'number': {
      const value = text === '' ? Number.NaN : Number(text.replace(/[,\s]/g, ''));
      if (!Number.isFinite(value) || (validation.integer && !Number.isInteger(value))) return reject;
      if (
        (validation.min !== null && value < validation.min) ||
        (validation.max !== null && value > validation.max)
      ) {
        return reject;
      }
      return accept(value);
    }
    case 'phone': {
      const digits = text.replace(/[\s()-]/g, '');
      return MOBILE_CN.test(digits) || PHONE_INTL.test(digits) ? accept(digits) : reject;
    }
    case 'email':
      return EMAIL.test(text) ? accept(text.toLowerCase()) : reject;
    case 'date': {
      const match = DATE.exec(text);
      if (!match) return reject;
      const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
      return isValidDateString(date) ? accept(date) : reject;
    }
    case 'regex':
      return text !== '' && cachedRegExp(validation.regex).test(text) ? accept(text) : reject;
    case 'choice': {
      const normalized = normalizeText(text);
      const byNumber = /^\d+$/.test(normalized) ? validation.options[Number(normalized) - 1] : undefined;
      const option =
        validation.options.find((candidate) => candidate.value === menuId) ??
        validation.options.find((candidate) => candidate.matches.includes(normalized)) ??
        byNumber;
      return option ? accept(option.value) : reject;
    }
    default:
      return assertNever(validation);
  }
}
