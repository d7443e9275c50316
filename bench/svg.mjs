// @ts-nocheck -- plain Node script (see bench/README.md)
// The alignment-scaling chart: log-log, align time against articles, for
// stories given and stories inferred, with a slope-1 reference line.

const W = 640
const H = 400
const M = {left: 70, right: 170, top: 40, bottom: 55}

/** An SVG document for the `sizes` entries of bench/results/latest.json (scaling). */
export function scalingSvg(sizes) {
  const series = [
    {name: 'stories given', color: '#1f77b4', points: sizes.map((s) => [s.articles, s.given.medianMs / 1000])},
    {name: 'stories inferred', color: '#d62728', points: sizes.map((s) => [s.articles, s.inferred.medianMs / 1000])}
  ]
  const xs = sizes.map((s) => s.articles)
  const ys = series.flatMap((s) => s.points.map((p) => p[1])).filter((y) => y > 0)
  const x0 = Math.floor(Math.log10(Math.min(...xs)))
  const x1 = Math.ceil(Math.log10(Math.max(...xs)))
  const y0 = Math.floor(Math.log10(Math.min(...ys)))
  const y1 = Math.ceil(Math.log10(Math.max(...ys)))
  const px = (x) => M.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (W - M.left - M.right)
  const py = (y) => H - M.bottom - ((Math.log10(Math.max(y, 10 ** y0)) - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom)
  const out = []
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`)
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`)
  out.push(`<text x="${M.left}" y="22" font-size="14" font-weight="bold">Alignment time against articles (log-log)</text>`)
  for (let e = x0; e <= x1; e++) {
    const x = px(10 ** e)
    out.push(`<line x1="${x}" y1="${M.top}" x2="${x}" y2="${H - M.bottom}" stroke="#ddd"/>`)
    out.push(`<text x="${x}" y="${H - M.bottom + 18}" text-anchor="middle">${(10 ** e).toLocaleString('en')}</text>`)
  }
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e)
    out.push(`<line x1="${M.left}" y1="${y}" x2="${W - M.right}" y2="${y}" stroke="#ddd"/>`)
    out.push(`<text x="${M.left - 8}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)} s</text>`)
  }
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">articles</text>`)
  out.push(`<text x="18" y="${(M.top + H - M.bottom) / 2}" text-anchor="middle" transform="rotate(-90 18 ${(M.top + H - M.bottom) / 2})">align time (s)</text>`)
  // Slope-1 reference through the given series at 1,000 articles (or its first point).
  const anchor = series[0].points.find((p) => p[0] === 1000) ?? series[0].points[0]
  if (anchor) {
    const [ax, ay] = anchor
    const a = [10 ** x0, (ay * 10 ** x0) / ax]
    const b = [10 ** x1, (ay * 10 ** x1) / ax]
    out.push(`<line x1="${px(a[0])}" y1="${py(a[1])}" x2="${px(b[0])}" y2="${py(b[1])}" stroke="#999" stroke-dasharray="4 4"/>`)
  }
  series.forEach((s, k) => {
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${s.points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`)
    for (const [x, y] of s.points) out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3.5" fill="${s.color}"><title>${x} articles: ${y.toFixed(3)} s</title></circle>`)
    const ly = M.top + 20 + k * 20
    out.push(`<line x1="${W - M.right + 12}" y1="${ly - 4}" x2="${W - M.right + 32}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"/><text x="${W - M.right + 38}" y="${ly}">${s.name}</text>`)
  })
  const ly = M.top + 20 + series.length * 20
  out.push(`<line x1="${W - M.right + 12}" y1="${ly - 4}" x2="${W - M.right + 32}" y2="${ly - 4}" stroke="#999" stroke-dasharray="4 4"/><text x="${W - M.right + 38}" y="${ly}">slope 1 (linear)</text>`)
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
