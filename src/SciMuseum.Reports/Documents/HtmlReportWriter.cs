using System.Globalization;
using System.Net;
using System.Text;

namespace SciMuseum.Reports.Documents;

/// <summary>
/// The report as HTML: a fragment the app's page shows, or a whole page with its own styles for download. Text is
/// escaped; charts are the same SVG the pages draw.
/// </summary>
public static class HtmlReportWriter
{
    public static string Page(ReportDocument document) =>
        $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(document.Cover.Title)}</title><style>{Styles}</style></head>
        <body>{Fragment(document)}</body></html>
        """;

    public static string Fragment(ReportDocument document)
    {
        var html = new StringBuilder("<article class=\"report\">");
        var cover = document.Cover;
        html.Append("<header class=\"report-cover\"><h1>").Append(E(cover.Title)).Append("</h1>");
        if (cover.Subtitle is { Length: > 0 }) html.Append("<p class=\"report-subtitle\">").Append(E(cover.Subtitle)).Append("</p>");
        html.Append("<p>").Append(E(cover.Organisation)).Append("</p><p>").Append(E(cover.DateLine)).Append("</p></header>");
        foreach (var block in document.Body) Append(html, block);
        return html.Append("</article>").ToString();
    }

    private static void Append(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Heading h:
                var tag = "h" + (h.Level + 1).ToString(CultureInfo.InvariantCulture);
                html.Append('<').Append(tag).Append('>').Append(E(h.Full)).Append("</").Append(tag).Append('>');
                break;
            case Paragraph p:
                html.Append(p.Bold ? "<p class=\"bold\">" : "<p>").Append(E(p.Text)).Append("</p>");
                break;
            case Table t:
                html.Append("<figure class=\"report-table\">");
                if (t.Caption is { Length: > 0 }) html.Append("<figcaption>").Append(E(t.Caption)).Append("</figcaption>");
                html.Append("<table><thead><tr>");
                foreach (var cell in t.Header) html.Append("<th>").Append(E(cell)).Append("</th>");
                html.Append("</tr></thead><tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    for (var i = 0; i < row.Count; i++)
                        html.Append(t.Numeric?.Contains(i) == true ? "<td class=\"num\">" : "<td>").Append(E(row[i])).Append("</td>");
                    html.Append("</tr>");
                }
                html.Append("</tbody></table></figure>");
                break;
            case Chart c:
                html.Append("<figure class=\"report-chart\">").Append(c.Svg).Append("<figcaption>").Append(E(c.Caption)).Append("</figcaption></figure>");
                break;
            case PageBreak:
                html.Append("<hr class=\"page-break\">");
                break;
            case Signature s:
                html.Append("<p class=\"signature\">").Append(E(s.Organisation)).Append("<br>").Append(E(s.DateLine)).Append("</p>");
                break;
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The report's styles, for a page that shows <see cref="Fragment"/>.</summary>
    public const string Styles = """
        body{margin:0;background:#f4f4f4;font-family:'FangSong','仿宋','LXGW WenKai','Noto Serif CJK SC',serif}
        .report{max-width:820px;margin:24px auto;background:#fff;padding:48px 56px;line-height:1.8;font-size:16px;color:#111}
        .report-cover{text-align:center;margin-bottom:40px}.report-cover h1{font-family:'SimSun','宋体',serif;font-size:28px}
        .report h2,.report h3,.report h4,.report h5{font-family:'SimHei','黑体',sans-serif;font-size:17px;margin:1.2em 0 .4em}
        .report p{text-indent:2em;margin:.3em 0}.report p.bold{font-weight:bold}
        .report figure{margin:1em 0}.report figcaption{text-align:center;font-size:14px;color:#444}
        .report table{border-collapse:collapse;width:100%;font-size:14px}.report th,.report td{border:1px solid #888;padding:3px 6px}
        .report th{background:#f0f0f0}.report td.num{text-align:right;font-variant-numeric:tabular-nums}
        .report .signature{text-align:right;text-indent:0;margin-top:3em}.report hr.page-break{border:0;border-top:1px dashed #ccc}
        """;
}
