using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Reporting;

/// <summary>
/// A year's report composed from the museum's current template, its narratives for the year and every module's
/// records: what the check page lists and what the writers lay out. The date under the signature is the year's
/// narrative <c>date</c> when written (the seed: 2021年4月15日), else today.
/// </summary>
public static class ComposeReport
{
    public sealed record Outcome(ReportTemplate Template, ReportContext Context, string Title, ComposedReport Report, string DataHash);

    /// <param name="asOf">For the monitoring report, the day its figures run to (default: 30 June, or today if earlier); ignored by the others.</param>
    public static async Task<Result<Outcome>> HandleAsync(MuseumDb db, ReportComposer composer, int year, string kind,
        TimeProvider clock, CancellationToken ct, DateOnly? asOf = null)
    {
        if (!Plausible.IsYear(year)) return Refusal.OnField("year", Plausible.YearMessage, Plausible.YearMessage);
        if (!ReportKinds.Names.ContainsKey(kind))
            return Refusal.OnField("kind", "报告种类只能是 annual、monitoring 或 brief。", "The kind must be annual, monitoring or brief.");
        var today = MuseumClock.Today(clock);
        DateOnly? until = null;
        if (kind == ReportKinds.Monitoring)
        {
            var midYear = new DateOnly(year, 6, 30);
            until = asOf ?? (year == today.Year && today < midYear ? today : midYear);
            if (until.Value.Year != year)
                return Refusal.OnField("asOf", $"监控截止日应在 {year} 年内。", $"The monitoring date must fall in {year}.");
        }
        var template = await db.ReportTemplates.AsNoTracking().Where(t => t.Kind == kind)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
        if (template is null && ReportKinds.BuiltIn(kind) is { } builtIn)
            template = new ReportTemplate { Kind = kind, Version = 0, Title = builtIn.Title, Text = builtIn.Text, Note = "系统提供的标准模板" };
        if (template is null)
            return Refusal.Because("no-template", "本馆还没有这种报告的模板：请先在「绩效评价报告」页保存模板。",
                "This museum has no template for this report yet: save one on the report page first.");
        var museum = await db.Museums.AsNoTracking().FirstAsync(m => m.Id == db.User.MuseumId, ct);
        var narratives = await db.ReportNarratives.AsNoTracking().Where(n => n.Year == year).ToDictionaryAsync(n => n.Key, n => n.Text, ct);
        // The annual report is signed on the year's date narrative (the seed: 2021年4月15日); the others on the day they are written.
        var dateLine = kind == ReportKinds.Annual && narratives.TryGetValue("date", out var d) && d.Trim().Length > 0
            ? d.Trim() : $"{today.Year}年{today.Month}月{today.Day}日";
        var context = new ReportContext(year, museum.Name, dateLine, narratives, until);

        var report = await composer.ComposeAsync(template.Text, context, ct);
        var title = (await composer.ComposeAsync(template.Title, context with { Narratives = new Dictionary<string, string>() }, ct))
            .Blocks.OfType<ComposedParagraph>().FirstOrDefault()?.Text ?? template.Title;
        return new Outcome(template, context, title, report, Hash(template, context, title, report));
    }

    /// <summary>SHA-256 of the template version, the composed text and every figure: equal hashes, equal reports.</summary>
    private static string Hash(ReportTemplate template, ReportContext context, string title, ComposedReport report)
    {
        var text = new StringBuilder().Append(template.Kind).Append('#').Append(template.Version).Append('@').Append(context.Period).Append('\n').Append(title).Append('\n');
        foreach (var block in report.Blocks) text.Append(System.Text.Json.JsonSerializer.Serialize<object>(block)).Append('\n');
        foreach (var figure in report.Figures) text.Append(figure.Source).Append('=').Append(figure.Value).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>Keep a generated report (file, template version, data hash) and list a year's history.</summary>
public static class ReportHistory
{
    public sealed record Item(Guid Id, string Kind, int Year, string Format, int TemplateVersion, string DataHash, string FileName,
        long SizeBytes, DateTime GeneratedAt, string GeneratedBy);

    public static async Task<GeneratedReport> RecordAsync(MuseumDb db, ComposeReport.Outcome outcome, string format, string fileName,
        byte[] content, TimeProvider clock, CancellationToken ct)
    {
        var report = db.GeneratedReports.Add(new GeneratedReport
        {
            Kind = outcome.Template.Kind, Year = outcome.Context.Year, Format = format, TemplateVersion = outcome.Template.Version,
            DataHash = outcome.DataHash, FileName = fileName, Content = content, SizeBytes = content.LongLength,
            GeneratedAt = clock.GetUtcNow().UtcDateTime, GeneratedBy = db.User.UserName ?? "",
        }).Entity;
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <param name="kind">One kind of report, or null for every kind.</param>
    public static Task<List<Item>> ListAsync(MuseumDb db, int year, string? kind, CancellationToken ct) =>
        db.GeneratedReports.AsNoTracking().Where(r => r.Year == year && (kind == null || r.Kind == kind)).OrderByDescending(r => r.GeneratedAt)
            .Select(r => new Item(r.Id, r.Kind, r.Year, r.Format, r.TemplateVersion, r.DataHash, r.FileName, r.SizeBytes, r.GeneratedAt, r.GeneratedBy))
            .Take(100).ToListAsync(ct);
}
