'use strict';

const { sniffDelimiter, hasHeader } = require('../src');

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\n1\t2', '\t'],
    ['a|b\n1|2', '|'],
  ])('finds the delimiter of %j', (sample, expected) => {
    expect(sniffDelimiter(sample)).toBe(expected);
  });

  it('prefers a delimiter used the same number of times on every line', () => {
    expect(sniffDelimiter('name;note\nada;"a, b, c"\nbob;x')).toBe(';');
  });
});

describe('hasHeader', () => {
  test('sees a header of words above numbers', () => {
    expect(hasHeader('x,y\n1,2', ',')).toBe(true);
  });

  test('sees no header when the first row holds numbers', () => {
    expect(hasHeader('1,2\n3,4', ',')).toBe(false);
  });
});
