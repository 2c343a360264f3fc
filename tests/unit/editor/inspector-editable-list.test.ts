import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  EditableList,
  type EditableListProps,
  type EditableListRow,
} from '@/components/editor/inspector/editable-list';
import { type RowActionsProps } from '@/components/editor/inspector/row-actions';

interface Item {
  name: string;
  value: string;
}

/** Renders the list and returns what each row received, and the calls to `onChange`. */
function rowsOf(props: Partial<EditableListProps<Item>> = {}) {
  const rows: EditableListRow<Item>[] = [];
  const onChange = vi.fn();
  const html = renderToString(
    h(EditableList<Item>, {
      items: [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
      name: 'rows',
      readOnly: false,
      addLabel: 'Add row',
      newItem: () => ({ name: '', value: '' }),
      onChange,
      renderRow: (row) => {
        rows.push(row);
        return h('div', null, row.item.name);
      },
      ...props,
    }),
  );
  const actions = (index: number) => (rows[index]!.actions as ReactElement<RowActionsProps>).props;
  return { rows, onChange, html, actions };
}

describe('EditableList', () => {
  it('names a changed row by list, index and field', () => {
    const { rows, onChange } = rowsOf();
    rows[1]!.patch({ value: '3' }, 'value');
    expect(onChange).toHaveBeenLastCalledWith(
      [
        { name: 'a', value: '1' },
        { name: 'b', value: '3' },
      ],
      'rows.1.value',
    );
    rows[0]!.replace({ name: 'z', value: '' }, 'name');
    expect(onChange).toHaveBeenLastCalledWith(
      [
        { name: 'z', value: '' },
        { name: 'b', value: '2' },
      ],
      'rows.0.name',
    );
  });

  it('uses itemPrefix for row fields and the list name for moves and removals', () => {
    const { rows, onChange, actions } = rowsOf({ itemPrefix: '', movable: true });
    rows[0]!.patch({ name: 'x' }, 'name');
    expect(onChange).toHaveBeenLastCalledWith(expect.anything(), '0.name');
    actions(0).onMove?.(0, 1);
    expect(onChange).toHaveBeenLastCalledWith(
      [
        { name: 'b', value: '2' },
        { name: 'a', value: '1' },
      ],
      'rows',
    );
    actions(1).onRemove(1);
    expect(onChange).toHaveBeenLastCalledWith([{ name: 'a', value: '1' }], 'rows');
  });

  it('offers moves only when movable and disables actions at minItems', () => {
    expect(rowsOf().actions(0).onMove).toBeUndefined();
    expect(rowsOf({ minItems: 2 }).actions(0).disabled).toBe(true);
    expect(rowsOf({ minItems: 1 }).actions(0).disabled).toBe(false);
    expect(rowsOf({ itemLabel: (item) => item.name }).actions(1).itemLabel).toBe('b');
  });

  it('renders the add button, disabled when read-only or addDisabled', () => {
    expect(rowsOf().html).toMatch(/<button[^>]*>Add row<\/button>/);
    expect(rowsOf().html).not.toMatch(/<button[^>]* disabled=""[^>]*>Add row/);
    expect(rowsOf({ readOnly: true }).html).toMatch(/<button[^>]* disabled=""[^>]*>Add row/);
    expect(rowsOf({ addDisabled: true }).html).toMatch(/<button[^>]* disabled=""[^>]*>Add row/);
  });
});
