// Placeholder: the Coverage panel (issue 4) is being built.
import type { CoveragePanelProps } from './types.ts';

export function CoveragePanel(props: CoveragePanelProps) {
  return <p data-testid="panel-placeholder">{props.t.appName}</p>;
}
