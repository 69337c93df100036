#!/usr/bin/env python3
"""Events per 100 sentences, and the share of events with a country on both
sides, for the stories of a corpus whose id starts with each given prefix.

usage: bench/source_stats.py NEWS.jsonl CAMEO_DIR PREFIX... [--dyad PATH] [-- DYAD_ARGS...]
e.g.   bench/source_stats.py ../shared/corpus/news.jsonl ../shared/cameo bbc-politics reuters

A side "resolves to a country" when its code starts with a CAMEO country or
region code (CAMEO_DIR/country_codes.csv and region_codes.csv): "RUSGOV",
"USA", "EUR"; not "---GOV", "IGOUNO", "NGO...". The sentence count is the one
`dyad code` prints on stderr. Issue 8 asks for these figures per source.
"""
import csv, json, os, re, subprocess, sys, tempfile


def codes(cameo_dir):
    out = set()
    for name in ('country_codes.csv', 'region_codes.csv'):
        path = os.path.join(cameo_dir, name)
        if not os.path.exists(path):
            continue
        with open(path, newline='') as f:
            for row in csv.reader(f):
                if row and re.fullmatch(r'[A-Z]{3}', row[0]):
                    out.add(row[0])
    if not out:
        sys.exit('no country codes under %s' % cameo_dir)
    return out


def main():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        extra = argv[argv.index('--') + 1:]
        argv = argv[:argv.index('--')]
    dyad = 'build/dyad'
    if '--dyad' in argv:
        i = argv.index('--dyad')
        dyad = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 3:
        sys.exit(__doc__)
    news, cameo, prefixes = argv[0], argv[1], argv[2:]
    states = codes(cameo)
    for p in prefixes:
        with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as tmp:
            n_stories = 0
            for line in open(news, encoding='utf-8'):
                if json.loads(line).get('id', '').startswith(p):
                    tmp.write(line)
                    n_stories += 1
        r = subprocess.run([dyad, 'code'] + extra + [tmp.name], capture_output=True, text=True)
        os.unlink(tmp.name)
        m = re.search(r'(\d+) sentences', r.stderr)
        sents = int(m.group(1)) if m else 0
        ev = [json.loads(l) for l in r.stdout.splitlines() if '"type":"event"' in l]
        both = sum(1 for e in ev if e['source'][:3] in states and e['target'][:3] in states)
        print('%-14s stories %5d  sentences %7d  events %6d  per 100 sentences %5.1f  both sides a country %5.1f%%'
              % (p, n_stories, sents, len(ev), 100.0 * len(ev) / sents if sents else 0,
                 100.0 * both / len(ev) if ev else 0))


if __name__ == '__main__':
    main()
