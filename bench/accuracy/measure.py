#!/usr/bin/env python3
"""Agreement of the tool's verdicts with hand labels, on the dev set and on our own labelled repositories.

usage (from the project's root, after `npm run bundle`):
  python3 bench/accuracy/measure.py [--set dev|own|both] [--cli dist/cli.js] [--verbose] [--repo OWNER/NAME]
                                    [--mirror DIR] [--workdir DIR] [--devset DIR] [--json FILE] [--baseline FILE]

For every labelled repository it makes a work tree at the labelled commit from the snapshot under the mirror folder
(`<mirror>/<owner>+<name>/repo`, as brought by the `fetch` tool; a missing snapshot is reported, not fatal), runs
`node <cli> DIR --format json`, and compares with the labels the way ../shared/devset/compare.py does: items listed as
ambiguous are skipped, `absent` and `not-applicable` count as the same answer, levels are compared where the label has
one. It also compares the profile. It prints, per set, DevOps and MLOps agreement, levels n/n and profiles n/n;
`--verbose` lists each disagreement with the tool's reason. `--json FILE` saves the counts and lines; `--baseline FILE`
(a file saved that way, e.g. from main) then prints, per set, the lines this build fixes and the new ones it brings.

Label files: the dev set's labels.json (default ../shared/devset, or --devset) and bench/accuracy/labels.json, both
in the same format (per repository: commit, profile, level, items, ambiguous).
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEVOPS = {'change-triggers', 'lint', 'unit-tests', 'integration-tests', 'multi-environment', 'security-scan', 'build',
          'release'}
RANK = {'absent': 0, 'not-applicable': 0, 'present': 1, 'automated': 2}


def find_mirror(start):
    d = start
    while d != '/':
        if os.path.isdir(os.path.join(d, '.mirror')):
            return os.path.join(d, '.mirror')
        d = os.path.dirname(d)
    return None


def git(*args, **kw):
    return subprocess.run(['git', *args], capture_output=True, text=True, **kw)


def prepare(repo, commit, mirror, workdir):
    """A work tree of repo at commit under workdir, or (None, why). Blobs the snapshot lacks are left out."""
    d = os.path.join(workdir, repo.replace('/', '__'))
    done = os.path.join(d, '.git', 'measure-done')
    if os.path.isfile(done) and open(done).read().strip() == commit:
        return d, None
    src = os.path.join(mirror or '/nonexistent', repo.replace('/', '+'), 'repo')
    if os.path.isdir(os.path.join(src, '.git')):
        src = os.path.join(src, '.git')
    if not os.path.isdir(src):
        return None, f'missing snapshot: fetch github:{repo}'
    subprocess.run(['rm', '-rf', d])
    if git('clone', '-q', '--local', '--no-checkout', src, d).returncode != 0:
        return None, 'clone failed'
    rev = commit
    if git('-C', d, 'cat-file', '-e', f'{rev}^{{commit}}').returncode != 0:
        return None, f'snapshot has no commit {commit}'
    tree = git('-C', d, 'ls-tree', '-r', rev).stdout.splitlines()
    blobs = [(l.split()[2], l.split('\t', 1)[1]) for l in tree if l.split()[1] == 'blob']
    check = git('-C', d, 'cat-file', '--batch-check=%(objectname) %(objecttype)',
                input='\n'.join(b for b, _ in blobs) + '\n').stdout.splitlines()
    missing = {l.split()[0] for l in check if l.endswith(' missing')}
    if missing:
        pats = ['/*'] + ['!/' + p for b, p in blobs if b in missing]
        git('-C', d, 'sparse-checkout', 'set', '--no-cone', *pats)
    if git('-C', d, 'checkout', '-q', rev).returncode != 0:
        return None, 'checkout failed'
    open(done, 'w').write(commit + '\n')
    return d, None


def analyse(cli, d):
    try:
        p = subprocess.run(['node', cli, d, '--format', 'json'], capture_output=True, text=True, timeout=600)
        return json.loads(p.stdout)
    except Exception as e:  # a crash or a timeout is a disagreement on every item, reported as such
        return {'_error': str(e)[-200:]}


def measure(name, labels, args, mirror, workdir):
    c = {'devops': [0, 0], 'mlops': [0, 0], 'level': [0, 0], 'profile': [0, 0]}
    lines, absent = [], []
    for repo, lab in sorted(labels.items()):
        if not isinstance(lab, dict) or (args.repo and repo != args.repo):
            continue
        d, why = prepare(repo, lab['commit'], mirror, workdir)
        if d is None:
            absent.append(f'{repo} ({why})')
            continue
        rep = analyse(args.cli, d)
        items = {i.get('id'): i for i in rep.get('items', [])} if isinstance(rep.get('items'), list) else {}
        if not items:
            lines.append(f'{repo}: no report {rep.get("_error", "")}'.strip())
        amb = set(lab.get('ambiguous', []))
        for item, want in sorted(lab['items'].items()):
            if item in amb:
                continue
            group = 'devops' if item in DEVOPS else 'mlops'
            got = items.get(item, {})
            have = got.get('verdict', 'missing')
            c[group][1] += 1
            if have in RANK and RANK[have] == RANK[want]:
                c[group][0] += 1
            else:
                lines.append(f'{repo} {item}: label {want}, tool {have} — {str(got.get("reason", ""))[:160]}')
        if lab.get('level') is not None:
            c['level'][1] += 1
            if rep.get('level') == lab['level']:
                c['level'][0] += 1
            else:
                lines.append(f'{repo} level: label {lab["level"]}, tool {rep.get("level")}')
        if lab.get('profile'):
            c['profile'][1] += 1
            prof = (rep.get('profile') or {}).get('id')
            if prof == lab['profile']:
                c['profile'][0] += 1
            else:
                lines.append(f'{repo} profile: label {lab["profile"]}, tool {prof}')
    pct = lambda ok, tot: f'{100.0 * ok / tot:.0f}% ({ok}/{tot})' if tot else 'n/a'
    items_ok = c['devops'][0] + c['mlops'][0]
    items_tot = c['devops'][1] + c['mlops'][1]
    print(f'[{name}] DevOps {pct(*c["devops"])}, MLOps {pct(*c["mlops"])}, all items {pct(items_ok, items_tot)}, '
          f'levels {c["level"][0]}/{c["level"][1]}, profiles {c["profile"][0]}/{c["profile"][1]}')
    if args.verbose:
        for l in lines:
            print('  ' + l)
    if absent:
        print(f'  not measured: {"; ".join(absent)}')
    return {'counts': c, 'disagreements': lines, 'not_measured': absent}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--set', choices=['dev', 'own', 'both'], default='both')
    ap.add_argument('--cli', default=os.path.join(ROOT, 'dist', 'cli.js'))
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--repo')
    ap.add_argument('--mirror', default=os.environ.get('MIRROR') or find_mirror(ROOT))
    ap.add_argument('--workdir', default=os.path.join(tempfile.gettempdir(), 'accuracy-bench'))
    ap.add_argument('--devset', default=os.path.join(os.path.dirname(ROOT), 'shared', 'devset'))
    ap.add_argument('--json', help='also write the counts and disagreements to this file')
    ap.add_argument('--baseline', help='a --json file of an earlier run: print the lines fixed and the new ones')
    args = ap.parse_args()
    args.cli = os.path.abspath(args.cli)
    if not os.path.isfile(args.cli):
        sys.exit(f'no CLI at {args.cli}: run `npm run bundle` first or pass --cli')
    sets = []
    if args.set in ('dev', 'both'):
        sets.append(('dev set', os.path.join(args.devset, 'labels.json')))
    if args.set in ('own', 'both'):
        sets.append(('own set', os.path.join(HERE, 'labels.json')))
    out = {}
    for name, path in sets:
        if not os.path.isfile(path):
            print(f'[{name}] no labels at {path}')
            continue
        out[name] = measure(name, json.load(open(path)), args, args.mirror, args.workdir)
    if args.json:
        json.dump(out, open(args.json, 'w'), indent=2)
    if args.baseline:
        compare_with(json.load(open(args.baseline)), out)


def compare_with(base, out):
    """Lines fixed, new, and still wrong with another verdict, keyed by repository and item (or level, profile)."""
    key = lambda line: line.split(':')[0]
    for name, res in out.items():
        if name not in base:
            continue
        was = {key(l): l.split(' — ')[0] for l in base[name]['disagreements']}
        now = {key(l): l.split(' — ')[0] for l in res['disagreements']}
        fixed = sorted(k for k in was if k not in now)
        new = sorted(k for k in now if k not in was)
        moved = sorted(k for k in now if k in was and now[k] != was[k])
        print(f'[{name}] against the baseline: {len(fixed)} fixed, {len(new)} new, {len(moved)} still wrong another way')
        for k in fixed:
            print('  fixed ' + was[k])
        for k in new:
            print('  NEW   ' + now[k])
        for k in moved:
            print(f'  moved {now[k]} (was: {was[k].split(", ")[-1]})')

main()
