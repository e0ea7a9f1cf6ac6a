import { describe, expect, it } from 'vitest';
import { labelTaskLists } from '../../src/lib/markdown/task-list';

describe('labelTaskLists: Markdown checklists get usable, labelled checkboxes', () => {
  it.each([
    [
      'a plain item',
      '<li class="task-list-item"><input type="checkbox" disabled> Keep a suppression list.</li>',
      '<li class="task-list-item"><input type="checkbox" aria-label="Keep a suppression list."> Keep a suppression list.</li>',
    ],
    [
      'a ticked item',
      '<li class="task-list-item"><input type="checkbox" checked disabled> Done</li>',
      '<li class="task-list-item"><input type="checkbox" checked aria-label="Done"> Done</li>',
    ],
    [
      'inline markup and quotes in the text',
      '<li class="task-list-item"><input type="checkbox" disabled> Add <code>List-Unsubscribe</code> "now"</li>',
      '<li class="task-list-item"><input type="checkbox" aria-label="Add List-Unsubscribe &quot;now&quot;"> Add <code>List-Unsubscribe</code> "now"</li>',
    ],
    [
      'an item with a nested list (the label stops before it)',
      '<li class="task-list-item"><input type="checkbox" disabled> Parent<ul><li>child</li></ul></li>',
      '<li class="task-list-item"><input type="checkbox" aria-label="Parent"> Parent<ul><li>child</li></ul></li>',
    ],
  ])('%s', (_name, input, expected) => {
    expect(labelTaskLists(input)).toBe(expected);
  });

  it('leaves other checkboxes and lists alone', () => {
    const html = '<ul><li><input type="checkbox" disabled> not a task item</li></ul>';
    expect(labelTaskLists(html)).toBe(html);
  });
});
