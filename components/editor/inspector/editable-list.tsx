'use client';
import { Fragment, type Key, type ReactNode } from 'react';
import { AddRowButton } from './add-row-button';
import { moveItem } from './move-item';
import { RowActions } from './row-actions';

export interface EditableListRow<T> {
  item: T;
  index: number;
  /** The row's move/remove buttons (`RowActions`), ready to place. */
  actions: ReactNode;
  /** Merges `change` into this row; `field` names the row's field that changed. */
  patch(change: Partial<T>, field: string): void;
  /** Replaces this row; `field` names the row's field that changed. */
  replace(next: T, field: string): void;
}

export interface EditableListProps<T> {
  items: readonly T[];
  /**
   * Receives the whole new list. `field` is `name` when a row is added, moved or removed, and
   * `${itemPrefix}${index}.${field}` when a row changes.
   */
  onChange(items: T[], field: string): void;
  name: string;
  /** Prefix of a changed row's field; `${name}.` unless given. */
  itemPrefix?: string;
  readOnly: boolean;
  addLabel: string;
  /** The row the add button appends, given the current rows. */
  newItem(items: readonly T[]): T;
  addDisabled?: boolean;
  /** Shows move up / move down buttons. */
  movable?: boolean;
  /** The rows' buttons are disabled while the list has this many rows or fewer. */
  minItems?: number;
  /** Names the row in its buttons' accessible names. */
  itemLabel?(item: T, index: number): string;
  /** React key of a row; its index unless given. */
  itemKey?(item: T, index: number): Key;
  /** Shown between the rows and the add button. */
  beforeAdd?: ReactNode;
  renderRow(row: EditableListRow<T>): ReactNode;
}

/**
 * A list of rows with add, move and remove. Renders the rows and the add button without a wrapper
 * element; each row's own markup comes from `renderRow`.
 */
export function EditableList<T>({
  items,
  onChange,
  name,
  itemPrefix = `${name}.`,
  readOnly,
  addLabel,
  newItem,
  addDisabled,
  movable,
  minItems = 0,
  itemLabel,
  itemKey = (_, index) => index,
  beforeAdd,
  renderRow,
}: EditableListProps<T>) {
  const replace = (index: number, next: T, field: string) =>
    onChange(
      items.map((item, i) => (i === index ? next : item)),
      `${itemPrefix}${index}.${field}`,
    );
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={itemKey(item, index)}>
          {renderRow({
            item,
            index,
            patch: (change, field) => replace(index, { ...item, ...change }, field),
            replace: (next, field) => replace(index, next, field),
            actions: (
              <RowActions
                index={index}
                count={items.length}
                disabled={readOnly || items.length <= minItems}
                itemLabel={itemLabel?.(item, index)}
                onMove={movable ? (from, to) => onChange(moveItem(items, from, to), name) : undefined}
                onRemove={(at) =>
                  onChange(
                    items.filter((_, i) => i !== at),
                    name,
                  )
                }
              />
            ),
          })}
        </Fragment>
      ))}
      {beforeAdd}
      <AddRowButton
        label={addLabel}
        disabled={readOnly || addDisabled}
        onClick={() => onChange([...items, newItem(items)], name)}
      />
    </>
  );
}
