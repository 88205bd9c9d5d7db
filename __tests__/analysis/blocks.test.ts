import { functionAround } from '../../src/analysis/blocks.js';
import { indexRepository } from '../../src/parse/repo.js';
import { makeRepo } from '../helpers/repo.js';

const CODE = `import pytest

X = 1


class TestCard:
    @pytest.fixture
    def frame(self):
        rows = [1, 2]
        if rows:
            built = make(rows)
        return built

    def test_render(self, frame):
        # a comment
        assert render(frame)


async def helper():
    return 2
`;

const repo = indexRepository(makeRepo({ 'tests/test_card.py': CODE }));

describe('the function around a line', () => {
  it.each([
    { name: 'a line nested in an if of a method: the method, up to the next def', line: 11, def: 8, first: '    def frame(self):', last: '        return built' },
    { name: 'the def line itself belongs to its own body', line: 14, def: 14, first: '    def test_render(self, frame):', last: '        assert render(frame)' },
    { name: 'an async def at module level', line: 20, def: 19, first: 'async def helper():', last: '    return 2' },
    { name: 'a module-level line: the whole file', line: 3, def: 1, first: 'import pytest', last: '' },
  ])('$name', ({ line, def, first, last }) => {
    const block = functionAround(repo, 'tests/test_card.py', line)!;
    const lines = block.text.split('\n');
    expect(block.line).toBe(def);
    expect(lines[0]).toBe(first);
    expect(lines.at(-1)).toBe(last);
  });

  it('blanks comments and answers nothing for a line outside the file', () => {
    expect(functionAround(repo, 'tests/test_card.py', 14)!.text).not.toContain('a comment');
    expect(functionAround(repo, 'tests/test_card.py', 999)).toBeUndefined();
    expect(functionAround(repo, 'missing.py', 1)).toBeUndefined();
  });
});
