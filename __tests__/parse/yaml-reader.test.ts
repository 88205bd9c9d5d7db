/**
 * YamlReader's look-ups by key (get, keyPos, hasKey) answer as its `entries` list does: the
 * first pair whose key reads the name, aliases followed one hop, a key that is not a scalar
 * reading '', anything but a mapping having no keys.
 */
import { parseYaml } from '../../src/parse/yaml.js';

const TEXT = ['base: &b', '  image: python', '&k name: first', 'name: second', '*k : third', '[a, b]: list key', 'ref: *b', 'empty:', 'list: [1, 2]', ''].join('\n');

describe('YamlReader look-ups by key', () => {
  const { reader, root } = parseYaml('x.yml', TEXT);

  it('give what the first matching entry gives', () => {
    const names = ['base', 'name', 'ref', 'empty', 'list', '', 'missing', 'image'];
    for (const name of names) {
      const first = reader.entries(root).find((e) => e.key === name);
      expect([name, reader.get(root, name)]).toEqual([name, first?.value]);
      expect([name, reader.keyPos(root, name)]).toEqual([name, first?.keyPos]);
      expect([name, reader.hasKey(root, name)]).toEqual([name, first !== undefined]);
    }
  });

  it('find the first pair, follow aliases and read a non-scalar key as empty', () => {
    expect(reader.str(reader.get(root, 'name'))?.value).toBe('first');
    expect(reader.keyPos(root, 'name')).toEqual({ line: 3, column: 4 });
    expect(reader.str(reader.get(reader.get(root, 'ref'), 'image'))).toEqual({ value: 'python', pos: { line: 2, column: 10 }, end: { line: 2, column: 16 } });
    expect(reader.str(reader.get(root, ''))?.value).toBe('list key');
    expect(reader.hasKey(root, 'empty')).toBe(true);
    expect(reader.kindOf(reader.get(root, 'empty'))).toBe('null');
  });

  it('find nothing in what is not a mapping', () => {
    const list = reader.get(root, 'list');
    expect([reader.get(list, '0'), reader.keyPos(list, '0'), reader.hasKey(list, '0')]).toEqual([undefined, undefined, false]);
    expect([reader.get(undefined, 'base'), reader.hasKey(null, 'base')]).toEqual([undefined, false]);
  });
});
