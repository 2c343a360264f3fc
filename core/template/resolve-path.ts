import { type TemplateScope } from './template-scope';

/** The raw value at a template path (`vars.x`, `contact.name`, `input`, `now`), or undefined. */
export function resolvePath(path: readonly string[], scope: TemplateScope): unknown {
  const [root, key] = path;
  switch (root) {
    case 'vars':
      return key === undefined ? undefined : scope.variables[key];
    case 'input':
      return scope.input;
    case 'now':
      return scope.now;
    case 'contact':
      if (key === 'id') return scope.contact.id;
      if (key === 'name') return scope.contact.name;
      if (key === 'channel') return scope.contact.channel;
      if (key === 'tags') return scope.contact.tags.join(',');
      return key === undefined ? undefined : scope.contact.fields[key];
    default:
      return undefined;
  }
}
