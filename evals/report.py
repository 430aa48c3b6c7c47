"""A self-contained HTML report of one evaluation run (no external scripts, fonts or images)."""

from __future__ import annotations

import html
import json
from typing import Any

from .gate import GateResult
from .metrics import percentile
from .runner import CaseResult, RunResult


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def bars_svg(title: str, series: dict[str, dict[str, float]], width: int = 640) -> str:
    """Grouped horizontal bars: {category: {metric: value in 0..1}}."""
    metrics = sorted({m for v in series.values() for m in v})
    colors = ["#2563eb", "#16a34a", "#d97706", "#9333ea"]
    row, label_w, bar_w = 16, 130, width - 200
    height = 30 + len(series) * (len(metrics) * row + 10) + 20
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_e(title)}">',
           f'<text x="0" y="16" font-weight="bold">{_e(title)}</text>']
    y = 30
    for cat, values in series.items():
        out.append(f'<text x="0" y="{y + row * len(metrics) / 2 + 4}" font-size="12">{_e(cat)}</text>')
        for i, m in enumerate(metrics):
            v = max(0.0, min(1.0, values.get(m, 0.0)))
            w = v * bar_w
            out.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{row - 3}" fill="{colors[i % 4]}">'
                       f"<title>{_e(cat)} {_e(m)}: {v:.3f}</title></rect>")
            out.append(f'<text x="{label_w + w + 4:.1f}" y="{y + row - 5}" font-size="11">{v:.2f}</text>')
            y += row
        y += 10
    lx = 0
    for i, m in enumerate(metrics):
        out.append(f'<rect x="{lx}" y="{y}" width="10" height="10" fill="{colors[i % 4]}"/>'
                   f'<text x="{lx + 14}" y="{y + 9}" font-size="11">{_e(m)}</text>')
        lx += 20 + 7 * len(m)
    out.append("</svg>")
    return "".join(out)


def histogram_svg(title: str, values_ms: list[float], width: int = 640, bins: int = 20) -> str:
    if not values_ms:
        return ""
    hi = max(values_ms) or 1.0
    counts = [0] * bins
    for v in values_ms:
        counts[min(bins - 1, int(v / hi * bins))] += 1
    top = max(counts)
    h, bw = 140, (width - 40) / bins
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h + 50}" role="img" aria-label="{_e(title)}">',
           f'<text x="0" y="16" font-weight="bold">{_e(title)}</text>']
    for i, c in enumerate(counts):
        bh = c / top * h if top else 0
        out.append(f'<rect x="{20 + i * bw:.1f}" y="{25 + h - bh:.1f}" width="{bw - 2:.1f}" height="{bh:.1f}" fill="#2563eb">'
                   f"<title>{i * hi / bins:.1f}–{(i + 1) * hi / bins:.1f} ms: {c}</title></rect>")
    p50, p95 = percentile(values_ms, 0.5), percentile(values_ms, 0.95)
    for label, v in (("p50", p50), ("p95", p95)):
        x = 20 + v / hi * (width - 40)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="25" y2="{25 + h}" stroke="#dc2626" stroke-dasharray="4"/>'
                   f'<text x="{x + 3:.1f}" y="36" font-size="11" fill="#dc2626">{label} {v:.1f} ms</text>')
    out.append(f'<text x="20" y="{h + 45}" font-size="11">0 ms</text>'
               f'<text x="{width - 70}" y="{h + 45}" font-size="11">{hi:.1f} ms</text></svg>')
    return "".join(out)


CSS = """body{font-family:system-ui,sans-serif;margin:24px;color:#111}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top}th{background:#f3f4f6;text-align:left}
.pass{color:#15803d;font-weight:600}.fail{color:#b91c1c;font-weight:600}.up{color:#15803d}.down{color:#b91c1c}
.ok{background:#dcfce7;padding:6px 10px;display:inline-block}.bad{background:#fee2e2;padding:6px 10px;display:inline-block}
.cites{font-size:11px;color:#555}#filters{margin:8px 0}.small{font-size:12px;color:#555}"""

