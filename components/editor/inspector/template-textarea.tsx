'use client';
import { TemplateField, type TemplateFieldProps } from './template-field';

/** A multi-line template field (variable picker + `{{` autocomplete). */
export function TemplateTextarea(props: Omit<TemplateFieldProps, 'multiline'>) {
  return <TemplateField {...props} multiline />;
}
