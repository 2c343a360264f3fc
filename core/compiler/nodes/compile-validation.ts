import { type AnswerValidation } from '../../document/nodes/answer-validation-schema';
import { assertNever } from '../../shared/assert-never';
import { normalizeText } from '../../text/normalize-text';
import { type CompileContext } from '../compile-context';
import { type CompiledValidation } from '../compiled-node-schema';

/** Compiles an ask node's answer validation; choice labels and synonyms are normalised. */
export function compileValidation(validation: AnswerValidation, ctx: CompileContext): CompiledValidation {
  switch (validation.kind) {
    case 'text': {
      const { minLength = null, maxLength = null } = validation;
      if (minLength !== null && maxLength !== null && minLength > maxLength) {
        ctx.report({ code: 'invalid-value', detail: 'minimum length is above maximum length' });
      }
      return { kind: 'text', minLength, maxLength };
    }
    case 'number': {
      const { min = null, max = null } = validation;
      if (min !== null && max !== null && min > max) {
        ctx.report({ code: 'invalid-value', detail: 'minimum is above maximum' });
      }
      return { kind: 'number', min, max, integer: validation.integer };
    }
    case 'phone':
    case 'email':
    case 'date':
      return { kind: validation.kind };
    case 'regex':
      return {
        kind: 'regex',
        regex: ctx.regex({ ...validation, source: validation.pattern, field: 'pattern' }),
      };
    case 'choice': {
      if (validation.options.length === 0) ctx.required('', 'options');
      const seen = new Set<string>();
      const options = validation.options.map((option) => {
        ctx.required(option.value, 'option.value');
        ctx.required(option.label, 'option.label');
        const matches = [...new Set([option.label, ...option.synonyms].map(normalizeText))].filter(Boolean);
        for (const match of matches) {
          if (seen.has(match))
            ctx.report({ code: 'invalid-value', detail: `choice "${match}" belongs to two options` });
          seen.add(match);
        }
        return { value: option.value, matches };
      });
      return { kind: 'choice', options };
    }
    default:
      return assertNever(validation);
  }
}
