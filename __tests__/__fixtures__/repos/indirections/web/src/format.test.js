import { describe, expect, it } from 'vitest';
import { formatArea } from './format.js';

describe('formatArea', () => {
  it('keeps small areas in square metres', () => {
    expect(formatArea(812.4)).toBe('812 m²');
  });

  it('switches to hectares', () => {
    expect(formatArea(25_000)).toBe('2.50 ha');
  });

  it('switches to square kilometres', () => {
    expect(formatArea(3_200_000)).toBe('3.20 km²');
  });
});
