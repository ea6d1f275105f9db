using System.Collections.Concurrent;
using SciMuseum.Core.Reporting;
using SciMuseum.Reports.Charts;
using SciMuseum.Reports.Documents;

namespace SciMuseum.Web.Reporting;

/// <summary>
/// A composed report laid out as a document and written as PDF, DOCX or HTML. Generation of one museum's report for one
/// year runs one at a time (a second request waits for the first), so two clicks never write two files at once.
/// </summary>
public static class ReportFiles
{
    public static readonly IReadOnlyList<string> Formats = ["pdf", "docx", "html"];

    private static readonly ConcurrentDictionary<(Guid, int, string), SemaphoreSlim> Gates = new();

    public static async Task<T> OneAtATimeAsync<T>(Guid museumId, int year, string kind, Func<Task<T>> work, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd((museumId, year, kind), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try { return await work(); }
        finally { gate.Release(); }
    }

    public static ReportDocument Document(ComposeReport.Outcome outcome)
    {
        var t = outcome.Template;
        var format = ReportFormat.Default with
        {
            TitleFace = t.TitleFace, HeadingFace = t.HeadingFace, BodyFace = t.BodyFace,
            TitleSizePt = (double)t.TitleSizePt, BodySizePt = (double)t.BodySizePt, LineSpacing = (double)t.LineSpacing,
        };
        var builder = new ReportBuilder(new ReportCover(outcome.Title, outcome.Context.MuseumName, outcome.Context.DateLine), format);
        foreach (var block in outcome.Report.Blocks)
        {
            switch (block)
            {
                case ComposedHeading h: builder.Heading(h.Level, h.Text); break;
                case ComposedParagraph p: builder.Paragraph(p.Text); break;
                case ComposedSignature s: builder.Signature(s.Organisation, s.DateLine); break;
                case ComposedPageBreak: builder.PageBreak(); break;
                case ComposedData { Data: ReportTableData d }: builder.Table(d.Caption, d.Header, d.Rows, d.Widths, d.Numeric); break;
                case ComposedData { Data: ReportSeriesData d }: builder.Chart(BarChart.Block(d.Values, d.Labels, d.Unit, d.Caption)); break;
            }
        }
        return builder.Build();
    }

    public static (byte[] Content, string ContentType) Write(ReportDocument document, string format) => (format switch
    {
        "pdf" => PdfReportWriter.Write(document),
        "docx" => DocxReportWriter.Write(document),
        _ => System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Page(document)),
    }, ContentType(format));

    public static string ContentType(string format) => format switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/html; charset=utf-8",
    };

    public static string FileName(ComposeReport.Outcome outcome, string format) =>
        outcome.Context.AsOf is { } at
            ? $"{outcome.Context.Year}年度{ReportKinds.Names[outcome.Template.Kind]}（截至{at.Month}月{at.Day}日）.{format}"
            : $"{outcome.Context.Year}年度{ReportKinds.Names[outcome.Template.Kind]}.{format}";
}
