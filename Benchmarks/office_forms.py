#!/usr/bin/env python3
"""Header, signer, citation and deadline fields on hand-made pages of many kinds of offices.

usage: python3 Benchmarks/office_forms.py [--vanthu .build/release/vanthu] [--sets set1,set2,set3,set4] [--details]

`Benchmarks/office-forms/setN/texts/*.txt` are pages written by hand in the forms Vietnamese
offices print (People's Committees at every level, departments, schools and universities,
hospitals, courts, procuracies, police and army commands, Party committees, the Fatherland Front
and the unions, tax, customs, treasury, social insurance, banks, state companies), as OCR text;
`truth.json` holds each page's number, type, date, issuer and parent, signer and title, cited
numbers and deadlines. Each set was written by someone who had not read the parser, then held
out: set1 found the issuer, signer and deadline forms fixed in the sixteenth session, set2 was
held out for the first round of fixes and then used, set3 for the first two, set4 for all of
them (never used; see Benchmarks/RESULTS.md, "Forms of every kind of office"). A new set is the
only fair test of a new rule.

It runs `vanthu parse --json` on a set's texts and prints, per field, the pages right (issuer and
parent compared without case, marks or the usual abbreviations: UBND, LĐLĐ, BHXH, …), and the
citation and deadline dates found, missed and extra.
"""
import argparse, json, pathlib, re, subprocess, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent


