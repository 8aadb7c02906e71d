// Skip links, first on the page and shown when focused (RGAA 12.7): to the map, the search,
// the actor's details, the analysis panels and the tables, past the side panel's controls.
import { useText } from '../i18n/text-context.tsx';

export type SkipTarget = 'map' | 'search' | 'details' | 'analysis' | 'tables';

interface Props {
  onSkip: (target: SkipTarget) => void;
}

/** The element each link names (the App moves the focus; the address is for the reader). */
const ANCHORS: Record<SkipTarget, string> = {
  map: 'maillage-map',
  search: 'maillage-search',
  details: 'details-title',
  analysis: 'maillage-analysis',
  // The tables are drawn once shown: the address names the button that shows them.
  tables: 'maillage-view-tables',
};

export function SkipLinks({ onSkip }: Props) {
  const t = useText();
  const labels: Record<SkipTarget, string> = {
    map: t.skipToMap,
    search: t.skipToSearch,
    details: t.skipToDetails,
    analysis: t.skipToAnalysis,
    tables: t.skipToTables,
  };
  return (
    <nav className="skip-links" aria-label={t.skipLinks}>
      <ul>
        {(Object.keys(labels) as SkipTarget[]).map((target) => (
          <li key={target}>
            <a
              href={`#${ANCHORS[target]}`}
              data-testid={`skip-${target}`}
              onClick={(e) => {
                e.preventDefault();
                onSkip(target);
              }}
            >
              {labels[target]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
