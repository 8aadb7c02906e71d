// Helpers for the analysis panels' end-to-end tests (links.e2e.ts, articulation.e2e.ts): the
// map's test hooks, a fixture territory whose gaps are known by construction, axe-core.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

interface MapHooks {
  litIds(): string[];
  suggestedPairs(): string[];
  strandedIds(): string[];
}
interface GraphLike {
  filterNodes(fn: (id: string, actor: { sectors: string[]; schemes: object }) => boolean): string[];
}
export interface PanelHooks {
  __maillage?: {
    map: MapHooks | null;
    state: {
      suggested: string[];
      whatIf: string | null;
      highlight: { key: string; ids: string[] } | null;
      workspace: { graph: GraphLike } | null;
    };
  };
}

const sorted = (ids: string[]) => [...ids].sort();

export async function litIds(page: Page): Promise<string[]> {
  return sorted(
    await page.evaluate(() => (window as unknown as PanelHooks).__maillage?.map?.litIds() ?? []),
  );
}

export async function suggestedPairs(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as PanelHooks).__maillage?.map?.suggestedPairs() ?? [],
  );
}

export async function strandedIds(page: Page): Promise<string[]> {
  return sorted(
    await page.evaluate(
      () => (window as unknown as PanelHooks).__maillage?.map?.strandedIds() ?? [],
    ),
  );
}

/** Actors of the current workspace holding one of these sectors. */
export async function actorsWithSectors(page: Page, sectors: string[]): Promise<string[]> {
  return sorted(
    await page.evaluate(
      (list) =>
        (window as unknown as PanelHooks).__maillage?.state.workspace?.graph.filterNodes(
          (_id, actor) => actor.sectors.some((s) => list.includes(s)),
        ) ?? [],
      sectors,
    ),
  );
}

/** Actors of the current workspace in exactly these schemes. */
export async function actorsInSchemes(page: Page, schemes: string[]): Promise<string[]> {
  return sorted(
    await page.evaluate(
      (list) =>
        (window as unknown as PanelHooks).__maillage?.state.workspace?.graph.filterNodes(
          (_id, actor) => {
            const keys = Object.keys(actor.schemes);
            return keys.length === list.length && keys.every((k) => list.includes(k));
          },
        ) ?? [],
      schemes,
    ),
  );
}

export async function waitForPanels(page: Page, actors: number, links: number): Promise<void> {
  await page.waitForFunction(
    ([a, l]) =>
      document.querySelector('[data-testid="app"][data-ready="true"][data-analysis="done"]') &&
      document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
        String(a) &&
      document.querySelector('[data-testid="link-count"]')?.getAttribute('data-value') ===
        String(l),
    [actors, links],
    { timeout: 90_000 },
  );
}

/** The values of one attribute over the elements matching a selector, in page order. */
export async function attributes(page: Page, selector: string, name: string): Promise<string[]> {
  return page.$$eval(selector, (els, n) => els.map((e) => e.getAttribute(n) ?? ''), name);
}

/** Serious and critical axe-core violations inside the element (`all`: every impact). */
export async function axeProblems(page: Page, selector: string, all = false): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => all || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// A small territory whose gaps are known by construction (ids given, `;`, UTF-8):
//   main network: mairie–hopital–asv triangle; asv–centre-social–asso-habitants triangle
//     (asv cuts 2 off); mairie–ccas, the only link to the ccas–bailleur–adil triangle
//     (a bridge; mairie cuts 3 off, ccas cuts 2 off);
//   agence: isolated, but in the CLS "GT Logement" with bailleur, adil and ccas;
//   mairie-kappa–ehpad–club: a group of 3 cut off from the main network, in no scheme.
export const FIXTURE_ACTORS = [
  "Identifiant;Nom;Type d'acteur;Secteurs;CLS;CLSM;ASV",
  "mairie;Mairie d'Alpha;Commune;Social;COPIL;COPIL;",
  "hopital;Centre hospitalier d'Alpha;Hôpital;Soins;COPIL;Plénière;",
  'asv;Coordination ASV Les Prés;Commune;Prévention;;;Coordination',
  'centre-social;Centre social Les Prés;Centre social;Éducation;;;GT Jeunesse',
  'asso-habitants;Association des habitants des Prés;Association;Citoyenneté;;;GT Jeunesse',
  'bailleur;Alpha Habitat;Bailleur social;Logement;GT Logement;;',
  'adil;ADIL de la Vallée;Association;Logement;GT Logement;;',
  "ccas;CCAS d'Alpha;CCAS;Social;GT Logement;;COPIL",
  'agence;Agence immobilière à vocation sociale;Association;Logement;GT Logement;;',
  'mairie-kappa;Mairie de Kappa;Commune;Social;;;',
  'ehpad;EHPAD de Kappa;EHPAD;Médico-social;;;',
  'club;Club des aînés de Kappa;Association;Médico-social;;;',
].join('\r\n');

export const FIXTURE_LINKS = [
  'Acteur 1;Acteur 2;Nature du lien',
  'mairie;hopital;Convention',
  'mairie;asv;Cofinancement',
  'hopital;asv;Coordination',
  'asv;centre-social;Coordination',
  'asv;asso-habitants;Informel',
  'centre-social;asso-habitants;Informel',
  'mairie;ccas;Coordination',
  'ccas;bailleur;Convention',
  'ccas;adil;Orientation',
  "bailleur;adil;Échange d'information",
  'mairie-kappa;ehpad;Convention',
  'mairie-kappa;club;Cofinancement',
  'ehpad;club;Informel',
].join('\r\n');

export async function importFixture(page: Page): Promise<void> {
  const file = (name: string, text: string) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page
    .getByTestId('file-input')
    .setInputFiles([
      file('acteurs-test.csv', FIXTURE_ACTORS),
      file('liens-test.csv', FIXTURE_LINKS),
    ]);
  await waitForPanels(page, 12, 13);
}

/** Shows the whole open panel in one picture: a tall window for the time of the shot. */
export async function panelScreenshot(page: Page, testId: string, path: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1366, height: 800 };
  const height = await page.evaluate(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.scrollHeight ?? 800,
    testId,
  );
  // The drawer takes 46 % of the main area: make the window tall enough for all of it.
  await page.setViewportSize({
    width: size.width,
    height: Math.round(Math.min(6000, 300 + height * 2.3)),
  });
  await page.evaluate((id) => {
    const panel = document.querySelector(`[data-testid="${id}"]`);
    if (panel) panel.scrollTop = 0;
  }, testId);
  await page.waitForTimeout(300);
  await page.locator(`[data-testid="${testId}"]`).screenshot({ path });
  await page.setViewportSize(size);
}
