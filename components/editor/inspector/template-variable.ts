/** A name the template editor offers: `kind` says where it comes from (for the hint text). */
export interface TemplateVariable {
  name: string;
  kind: 'declared' | 'written' | 'contact' | 'input' | 'now';
}
