// Composes a cross-scheme rule from menus: "an actor of type X (or whose role says R) sits
// in body Y of scheme Z". The rule's words come from the reference's labels (composeRule).
import { useId, useState } from 'react';
import { composeRule } from '../../../../analysis';
import type { CrossSchemeRule, Lang, ReferenceData } from '../../../../domain';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  ref_: ReferenceData;
  lang: Lang;
  /** Ids of the user's rules already there. */
  taken: readonly string[];
  onAdd: (rule: CrossSchemeRule) => void;
}

export function RuleComposer({ ref_, lang, taken, onAdd }: Props) {
  const t = useText();
  const id = useId();
  const [by, setBy] = useState<'type' | 'role'>('type');
  const [type, setType] = useState(ref_.actorTypes[0]?.id ?? '');
  const [role, setRole] = useState('');
  const schemes = ref_.schemes.filter((s) => s.bodies.length > 0);
  const [scheme, setScheme] = useState(schemes[0]?.id ?? '');
  const bodies = ref_.schemes.find((s) => s.id === scheme)?.bodies ?? [];
  const [body, setBody] = useState(bodies[0]?.id ?? '');
  const bodyShown = bodies.some((b) => b.id === body) ? body : (bodies[0]?.id ?? '');
  const ready = bodyShown !== '' && (by === 'type' ? type !== '' : role.trim() !== '');
  const add = () => {
    if (!ready) return;
    const who = by === 'type' ? { types: [type] } : { role: role.trim() };
    onAdd(composeRule(who, { scheme, body: bodyShown }, ref_, taken));
    setRole('');
  };
  return (
    <form
      className="cov-composer"
      data-testid="cov-composer"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <h4 id={`${id}-title`}>{t.covComposerTitle}</h4>
      <label>
        {t.covComposerBy}
        <select
          value={by}
          data-testid="cov-composer-by"
          onChange={(e) => setBy(e.currentTarget.value === 'role' ? 'role' : 'type')}
        >
          <option value="type">{t.covComposerByType}</option>
          <option value="role">{t.covComposerByRole}</option>
        </select>
      </label>
      {by === 'type' ? (
        <label>
          {t.covComposerType}
          <select
            value={type}
            data-testid="cov-composer-type"
            onChange={(e) => setType(e.currentTarget.value)}
          >
            {ref_.actorTypes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label[lang]}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          {t.covComposerRole}
          <input
            type="text"
            value={role}
            data-testid="cov-composer-role"
            onChange={(e) => setRole(e.currentTarget.value)}
          />
        </label>
      )}
      <label>
        {t.covComposerScheme}
        <select
          value={scheme}
          data-testid="cov-composer-scheme"
          onChange={(e) => setScheme(e.currentTarget.value)}
        >
          {schemes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.covComposerBody}
        <select
          value={bodyShown}
          data-testid="cov-composer-body"
          onChange={(e) => setBody(e.currentTarget.value)}
        >
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!ready} data-testid="cov-composer-add">
        {t.covComposerAdd}
      </button>
    </form>
  );
}
