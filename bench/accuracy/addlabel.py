import json, sys, os
# usage: python3 bench/accuracy/addlabel.py repo commit profile level 'id=V,id=V*,...'   (V: A P - ; * = ambiguous)
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels.json')
d = json.load(open(p)) if os.path.exists(p) else {}
repo, commit, profile, level, spec = sys.argv[1:6]
V = {'A': 'automated', 'P': 'present', '-': 'absent'}
items, amb = {}, []
for kv in spec.split(','):
    k, v = kv.strip().split('=')
    if v.endswith('*'): amb.append(k); v = v[:-1]
    items[k] = V[v]
d[repo] = {'ambiguous': amb, 'commit': commit, 'corpus': False, 'items': items,
           'level': None if level == 'none' else int(level), 'profile': profile}
json.dump(dict(sorted(d.items())), open(p, 'w'), indent=2, sort_keys=True); open(p, 'a').write('\n')
print(repo, len(items), 'items', len(amb), 'ambiguous')
