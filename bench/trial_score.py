#!/usr/bin/env python3
"""Score `dyad code --report-skipped` on whole news stories against a gold file.

usage: bench/trial_score.py STORIES.jsonl GOLD.json [--dyad PATH] [--out OUT.jsonl] [-v]

GOLD.json (kept outside the repository with the stories, which are copyrighted):
  {"furniture": [{"story", "keys": [text pieces in order], "required": bool}],
   "quotes":    [{"story", "n", "begins", "names": [words], "codes": [codes], "attributed": bool}],
   "events":    [{"story", "source": [CCC], "target": [CCC], "roots": ["19"], "date", "place", "negated"}]}
Figures:
  furniture  events/statements whose verb or quote lies in a furniture span (should be 0),
             and furniture spans (all key pieces found in the text) >= 80% covered by skipped records;
  quotes     gold quotes with an attribution: found as a direct statement, speaker_text or
             speaker_entity (the resolved name of "he") sharing a word with the gold names, speaker code equal to a gold code (and 'lenient': same
             first 6 letters, e.g. ISRGOVMIL ~ ISRGOV);
  events     each gold event matched to dyad's event of the same story whose source/target
             countries (first 3 letters) agree with gold, preferring the same CAMEO root; of those
             matched, root right (one of gold's roots), date right (gold YYYY-MM matches any day in it) and place right (name, or
             null when gold is null).
"""
import argparse, json, re, subprocess, sys, unicodedata

def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    s = s.translate(str.maketrans({'“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-'}))
    return s

def find_spans(text, keys):
    """Byte spans [b, e) (dyad's spans are input byte offsets) where the key pieces occur in
    order (each occurrence of the first); found on characters, then converted."""
    t = norm(text).lower(); out = []
    k0 = norm(keys[0]).lower()
    pat = re.escape(k0) if len(k0) >= 15 else r'(?m)^\s*' + re.escape(k0) + r'\s*$'
    for m in re.finditer(pat, t):
        b, e = m.start(), m.end()
        for k in keys[1:]:
            j = t.find(norm(k).lower(), e)
            if j < 0 or j - e > 600: break
            e = j + len(k)
        out.append((len(text[:b].encode()), len(text[:e].encode())))
    return out

