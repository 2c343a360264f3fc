/** Values a template can read while it renders. */
export interface TemplateScope {
  variables: Readonly<Record<string, string | number | boolean | null>>;
  contact: {
    id: string;
    channel: string;
    name?: string | undefined;
    tags: readonly string[];
    fields: Readonly<Record<string, string>>;
  };
  /** The text of the inbound message being handled, or "". */
  input: string;
  now: Date;
  timezone: string;
}
