'use client';
import { TemplateField, type TemplateFieldProps } from './template-field';

/** A single-line template field (variable picker + `{{` autocomplete). */
export function TemplateInput(props: Omit<TemplateFieldProps, 'multiline' | 'rows'>) {
  return <TemplateField {...props} />;
}
