// Placeholder: the Links panel (issue 4) is being built.
import type { LinksPanelProps } from './types.ts';

export function LinksPanel(props: LinksPanelProps) {
  return <p data-testid="panel-placeholder">{props.t.appName}</p>;
}
