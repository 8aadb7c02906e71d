// Placeholder: the Articulation panel (issue 4) is being built.
import type { ArticulationPanelProps } from './types.ts';

export function ArticulationPanel(props: ArticulationPanelProps) {
  return <p data-testid="panel-placeholder">{props.t.appName}</p>;
}
