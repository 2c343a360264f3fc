'use client';
import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { applyTemplateCompletion } from './apply-template-completion';
import { findTemplateCompletion } from './find-template-completion';
import { insertAtCaret } from './insert-at-caret';
import { type TemplateVariable } from './template-variable';

type Field = HTMLInputElement | HTMLTextAreaElement;

const MAX_SUGGESTIONS = 30;

function rank(variables: readonly TemplateVariable[], query: string): TemplateVariable[] {
  const q = query.toLowerCase();
  const starts = variables.filter((v) => v.name.toLowerCase().startsWith(q));
  const contains = variables.filter(
    (v) => !v.name.toLowerCase().startsWith(q) && v.name.toLowerCase().includes(q),
  );
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}

/**
 * `{{` autocomplete for a text field: typing `{{` opens suggestions filtered by what follows;
 * ArrowUp/ArrowDown move, Enter or Tab inserts `{{ name }}`, Escape closes. `insert` puts
 * `{{ name }}` at the caret (the variable picker). Suggestion ids are `${listId}-${index}`.
 */
export function useTemplateAutocomplete<E extends Field>(options: {
  value: string;
  onChange(value: string): void;
  variables: readonly TemplateVariable[];
}) {
  const { value, onChange, variables } = options;
  const ref = useRef<E>(null);
  const listId = useId();
  const [completion, setCompletion] = useState<{ from: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const matches = completion ? rank(variables, completion.query) : [];
  const open = matches.length > 0;
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  const placeCaret = (caret: number) => {
    requestAnimationFrame(() => {
      const field = ref.current;
      if (!field) return;
      field.focus();
      field.setSelectionRange(caret, caret);
    });
  };

  const choose = (name: string) => {
    const field = ref.current;
    if (!completion || !field) return;
    const next = applyTemplateCompletion({
      value,
      from: completion.from,
      caret: field.selectionStart ?? value.length,
      name,
    });
    setCompletion(null);
    onChange(next.value);
    placeCaret(next.caret);
  };

  const insert = (name: string) => {
    const field = ref.current;
    const start = field?.selectionStart ?? value.length;
    const end = field?.selectionEnd ?? start;
    const next = insertAtCaret({ value, start, end, text: `{{ ${name} }}` });
    setCompletion(null);
    onChange(next.value);
    placeCaret(next.caret);
  };

  const fieldProps = {
    ref,
    'aria-autocomplete': 'list' as const,
    'aria-controls': open ? listId : undefined,
    'aria-activedescendant': open ? `${listId}-${activeIndex}` : undefined,
    onChange: (event: ChangeEvent<E>) => {
      const next = event.target.value;
      onChange(next);
      setCompletion(findTemplateCompletion(next, event.target.selectionStart ?? next.length));
      setActive(0);
    },
    onKeyDown: (event: KeyboardEvent<E>) => {
      if (!open || event.nativeEvent.isComposing) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + matches.length) % matches.length);
      } else if (event.key === 'Enter' || event.key === 'Tab') {
        const match = matches[activeIndex];
        if (!match) return;
        event.preventDefault();
        choose(match.name);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setCompletion(null);
      }
    },
    onBlur: () => setCompletion(null),
  };

  return { fieldProps, open, listId, matches, activeIndex, choose, insert, setActive };
}
