// Long lists shown a page at a time (the tables of actors and links, the import report's
// issues: 10,000 rows at once would block the page): which rows the page holds, and the
// buttons that turn it.
import { useEffect, useRef, useState } from 'react';
import { useText } from '../i18n/text-context.tsx';

/** Rows a page holds. */
export const PAGE = 50;

export interface Paging<R> {
  /** The rows of the page shown. */
  slice: R[];
  /** The page shown (from 0) and how many there are. */
  current: number;
  pages: number;
  setPage: (page: number) => void;
}

/** `rows` a page at a time; the page shown stays within them when they get fewer. */
export function usePaging<R>(rows: readonly R[]): Paging<R> {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  return { slice: rows.slice(current * PAGE, current * PAGE + PAGE), current, pages, setPage };
}

/** The previous and next buttons and the page shown; nothing when there is one page. A
 * button that the page it turned to disables hands the keyboard's focus to the other. */
export function Pager({ paging, testId }: { paging: Paging<unknown>; testId?: string }) {
  const t = useText();
  const { current, pages, setPage } = paging;
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const handOver = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    handOver.current?.focus();
    handOver.current = null;
  }, [current]);
  if (pages <= 1) return null;
  const turn = (to: number) => {
    if (to === 0) handOver.current = next.current;
    if (to === pages - 1) handOver.current = previous.current;
    setPage(to);
  };
  return (
    <nav className="pager" aria-label={t.page(current + 1, pages)} data-testid={testId}>
      <button
        ref={previous}
        type="button"
        disabled={current === 0}
        onClick={() => turn(current - 1)}
      >
        {t.previous}
      </button>
      <span>{t.page(current + 1, pages)}</span>
      <button
        ref={next}
        type="button"
        disabled={current >= pages - 1}
        onClick={() => turn(current + 1)}
      >
        {t.nextPage}
      </button>
    </nav>
  );
}
