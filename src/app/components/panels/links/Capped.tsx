// Long lists (thousands of isolated actors in a département's inventory) show their first
// rows and a button to show them all.
import { useState } from 'react';
import './links.css';
import { useText } from '../../../i18n/text-context.tsx';

export function useCapped<T>(items: readonly T[], cap: number) {
  const [all, setAll] = useState(false);
  return {
    shown: all ? items : items.slice(0, cap),
    all,
    toggle: () => setAll((a) => !a),
    capped: items.length > cap,
  };
}

interface Props {
  total: number;
  all: boolean;
  capped: boolean;
  onToggle: () => void;
}

export function ShowMore({ total, all, capped, onToggle }: Props) {
  const t = useText();
  if (!capped) return null;
  return (
    <button type="button" className="link-button ml-show-more" onClick={onToggle}>
      {all ? t.mlShowLess : t.mlShowAll(total)}
    </button>
  );
}
