// Reading a workspace file's frozen versions back (workspace-read.ts has the checks).
import { EMPTY_OR_TAKEN, within } from './messages.ts';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceDocument,
  type WorkspaceVersion,
} from './workspace-document.ts';
import {
  array,
  checkedGraph,
  field,
  invalid,
  Invalid,
  object,
  readActor,
  readLink,
  str,
  type Where,
} from './workspace-read.ts';

/** The frozen versions: each one's actors and links checked as the document's are, and
 * its graph built once (unique ids, known endpoints), so a comparison cannot fail later. */
export function readVersions(value: unknown, where: Where): WorkspaceVersion[] {
  const ids = new Set<string>();
  return array(value, where).map((v, i) => {
    const w = field(where, String(i));
    const o = object(v, w);
    const id = str(o.id, field(w, 'id'));
    if (id === '' || ids.has(id)) {
      invalid(field(w, 'id'), EMPTY_OR_TAKEN);
    }
    ids.add(id);
    try {
      const version: WorkspaceVersion = {
        id,
        name: str(o.name, field(w, 'name')),
        date: str(o.date, field(w, 'date')),
        actors: array(o.actors, field(w, 'actors')).map(readActor),
        links: array(o.links, field(w, 'links')).map(readLink),
      };
      checkedGraph({ ...EMPTY_DOCUMENT, actors: version.actors, links: version.links });
      return version;
    } catch (e) {
      // Where in the version: « version n° 2, acteur n° 3, champ "id" ».
      if (e instanceof Invalid) {
        throw new Invalid(within(w, e.where), e.what);
      }
      throw e;
    }
  });
}

const EMPTY_DOCUMENT: WorkspaceDocument = {
  format: WORKSPACE_FORMAT,
  version: WORKSPACE_VERSION,
  savedAt: '',
  title: '',
  actors: [],
  links: [],
  expected: null,
  views: [],
  settings: {},
  positions: null,
};
