import { describe, expect, it } from 'vitest';
import { FCOSE_MAX, fcoseOptions } from '../../src/layout/fcose.ts';

describe('fcose options', () => {
  it('run full quality on small maps, draft above 300 actors', () => {
    expect(fcoseOptions(300).quality).toBe('default');
    expect(fcoseOptions(301).quality).toBe('draft');
    expect(fcoseOptions(FCOSE_MAX).quality).toBe('draft');
  });

  it('read each actor’s own box, seeded rather than fitted or animated', () => {
    const options = fcoseOptions(50);
    expect(options).toMatchObject({
      name: 'fcose',
      uniformNodeDimensions: false,
      nodeDimensionsIncludeLabels: false,
      randomize: true,
      animate: false,
      fit: false,
      packComponents: false,
    });
    // The repulsion is one number for every actor, whatever fcose passes.
    expect(options.nodeRepulsion()).toBeGreaterThan(0);
  });
});