JS = """function applyFilter(){const q=document.getElementById('q').value.toLowerCase();
const s=document.getElementById('show').value;for(const tr of document.querySelectorAll('#cases tbody tr')){
const t=tr.textContent.toLowerCase();let ok=!q||t.includes(q);if(s==='fail')ok=ok&&tr.dataset.passed==='false';
if(s==='changed')ok=ok&&tr.dataset.change!=='';if(s!=='all'&&s!=='fail'&&s!=='changed')ok=ok&&tr.dataset.category===s;
tr.style.display=ok?'':'none';}}"""


def render(result: RunResult, baseline: dict[str, Any] | None, gate: GateResult | None) -> str:
    base = (baseline or {}).get("metrics", {})
    rows = []
    for k, v in result.metrics.items():
        b = base.get(k)
        delta = "" if b is None else f"{v - b:+.4f}"
        cls = "" if b is None or abs(v - b) < 1e-9 else ("up" if (v > b) != k.startswith("latency") else "down")
        rows.append(f"<tr><td>{_e(k)}</td><td>{v:.4f}</td><td>{'' if b is None else f'{b:.4f}'}</td>"
                    f'<td class="{cls}">{delta}</td></tr>')
    changes = {}
    if gate:
        changes.update({i: "pass → fail" for i in gate.newly_failing})
        changes.update({i: "fail → pass" for i in gate.newly_passing})
        changes.update({i: "new" for i in gate.new_cases})
    case_rows = []
    for c in result.cases:
        cites = "<br>".join(f"[{x['marker']}] {_e(x.get('section') or x['source'])}" for x in c.citations)
        verdict = '<span class="pass">pass</span>' if c.passed else '<span class="fail">fail</span>'
        case_rows.append(
            f'<tr data-passed="{str(c.passed).lower()}" data-change="{_e(changes.get(c.id, ""))}" '
            f'data-category="{_e(c.category)}"><td>{_e(c.id)}</td><td>{_e(c.category)}</td>'
            f"<td>{_e(c.question)}{'<div class=small>searched: ' + _e(c.query) + '</div>' if c.query != c.question else ''}</td>"
            f"<td>{_e(c.answer)}</td><td class=cites>{cites}</td><td>{verdict}</td>"
            f"<td>{_e(changes.get(c.id, ''))}</td><td>{_credit(c)}</td><td>{c.hit1:.0f}/{c.rr:.2f}</td><td>{1000 * c.latency:.1f}</td></tr>")
    categories = "".join(f'<option value="{_e(k)}">{_e(k)}</option>' for k in result.by_category)
    # fact credit: the share of a case's expected fact groups that its answer holds (partial credit)
    bars = bars_svg("Per category", {k: {"pass rate": v["pass_rate"], "fact credit": v["fact_recall"],
                                         "hit@1": v["hit@1"]} for k, v in result.by_category.items()})
    hist = histogram_svg("ask latency", [1000 * c.latency for c in result.cases])
    status = ""
    if gate:
        text = _e(gate.summary(result)).replace("\n", "<br>")
        status = f'<p class="{"ok" if gate.ok else "bad"}">{text}</p>'
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Evaluation: {_e(result.suite)}</title>
<style>{CSS}</style></head><body>
<h1>Evaluation report: {_e(result.suite)}</h1>
<p class="small">{_e(result.started)} · {len(result.cases)} cases · settings <code>{_e(json.dumps(result.settings))}</code></p>
{status}
<h2>Metrics</h2><table><tr><th>metric</th><th>now</th><th>baseline</th><th>delta</th></tr>{''.join(rows)}</table>
<h2>Plots</h2>{bars}<br>{hist}
<h2>Questions</h2>
<div id="filters"><input id="q" placeholder="filter text" oninput="applyFilter()">
<select id="show" onchange="applyFilter()"><option value="all">all</option><option value="fail">failing</option>
<option value="changed">changed since baseline</option>{categories}</select></div>
<table id="cases"><thead><tr><th>id</th><th>category</th><th>question</th><th>answer</th><th>citations</th>
<th>result</th><th>change</th><th>facts</th><th>hit@1/RR</th><th>ms</th></tr></thead><tbody>{''.join(case_rows)}</tbody></table>
<script>{JS}</script></body></html>"""


def _credit(c: CaseResult) -> str:
    return f"{sum(c.facts)}/{len(c.facts)}" if c.facts else ""