def score_set(truth, OUT, details):
    outs = {}
    for line in open(OUT):
        o = json.loads(line); outs[o['source']['path'].split('/')[-1]] = o

    ABBR = [(r'\bubnd\b', 'uy ban nhan dan'), (r'\bbch\b', 'ban chap hanh'), (r'\bksnd\b', 'kiem sat nhan dan'),
            (r'\btnhh\b', 'trach nhiem huu han'), (r'\bmtv\b', 'mot thanh vien'), (r'\btp\.?\s*', 'thanh pho '), (r'\bhcm\b', 'ho chi minh'),
            (r'\bgd&dt\b', 'giao duc va dao tao'), (r'\bgddt\b', 'giao duc va dao tao'),
            (r'\blhpn\b', 'lien hiep phu nu'), (r'\bmttq\b', 'mat tran to quoc'), (r'\bub\b', 'uy ban'),
            (r'\bchqs\b', 'chi huy quan su'), (r'\bldld\b', 'lien doan lao dong'), (r'\btand\b', 'toa an nhan dan'),
            (r'\bvksnd\b', 'vien kiem sat nhan dan'), (r'\bccb\b', 'cuu chien binh'), (r'\bnhnn\b', 'ngan hang nha nuoc'),
            (r'\bbhxh\b', 'bao hiem xa hoi'), (r'\bdhqg\b', 'dai hoc quoc gia'), (r'\bthpt\b', 'trung hoc pho thong'),
            (r'\bkcn\b', 'khu cong nghiep'), (r'\bkbnn\b', 'kho bac nha nuoc'), (r'\btw\b', 'trung uong'),
            (r'\bbch\b', 'ban chap hanh'), (r'\bhnd\b', 'hoi nong dan'), (r'\bca\b', 'cong an'),
            (r'\bdh\b', 'dai hoc'), (r'\btncs\b', 'thanh nien cong san'), (r'\bnn&mt\b', 'nong nghiep va moi truong'),
            # probe18 additions
            (r'\bnn&ptnt\b', 'nong nghiep va phat trien nong thon'), (r'\bnn va ptnt\b', 'nong nghiep va phat trien nong thon'),
            (r'\bthcs\b', 'trung hoc co so'), (r'\bctd\b', 'chu thap do'), (r'\bkh&cn\b', 'khoa hoc va cong nghe'),
            (r'\bvn\b', 'viet nam')]
    def fold(s):
        if s is None: return ''
        s = unicodedata.normalize('NFD', s.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D'))
        s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
        for a, b in ABBR: s = re.sub(a, b, s)
        s = re.sub(r'[^a-z0-9/ -]', ' ', s)
        s = re.sub(r'(^|\s)-+(?=\s|$)', ' ', s)  # a free-standing dash is a separator, not content
        return re.sub(r'\s+', ' ', s).strip()
    def canon(n):
        if n is None: return None
        n = unicodedata.normalize('NFC', n).replace('Ð', 'Đ').replace('–', '-').replace('—', '-')
        return re.sub(r'\s*([/-])\s*', r'\1', n).strip().upper()

    fields = ['number', 'type', 'date', 'issuer', 'parent', 'signer', 'title', 'citations', 'deadlines']
    score = {f: [0, 0] for f in fields}
    cit_tp = cit_fn = cit_fp = dl_tp = dl_fn = dl_fp = 0
    for name in sorted(truth):
        t = truth[name]; o = outs.get(name)
        if o is None: print('MISSING', name); continue
        bad = []
        def check(f, ok, got, exp):
            score[f][1] += 1
            if ok: score[f][0] += 1
            else: bad.append(f'{f}: got {got!r} expected {exp!r}')
        if t['number'] is None:
            check('number', o.get('number') is None or not re.search(r'\d', o.get('number')), o.get('number'), None)
        else:
            check('number', canon(o.get('number')) == canon(t['number']), o.get('number'), t['number'])
        check('type', fold(o.get('type')) == fold(t['type']), o.get('type'), t['type'])
        check('date', o.get('date') == t['date'], o.get('date'), t['date'])
        gi, gp = fold(o.get('issuer')), fold(o.get('parentIssuer'))
        cands = [fold(x) for x in [t['issuer']] + t.get('issuer_alt', [])]
        def qual(rest):
            return re.fullmatch(r'(tinh|thanh pho|huyen|quan|xa|phuong) [a-z0-9 ]{2,25}', rest) is not None
        ok = bool(gi) and any(gi == c or (gi.startswith(c + ' ') and qual(gi[len(c)+1:])) for c in cands)
        check('issuer', ok, o.get('issuer'), t['issuer'])
        low = lambda x: unicodedata.normalize('NFC', x or '').lower().replace('ð', 'đ')
        if ok and not any(low(o.get('issuer')).startswith(low(c)) for c in [t['issuer']] + t.get('issuer_alt', [])):
            bad.append(f"issuer-fidelity (diacritics/case, not scored): got {o.get('issuer')!r}")
        if t.get('parent'):
            tp = fold(t['parent'])
            palts = [fold(x) for x in t.get('parent_alt', [])] + ([fold(t['issuer'])] + [fold(x) for x in t.get('issuer_alt', [])] if gp and gp != gi and gi.endswith(gp) else [])
            okp = bool(gp) and (gp == tp or gp in palts or (gp.startswith(tp) and qual(gp[len(tp)+1:]) if gp.startswith(tp + ' ') else False))
            check('parent', okp, o.get('parentIssuer'), t['parent'])
        if not t.get('parent') and o.get('parentIssuer'):
            bad.append(f"parent-extra (truth null, not scored): got {o.get('parentIssuer')!r}")
        sg = (o.get('signer') or {}).get('name')
        check('signer', fold(sg) in [fold(x) for x in [t['signer']] + t.get('signer_alt', [])], sg, t['signer'])
        if sg and fold(sg) in [fold(x) for x in [t['signer']] + t.get('signer_alt', [])] and not any(low(sg) == low(x) for x in [t['signer']] + t.get('signer_alt', [])):
            bad.append(f'signer-fidelity (diacritics, not scored): got {sg!r}')
        st = (o.get('signer') or {}).get('title')
        tf = lambda x: re.sub(r'[^a-z]', '', fold(x))
        check('title', tf(st) == tf(t['signer_title']), st, t['signer_title'])
        got = {canon(c['number']) for c in o.get('citations', []) if c.get('number')}
        exp = {canon(x) for x in t['citations']}
        neutral = {canon(x) for x in t.get('neutral_citations', [])}
        fn, fp = exp - got, got - exp - neutral
        cit_tp += len(exp & got); cit_fn += len(fn); cit_fp += len(fp)
        check('citations', not fn and not fp, f'missing {sorted(fn)} extra {sorted(fp)}', sorted(exp))
        gd = [d['date'] for d in o.get('deadlines', []) if d.get('date')]
        gds, eds = set(gd), set(t['deadlines'])
        dl_tp += len(gds & eds); dl_fn += len(eds - gds); dl_fp += len(gds - eds)
        extra = [(d['date'], d['text'][-90:]) for d in o.get('deadlines', []) if d.get('date') and d['date'] not in eds]
        check('deadlines', gds == eds, f'missing {sorted(eds - gds)} extra {extra}', sorted(eds))
        if bad and details:
            print('==', name)
            for b in bad: print('   ', b)
    print()
    for f in fields: print(f'{f:10s} {score[f][0]}/{score[f][1]}')
    print(f'citation numbers: tp={cit_tp} fn={cit_fn} fp={cit_fp}')
    print(f'deadline dates:   tp={dl_tp} fn={dl_fn} fp={dl_fp}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanthu", default=str(ROOT / ".build" / "release" / "vanthu"))
    ap.add_argument("--sets", default="set1,set2,set3,set4")
    ap.add_argument("--details", action="store_true", help="print each page's wrong fields")
    a = ap.parse_args()
    for name in a.sets.split(","):
        d = ROOT / "Benchmarks" / "office-forms" / name
        truth = json.loads((d / "truth.json").read_text())
        out = pathlib.Path("/tmp") / f"vanthu-office-forms-{name}.jsonl"
        texts = sorted(str(p) for p in (d / "texts").glob("*.txt"))
        with open(out, "w") as f:
            subprocess.run([a.vanthu, "parse", "--json", *texts], stdout=f, stderr=subprocess.DEVNULL, check=False)
        print(f"## {name} ({len(truth)} pages)")
        score_set(truth, out, a.details)
        print()


if __name__ == "__main__":
    main()
