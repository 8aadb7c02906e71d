// The sequence of views for a restitution meeting: save what the map shows now with a
// title and a comment, reorder, show one, delete, and start the presentation.
import { useId, useState } from 'react';
import { defaultTitle, moveView, newViewId, type SavedView } from '../views.ts';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  views: readonly SavedView[];
  /** Builds a view of what the map shows now (filters, encodings, lit actors, camera). */
  capture: (base: Pick<SavedView, 'id' | 'title' | 'comment' | 'cumulative'>) => SavedView | null;
  /** How many actors are lit now (shown so the coordinator knows what the view keeps). */
  litCount: number;
  /** A title or comment as shown (anonymous mode hides persons' names in them). */
  shown: (text: string) => string;
  onViews: (views: SavedView[]) => void;
  onShow: (index: number) => void;
  onPresent: (index: number) => void;
}

export function ViewsPanel({ views, capture, litCount, shown, onViews, onShow, onPresent }: Props) {
  const t = useText();
  const [title, setTitle] = useState('');
  const [comment, setComment] = useState('');
  const [cumulative, setCumulative] = useState(false);
  const formId = useId();

  const save = () => {
    const view = capture({
      id: newViewId(views),
      title: title.trim() || defaultTitle(views, t.viewWord),
      comment: comment.trim(),
      cumulative,
    });
    if (!view) return;
    onViews([...views, view]);
    setTitle('');
    setComment('');
    setCumulative(false);
  };

  return (
    <div className="views-panel" data-testid="views-panel">
      <form
        className="view-form"
        aria-labelledby={`${formId}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h3 id={`${formId}-title`}>{t.saveViewTitle}</h3>
        <p className="help">{t.saveViewHelp(litCount)}</p>
        <label className="field">
          <span>{t.viewTitleLabel}</span>
          <input
            type="text"
            value={title}
            maxLength={120}
            placeholder={defaultTitle(views, t.viewWord)}
            data-testid="view-title"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t.viewCommentLabel}</span>
          <textarea
            value={comment}
            rows={2}
            maxLength={400}
            data-testid="view-comment"
            onChange={(e) => setComment(e.target.value)}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={cumulative}
            disabled={views.length === 0}
            data-testid="view-cumulative"
            onChange={(e) => setCumulative(e.target.checked)}
          />
          <span>{t.viewCumulative}</span>
        </label>
        <button type="submit" className="primary" data-testid="save-view">
          {t.saveView}
        </button>
      </form>

      <section className="view-list" aria-labelledby={`${formId}-list`}>
        <div className="section-head">
          <h3 id={`${formId}-list`}>{t.savedViews(views.length)}</h3>
          <button
            type="button"
            className="primary"
            data-testid="present-views"
            onClick={() => onPresent(0)}
          >
            {t.present}
          </button>
        </div>
        {views.length === 0 ? (
          <p className="muted">{t.noViews}</p>
        ) : (
          <ol data-testid="view-list">
            {views.map((saved, i) => {
              const view = { ...saved, title: shown(saved.title), comment: shown(saved.comment) };
              return (
                <li key={view.id} data-testid="view-item">
                  <div className="view-text">
                    <strong>{view.title}</strong>
                    {view.cumulative && <span className="tag">{t.viewCumulativeTag}</span>}
                    {view.comment && <p>{view.comment}</p>}
                  </div>
                  <div className="view-actions">
                    <button
                      type="button"
                      aria-label={t.showViewNamed(view.title)}
                      onClick={() => onShow(i)}
                    >
                      {t.showView}
                    </button>
                    <button
                      type="button"
                      aria-label={t.presentFromNamed(view.title)}
                      onClick={() => onPresent(i)}
                    >
                      {t.presentFrom}
                    </button>
                    <button
                      type="button"
                      aria-label={t.moveUp(view.title)}
                      title={t.moveUp(view.title)}
                      disabled={i === 0}
                      onClick={() => onViews(moveView(views, i, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t.moveDown(view.title)}
                      title={t.moveDown(view.title)}
                      disabled={i === views.length - 1}
                      onClick={() => onViews(moveView(views, i, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={t.deleteView(view.title)}
                      title={t.deleteView(view.title)}
                      data-testid="delete-view"
                      onClick={() => onViews(views.filter((v) => v.id !== view.id))}
                    >
                      ×
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
