// The keys of a tab list (WAI-ARIA Authoring Practices, "Tabs"): the arrows move to the
// previous or next tab and wrap at the ends, Home and End go to the first and last; the list
// is one tab stop (roving tabindex), so Tab leaves it.

/** The index of the tab a key moves to, or null when the key is not the tab list's. */
export function tabKeyTarget(
  key: string,
  index: number,
  count: number,
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): number | null {
  if (count <= 0) return null;
  const [previous, next] =
    orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (key === previous) return (index - 1 + count) % count;
  if (key === next) return (index + 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * Handles a key pressed on a tab of the list: moves the focus to the tab it names and
 * returns its index (null when the key is not the list's, and the event goes on).
 */
export function onTabListKey(event: React.KeyboardEvent<HTMLElement>): number | null {
  const list = event.currentTarget;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const index = tabs.findIndex((tab) => tab.contains(event.target as Node));
  if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return null;
  const orientation =
    list.getAttribute('aria-orientation') === 'vertical' ? 'vertical' : 'horizontal';
  const target = tabKeyTarget(event.key, index, tabs.length, orientation);
  if (target === null) return null;
  event.preventDefault();
  tabs[target]?.focus();
  return target;
}
