// What opens over the workspace: the printable report, the presentation, the import
// report, the column mapping, the help, and the overlay of a drag and drop.
import { lazy, Suspense, type ReactNode } from 'react';
import { useApp } from '../app-context.ts';
import { useText } from '../i18n/text-context.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { MappingDialog } from './MappingDialog.tsx';
import { Presentation } from './Presentation.tsx';
import { ImportChoiceDialog } from './workspaces/ImportChoiceDialog.tsx';
import { ReportDialog, type Rereading } from './ReportDialog.tsx';
import { ComparisonDialog } from './versions/ComparisonDialog.tsx';
import { VersionsDialog } from './versions/VersionsDialog.tsx';
import { compareStates } from './versions/comparison.ts';
import { CURRENT } from '../state.ts';

// Loaded when first opened.
const PrintableReport = lazy(() =>
  import('./report/PrintableReport.tsx').then((m) => ({ default: m.PrintableReport })),
);

interface Props {
  /** The legend, shown over the presentation and in the printable report. */
  legend: ReactNode;
  /** Files are dragged over the page. */
  dragging: boolean;
}

export function AppDialogs({ legend, dragging }: Props) {
  const t = useText();
  const { state, dispatch, ref, model, session, sessionView, help, printing, actions, comparison } =
    useApp();
  const { workspace } = state;
  const analysis = model.analysis;
  const { coverage, visible } = model;
  const { mapping } = sessionView;
  // Reading a file of the report again: its columns mapped by hand, another encoding.
  const rereading: Rereading = {
    canMap: (f) => session.canMap(f),
    canEncode: (f) => session.canEncode(f),
    onMap: (f) => session.offerMapping(f),
    onEncoding: (f, encoding) => session.chooseEncoding(f, encoding),
  };
  return (
    <>
      {printing && workspace && analysis && coverage && (
        <Suspense fallback={null}>
          <PrintableReport
            workspace={workspace}
            analysis={analysis}
            coverage={coverage}
            ref_={model.ref}
            names={model.names}
            anonymous={state.anonymous}
            title={model.title}
            mapImage={printing.image}
            filteredTo={model.filtering && visible ? visible.nodes.size : null}
            legend={legend}
            format={printing.format}
            comparisons={{
              open: comparison,
              versions: state.versions,
              withCurrent: (id) =>
                compareStates(
                  { before: id, after: CURRENT },
                  state.versions,
                  workspace,
                  model.ref,
                  t.verCurrent,
                  coverage,
                  state.rules,
                  model.namesIn,
                ),
            }}
            onFormat={(format) => actions.print({ ...printing, format })}
            onClose={() => actions.print(null)}
          />
        </Suspense>
      )}

      {state.presenting !== null && workspace && (
        <Presentation
          views={model.views}
          index={state.presenting}
          fallbackTitle={model.title}
          anonymous={state.anonymous}
          legend={legend}
          onStep={actions.present}
          onExit={() => actions.present(null)}
        />
      )}

      {state.report && (
        <ReportDialog
          report={model.report ?? state.report}
          open={state.reportOpen}
          keptMap={state.reportKeptMap}
          rereading={rereading}
          onClose={() => dispatch({ type: 'reportOpen', open: false })}
          onHelp={() => actions.help(true)}
        />
      )}

      {/* After the report: opened together, the mapping dialog is the one on top. */}
      {mapping && (
        <MappingDialog
          key={mapping.name}
          file={
            state.anonymous
              ? { ...mapping, sample: mapping.sample?.map((row) => row.map(model.redact)) }
              : mapping
          }
          ref_={ref}
          onApply={(columns, role) => session.applyMapping(mapping, columns, role)}
          onClose={() => session.closeMapping()}
          onHelp={() => actions.help(true)}
        />
      )}
      {state.versionsOpen && workspace && (
        <VersionsDialog onClose={() => dispatch({ type: 'versionsOpen', open: false })} />
      )}
      {comparison && !state.compareOnMap && (
        <ComparisonDialog
          shown={comparison}
          onClose={() => dispatch({ type: 'compare', comparison: null })}
        />
      )}
      {help && <HelpDialog ref_={ref} onClose={() => actions.help(false)} />}
      {sessionView.pending && (
        <ImportChoiceDialog
          pending={sessionView.pending}
          views={state.views.length}
          onChoose={(choice, name) => session.chooseImport(choice, name)}
        />
      )}

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>
            <p className="drop-title">{t.dropHere}</p>
            <p>{t.dropHint}</p>
          </div>
        </div>
      )}
    </>
  );
}
