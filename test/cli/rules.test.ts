// `maillage analyze --rule ID=on|off` and `--rules FILE`: the cross-scheme rules checked, as
// the app's coverage panel switches and composes them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, parseRuleSwitch, UsageError } from '../../src/cli/args.ts';
import { ruleSettings } from '../../src/cli/rules.ts';
import { run } from './helpers.ts';
import type { AnalysisJson } from '../../src/cli/to-json.ts';

const DEMO = ['data/demo/acteurs.csv', 'data/demo/liens.csv', '--threads', '0'];
const rulesOf = (out: string) =>
  (JSON.parse(out) as AnalysisJson).crossSchemeRules.map((r) => `${r.rule}:${r.status}`);

describe('--rule and --rules', () => {
  it('parses ID=on|off, repeatable, and refuses anything else', () => {
    const args = parseArgs([
      'analyze',
      'a.csv',
      '--rule',
      'residents-in-cls-copil=on',
      '--rule',
      'asv-coordinator-in-clsm-copil=OFF',
      '--rules',
      'r.json',
    ]);
    expect(args).toMatchObject({
      rules: { 'residents-in-cls-copil': true, 'asv-coordinator-in-clsm-copil': false },
      rulesFile: 'r.json',
    });
    expect(parseRuleSwitch('x=off')).toEqual(['x', false]);
    for (const bad of ['x', 'x=yes', '=on']) {
      expect(() => parseRuleSwitch(bad)).toThrow(UsageError);
    }
  });

  it('knows the domain’s rules and those of the file; an unknown id is refused with the list', async () => {
    expect(await ruleSettings({ rules: {} })).toBeNull();
    const custom = {
      id: 'user-mine',
      label: { fr: 'Ma règle.', en: 'My rule.' },
      enabled: true,
      who: { types: ['ars'] },
      sitsIn: { scheme: 'CLS', body: 'copil' },
    };
    const file = JSON.stringify({ switched: {}, custom: [custom] });
    const settings = await ruleSettings(
      { rules: { 'user-mine': false }, rulesFile: 'r.json' },
      () => Promise.resolve(file),
    );
    expect(settings?.switched).toEqual({ 'user-mine': false });
    expect(settings?.custom.map((r) => r.id)).toEqual(['user-mine']);
    await expect(ruleSettings({ rules: { nope: true } })).rejects.toThrow(
      /unknown rule "nope".*asv-coordinator-in-clsm-copil/,
    );
    await expect(
      ruleSettings({ rules: {}, rulesFile: 'r.json' }, () => Promise.resolve('{"switched": 3}')),
    ).rejects.toThrow(UsageError);
  });

  it('analyses the demo with the rules switched (JSON and Markdown show them)', async () => {
    const base = await run(['analyze', ...DEMO]);
    expect(rulesOf(base.out)).toEqual(['asv-coordinator-in-clsm-copil:unmet']);
    const { code, out } = await run([
      'analyze',
      ...DEMO,
      '--rule',
      'asv-coordinator-in-clsm-copil=off',
      '--rule',
      'residents-in-cls-copil=on',
    ]);
    expect(code).toBe(0);
    expect(rulesOf(out)).toEqual([expect.stringMatching(/^residents-in-cls-copil:/)]);
    const md = await run([
      'analyze',
      ...DEMO,
      '--format',
      'markdown',
      '--rule',
      'residents-in-cls-copil=on',
    ]);
    expect(md.out).toContain('Des habitants ou usagers siègent au COPIL du CLS');
  });

  it('reads a --rules file with a rule of the user’s; an unknown --rule exits 2 with the list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-rules-'));
    const path = join(dir, 'rules.json');
    writeFileSync(
      path,
      JSON.stringify({
        switched: { 'asv-coordinator-in-clsm-copil': false },
        custom: [
          {
            id: 'user-ars-in-cls-copil',
            label: { fr: 'L’ARS siège au COPIL du CLS.', en: 'The ARS sits in the CLS COPIL.' },
            enabled: true,
            who: { types: ['ars'] },
            sitsIn: { scheme: 'CLS', body: 'copil' },
          },
        ],
      }),
    );
    const { code, out } = await run(['analyze', ...DEMO, '--rules', path]);
    expect(code).toBe(0);
    expect(rulesOf(out)).toEqual(['user-ars-in-cls-copil:met']);
    const bad = await run(['analyze', ...DEMO, '--rule', 'made-up=on']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown rule "made-up"');
    expect(bad.err).toContain('residents-in-cls-copil');
  });
});
