'use strict';

const CANDIDATES = [',', ';', '\t', '|'];

function sniffDelimiter(sample) {
  const lines = sample.split(/\r?\n/).filter((l) => l.length > 0).slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const consistent = counts.every((c) => c === counts[0]);
    const score = consistent ? counts[0] : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function hasHeader(sample, delimiter) {
  const [first, second] = sample.split(/\r?\n/);
  if (second === undefined) return false;
  const isNumber = (s) => s.trim() !== '' && !Number.isNaN(Number(s));
  const head = first.split(delimiter);
  const row = second.split(delimiter);
  return head.every((c) => !isNumber(c)) && row.some(isNumber);
}

module.exports = { sniffDelimiter, hasHeader };
