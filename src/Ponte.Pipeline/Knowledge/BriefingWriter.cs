using System.Globalization;
using System.Net;
using System.Text;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Knowledge;

/// <summary>
/// Writes a self-contained HTML briefing: top stories with their languages, new entities, the timeline and indicator charts
/// (inline SVG), every fact linked to its source document and sentence. No script, no external resource.
/// </summary>
public static class BriefingWriter
{
    /// <summary>Renders the briefing for the period [<paramref name="from"/>, <paramref name="to"/>] (either may be open).</summary>
    public static string Render(KnowledgeViews views, IReadOnlyDictionary<string, Document> documents, PartialDate? from, PartialDate? to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(views);
        var html = new StringBuilder();
        var period = from is null && to is null ? "all dates" : $"{from?.ToString() ?? "…"} to {to?.ToString() ?? "…"}";
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ponte briefing</title><style>")
            .Append("body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}")
            .Append("h1{font-size:1.6rem}h2{border-bottom:1px solid #ccd;margin-top:2rem}.lang{display:inline-block;background:#e8eef8;border-radius:3px;padding:0 .4em;margin-right:.2em;font-size:.8em}")
            .Append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3em;text-align:left;vertical-align:top}")
            .Append("blockquote{margin:.3em 0 .3em 1em;color:#445;font-size:.9em}.src{font-size:.8em;color:#667}svg{background:#fafbff}")
            .Append("</style></head><body>");
        html.Append("<h1>Ponte briefing</h1><p>Period: ").Append(E(period)).Append(". Generated ")
            .Append(E(now.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append(".</p>");

        var stories = views.Stories.Where(s => InPeriod(s.LastSeen ?? s.FirstSeen, from, to)).Take(10).ToArray();
        html.Append("<h2>Top stories</h2><ol>");
        foreach (var s in stories)
        {
            html.Append("<li><strong>").Append(E(s.Title)).Append("</strong> ");
            foreach (var l in s.Languages)
            {
                html.Append("<span class=\"lang\">").Append(E(l)).Append("</span>");
            }

            html.Append(" <span class=\"src\">").Append(E(s.FirstSeen?.ToString() ?? "undated")).Append(" · ")
                .Append(s.Documents.Count).Append(" versions: ")
                .Append(string.Join(", ", s.Documents.Select(d => $"<a href=\"#doc-{d.Id[..12]}\">{E(d.Source ?? d.File ?? d.Id[..12])}</a>")))
                .Append("</span></li>");
        }

        html.Append("</ol>");

        var inPeriodDocs = documents.Values.Where(d => InPeriod(d.Published, from, to)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var entities = views.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Initiative
            && e.Documents.Any(inPeriodDocs.Contains)).Take(30).ToArray();
        html.Append("<h2>Entities</h2><table><tr><th>name</th><th>type</th><th>also written</th><th>roles</th><th>documents</th></tr>");
        foreach (var e in entities)
        {
            html.Append("<tr><td>").Append(E(e.Name)).Append("</td><td>").Append(E(e.Type.ToString().ToLowerInvariant())).Append("</td><td>")
                .Append(E(string.Join(", ", e.Names.Values.SelectMany(n => n).Where(n => n != e.Name).Distinct().Take(5)))).Append("</td><td>")
                .Append(E(string.Join("; ", e.Roles.Select(r => r.From is null ? r.Role : $"{r.Role} ({r.From})").Take(4)))).Append("</td><td>")
                .Append(string.Join(" ", e.Documents.Select(id => $"<a href=\"#doc-{id[..12]}\">{id[..6]}</a>"))).Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>Timeline</h2><table>");
        foreach (var entry in views.Timeline(null, from, to))
        {
            html.Append("<tr><td>").Append(E(entry.Date.ToString())).Append("</td><td>").Append(E(entry.What));
            foreach (var source in entry.Documents.Take(3))
            {
                html.Append("<blockquote>“").Append(E(source.Sentence ?? "")).Append("” <a class=\"src\" href=\"#doc-")
                    .Append(source.DocumentId[..12]).Append("\">").Append(E(source.File ?? source.DocumentId[..12]))
                    .Append(" @").Append(source.Start).Append('–').Append(source.End).Append("</a></blockquote>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>Indicators</h2>");
        // The series worth a chart first: those followed over more years, then told by more documents; a figure one
        // article gave once comes last.
        var charted = views.Indicators()
            .OrderByDescending(i => i.Points.Select(p => p.Year).Distinct().Count())
            .ThenByDescending(i => i.Points.SelectMany(p => p.Documents).Select(d => d.DocumentId).Distinct().Count())
            .Take(8);
        foreach (var indicator in charted)
        {
            html.Append("<h3>").Append(E(indicator.Name)).Append(" <span class=\"src\">").Append(E(indicator.Currency ?? indicator.Unit ?? "")).Append("</span></h3>");
            html.Append(Chart(indicator));
            html.Append("<ul>");
            foreach (var p in indicator.Points)
            {
                html.Append("<li>").Append(p.Year).Append(": ").Append(E($"{p.Qualifier} {p.Value.ToString("N0", CultureInfo.InvariantCulture)}".Trim())).Append(' ');
                foreach (var s in p.Documents.Take(2))
                {
                    html.Append("<a class=\"src\" href=\"#doc-").Append(s.DocumentId[..12]).Append("\" title=\"").Append(E(s.Sentence ?? "")).Append("\">[source]</a> ");
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2>Sources</h2><ul>");
        foreach (var d in documents.Values.OrderBy(d => d.Published?.Start))
        {
            html.Append("<li id=\"doc-").Append(d.Id[..12]).Append("\"><span class=\"lang\">").Append(E(d.Language.Code)).Append("</span>")
                .Append(E(d.Title ?? d.File ?? d.Id[..12])).Append(" <span class=\"src\">").Append(E(d.Source ?? "")).Append(' ')
                .Append(E(d.Published?.ToString() ?? "")).Append(' ').Append(E(d.File ?? "")).Append("</span></li>");
        }

        html.Append("</ul></body></html>\n");
        return html.ToString();
    }

    private static string Chart(Indicator indicator)
    {
        const int width = 520, height = 160, pad = 36;
        var points = indicator.Points;
        var minYear = points.Min(p => p.Year);
        var maxYear = Math.Max(points.Max(p => p.Year), minYear + 1);
        var maxValue = (double)points.Max(p => p.Value);
        if (maxValue <= 0)
        {
            maxValue = 1;
        }

        double X(int year) => pad + (year - minYear) * (width - 2 * pad) / (double)(maxYear - minYear);
        double Y(decimal value) => height - pad - (double)value / maxValue * (height - 2 * pad);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(indicator.Name)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{pad}\" y1=\"{height - pad}\" x2=\"{width - pad}\" y2=\"{height - pad}\" stroke=\"#889\"/>");
        var ordered = points.GroupBy(p => p.Year).OrderBy(g => g.Key).Select(g => (Year: g.Key, Value: g.Max(p => p.Value))).ToArray();
        if (ordered.Length > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#2a5db0\" stroke-width=\"2\" points=\"")
                .Append(string.Join(' ', ordered.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Year):0.#},{Y(p.Value):0.#}"))))
                .Append("\"/>");
        }

        foreach (var p in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.Year):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"4\" fill=\"#2a5db0\"><title>{p.Year}: {p.Value:N0}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(p.Year):0.#}\" y=\"{height - pad + 16}\" font-size=\"11\" text-anchor=\"middle\">{p.Year}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(p.Year):0.#}\" y=\"{Y(p.Value) - 8:0.#}\" font-size=\"10\" text-anchor=\"middle\">{Compact(p.Value)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Compact(decimal value) => value switch
    {
        >= 1_000_000_000 => (value / 1_000_000_000).ToString("0.#", CultureInfo.InvariantCulture) + " bn",
        >= 1_000_000 => (value / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + " m",
        _ => value.ToString("N0", CultureInfo.InvariantCulture),
    };

    private static bool InPeriod(PartialDate? date, PartialDate? from, PartialDate? to) =>
        date is null ? from is null && to is null : (from is null || date.End >= from.Start) && (to is null || date.Start <= to.End);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
