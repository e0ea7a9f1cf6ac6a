/** A Markdown task-list checkbox as the Markdown processor renders it, with the item's text after it. */
const TASK_ITEM = /(<li class="task-list-item">\s*)<input type="checkbox"( checked)? disabled>([\s\S]*?)(?=<\/li>|<ul|<ol)/g;

/** Strips tags and collapses white space: the text a screen reader would read. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Makes the checkboxes of Markdown task lists (`- [ ] item`) usable: each gets the item's text as
 * its accessible name (axe rule `label`), and loses `disabled` so a reader can tick items off while
 * working through a checklist. Nothing is saved; the list reads the same without JavaScript.
 */
export function labelTaskLists(html: string): string {
  return html.replace(TASK_ITEM, (_match, open: string, checked: string | undefined, rest: string) => {
    const label = textOf(rest).replace(/"/g, '&quot;');
    return `${open}<input type="checkbox"${checked ?? ''} aria-label="${label}">${rest}`;
  });
}