def inside(span, spans):
    return span is not None and any(b <= span[0] and span[1] <= e for b, e in spans)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('stories'); ap.add_argument('gold')
    ap.add_argument('--dyad', default='build/dyad'); ap.add_argument('--out')
    ap.add_argument('-v', action='store_true')
    a = ap.parse_args()
    stories = {}
    for line in open(a.stories):
        d = json.loads(line); stories[d['id']] = d['text']
    gold = json.load(open(a.gold))
    out = subprocess.run([a.dyad, 'code', '--report-skipped', a.stories], capture_output=True, text=True, check=True).stdout
    if a.out: open(a.out, 'w').write(out)
    recs = [json.loads(l) for l in out.splitlines() if l.strip()]
    ev = [r for r in recs if r.get('type') == 'event']
    st = [r for r in recs if r.get('type') == 'statement']
    sk = [r for r in recs if r.get('type') == 'skipped']
    log = (lambda *x: print(*x)) if a.v else (lambda *x: None)

    # (a) furniture
    fspans = {}; dropped = {True: [0, 0], False: [0, 0]}
    for f in gold['furniture']:
        sp = find_spans(stories[f['story']], f['keys'])
        if not sp: log('furniture not found in text:', f['story'], f['keys'][0][:40]); continue
        fspans.setdefault((f['story'], f['required']), []).extend(sp)
        cov = [s['span'] for s in sk if s['doc_id'] == f['story']]
        for b, e in sp:
            got = sum(max(0, min(e, ce) - max(b, cb)) for cb, ce in cov)
            ok = got >= 0.8 * (e - b)
            dropped[f['required']][0] += ok; dropped[f['required']][1] += 1
            if not ok: log('furniture kept:', f['story'], '|', stories[f['story']].encode()[b:e].decode(errors='replace')[:70].replace('\n', ' '))
    def from_furn(r, req):
        s = fspans.get((r['doc_id'], req), [])
        sp = r['evidence']['spans'] if r['type'] == 'event' else r['spans']
        keys = ('verb', 'source', 'target') if r['type'] == 'event' else ('quote',)
        return any(inside(tuple(sp[k]), s) for k in keys if sp.get(k))
    fe = {req: [r for r in ev if from_furn(r, req)] for req in (True, False)}
    fs = {req: [r for r in st if from_furn(r, req)] for req in (True, False)}
    for r in fe[True]: log('furniture event:', r['doc_id'], r['source'], r['target'], r['code'], r['date'], '|', r['evidence']['sentence_text'][:60])
    for r in fs[True]: log('furniture statement:', r['doc_id'], r['speaker'], '|', r['quote'][:50])

    # (b) quotes
    qn = qt = qc = ql = qf = 0
    for q in gold['quotes']:
        if not q['attributed']: continue
        qn += 1
        key = norm(q['begins']).strip(' "\'').lower()[:25]
        # a short key ("illegal") must open the quote, or it would match
        # inside another, longer quote
        at = lambda t: t.startswith(key) if len(key) < 15 else key in t
        cand = [s for s in st if s['doc_id'] == q['story'] and s.get('direct')
                and at(norm(s['quote']).lower().strip(' "\''))]
        if not cand:
            log('quote missing:', q['story'], q['n'], q['begins'][:40]); continue
        qf += 1; s = cand[0]
        words = {re.sub(r"'s$", '', norm(w).lower()) for w in q['names']}
        stxt = {re.sub(r"'s$", '', w.lower()) for w in re.findall(r"[\w'-]+", norm((s.get('speaker_text') or '') + ' ' + (s.get('speaker_entity') or '')))}
        t = bool(words & stxt); c = (s.get('speaker') or '') in q['codes']
        l = any((s.get('speaker') or '')[:6] == g[:6] for g in q['codes'])
        qt += t; qc += c; ql += l
        if not (t and c): log('quote speaker:', q['story'], q['n'], q['begins'][:30], '| gold', q['names'], q['codes'], '| dyad', s.get('speaker_text'), s.get('speaker'))

    # (c) events
    en = dr = pr = rr = 0
    for g in gold['events']:
        if g.get('negated'): continue
        cands = [r for r in ev if r['doc_id'] == g['story'] and r['source'][:3] in g['source']
                 and (not g['target'] or r['target'][:3] in g['target']) and not from_furn(r, True)]
        if not cands: log('event not found:', g['story'], g['source'], g['target'], g['roots']); continue
        cands.sort(key=lambda r: (r['root'] not in g['roots'], r['sentence']))
        r = cands[0]; en += 1
        d_ok = g['date'] is None or (r['date'] or '').startswith(g['date'])
        loc = r.get('location') or {}
        p_ok = (not loc) if g['place'] is None else bool(loc) and g['place'].lower() == (loc.get('name') or '').lower()
        dr += d_ok; pr += p_ok; rr += r['root'] in g['roots']
        if not (d_ok and p_ok): log('event:', g['story'], r['source'], r['target'], r['code'], '| date', r['date'], 'gold', g['date'], '| place', loc.get('name'), 'gold', g['place'])

    pc = lambda x, n: '%d/%d (%.0f%%)' % (x, n, 100.0 * x / n if n else 0)
    print('furniture events (required spans):', len(fe[True]), ' statements:', len(fs[True]))
    print('headline events/statements:', len(fe[False]), '/', len(fs[False]))
    print('furniture spans dropped (required):', pc(*dropped[True]), ' headlines etc.:', pc(*dropped[False]))
    print('quotes found as direct statements:', pc(qf, qn))
    print('quotes right speaker by text:', pc(qt, qn), ' by code:', pc(qc, qn), ' code lenient:', pc(ql, qn))
    print('gold events found:', pc(en, sum(1 for g in gold['events'] if not g.get('negated'))))
    print('of those, root right:', pc(rr, en), ' date right:', pc(dr, en), ' place right:', pc(pr, en))

if __name__ == '__main__':
    main()
