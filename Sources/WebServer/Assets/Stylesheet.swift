/// The site's stylesheet, served at `/assets/style.css` (no build step, no external fonts).
enum Stylesheet {
    static let css = #"""
        :root { --ink: #1d232b; --muted: #5d6875; --line: #d8dee6; --accent: #a4161a; --mark: #ffe066; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: #0b4f9c; }
        header.top { display: flex; align-items: center; gap: 2rem; padding: .6rem 1.5rem; background: var(--accent); }
        header.top a { color: #fff; text-decoration: none; }
        header.top .brand { font-weight: bold; font-size: 1.2rem; letter-spacing: .02em; }
        header.top nav { display: flex; gap: 1.2rem; }
        header.top nav a[aria-current] { border-bottom: 2px solid #fff; }
        main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.5rem; margin: .8rem 0; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
        .muted { color: var(--muted); }
        .error { color: #9b1c1c; background: #fdecec; border: 1px solid #f3c2c2; padding: .5rem .8rem; border-radius: 4px; }
        .notice { background: #fff8e1; border: 1px solid #f0d98a; padding: .5rem .8rem; border-radius: 4px; }
        form.search .box { display: flex; gap: .5rem; }
        form.search input[type=search] { flex: 1; font-size: 1.1rem; padding: .55rem .7rem; border: 1px solid #9aa6b2; border-radius: 4px; }
        button, .button { display: inline-block; font: inherit; padding: .45rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; text-decoration: none; cursor: pointer; }
        .button.subtle { background: #fff; color: var(--accent); }
        .filters { display: flex; flex-wrap: wrap; gap: .8rem 1.2rem; margin: .7rem 0; font-size: .9rem; color: var(--muted); }
        .filters input, .filters select { font: inherit; padding: .25rem .4rem; border: 1px solid #b8c2cc; border-radius: 3px; color: var(--ink); }
        ol.results { padding-left: 1.6rem; }
        li.result { background: #fff; border: 1px solid var(--line); border-radius: 5px; padding: .6rem .9rem; margin: .5rem 0; }
        .result-head a { font-weight: bold; font-size: 1.05rem; }
        .meta { color: var(--muted); font-size: .88rem; }
        .subject { margin: .2rem 0; }
        .snippet { color: #333; font-size: .92rem; }
        mark { background: var(--mark); padding: 0 1px; }
        .badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: 3px; background: #e7ecf2; color: #33414f; vertical-align: middle; }
        .badge.instrument { background: #dff3e4; color: #1e5631; }
        .badge.cites { background: #e3ecfb; color: #1c3f7a; }
        .badge.uncertain { background: #fdecc8; color: #6b4200; }
        .pager { display: flex; gap: 1.5rem; justify-content: center; margin: 1rem 0; }
        .lead { font-size: 1.1rem; margin-top: 0; }
        .actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        dl.fields { display: grid; grid-template-columns: 12rem 1fr; gap: .25rem 1rem; background: #fff; border: 1px solid var(--line); border-radius: 5px; padding: .8rem 1rem; }
        dl.fields dt { color: var(--muted); }
        dl.fields dd { margin: 0; }
        table.list { width: 100%; border-collapse: collapse; background: #fff; font-size: .9rem; }
        table.list th, table.list td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        table.list th { background: #eef1f4; }
        table.deadlines { table-layout: fixed; }
        table.deadlines col.when { width: 9rem; }
        table.deadlines col.who { width: 12rem; }
        table.deadlines col.doc { width: 15rem; }
        table.uploads { table-layout: fixed; }
        table.uploads th:nth-child(1) { width: 24%; }
        table.uploads th:nth-child(2) { width: 14%; }
        table.uploads th:nth-child(3) { width: 7%; }
        table.uploads th:nth-child(4) { width: 17%; }
        td.quote { color: #333; font-size: .85rem; }
        .page { margin: 1rem 0; }
        .page-body { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
        .scan-frame { margin: 0; flex: 1 1 480px; max-width: 620px; }
        .scan-frame:has(.scan.wide) { flex-basis: 100%; max-width: none; }
        .scan-frame figcaption { font-size: .85rem; }
        .scan { position: relative; border: 1px solid var(--line); background: #fff; cursor: zoom-in; }
        .scan.wide { cursor: zoom-out; }
        a.busy { opacity: .7; cursor: progress; }
        p.status { padding: .4rem .8rem; border-left: 4px solid #2563eb; background: #eff6ff; }
        p.status.void { border-left-color: #b91c1c; background: #fef2f2; font-weight: 600; }
        .scan img { display: block; width: 100%; height: auto; }
        .scan svg { position: absolute; inset: 0; width: 100%; height: 100%; }
        .scan rect { fill: rgba(255, 214, 0, .35); stroke: #e8a400; stroke-width: 3; }
        pre.text { flex: 1 1 420px; white-space: pre-wrap; word-wrap: break-word; background: #fff; border: 1px solid var(--line); border-radius: 5px; padding: .8rem 1rem; margin: 0; font: 14px/1.55 "DejaVu Sans", Arial, sans-serif; }
        .dropzone { border: 2px dashed #9aa6b2; border-radius: 8px; background: #fff; padding: 2rem; text-align: center; }
        .dropzone.over { border-color: var(--accent); background: #fff5f5; }
        tr.failed td:nth-child(2) { color: #9b1c1c; font-weight: bold; }
        tr.stored td:nth-child(2) { color: #1e5631; font-weight: bold; }
        tr.reading td:nth-child(2), tr.queued td:nth-child(2) { color: #7a5b00; }
        .graph { background: #fff; border: 1px solid var(--line); border-radius: 5px; padding: .5rem; overflow: auto; }
        .graph svg { max-width: 100%; height: auto; }
        section.warnings { margin: .8rem 0; padding: .4rem .8rem; border-left: 4px solid #b45309; background: #fffbeb; font-size: .95rem; }
        """#
}
