using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Reporting;

/// <summary>/api/v1/reports: the annual evaluation report, the mid-year monitoring report and the leader's brief — their checks, files, templates and the year's narratives.</summary>
public static class ReportingApi
{
    private static readonly AuthorizeAttribute Readers = new() { Roles = Roles.PerformanceReaders };
    private static readonly AuthorizeAttribute Editors = new() { Roles = Roles.PerformanceEditors };

    public sealed record Check(int Year, string Title, int TemplateVersion, string DataHash, bool Complete,
        IReadOnlyList<TemplateProblem> Problems, IReadOnlyList<ReportFigure> Figures, IReadOnlyList<ReportFigure> Disagreements);

    public sealed record Bindings(IReadOnlyList<MetricDefinition> Metrics, IReadOnlyList<ReportValueDefinition> Values, IReadOnlyList<ReportBlockDefinition> Blocks);

    public static void MapReportingApi(this IEndpointRouteBuilder api)
    {
        var r = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(Readers);

        r.MapGet("/annual/check", (int? year, MuseumDb db, ReportComposer composer, TimeProvider clock, CancellationToken ct) =>
                CheckAsync(ReportKinds.Annual, year, null, db, composer, clock, ct)).WithName("CheckAnnualReport")
            .WithSummary("Every figure the year's report would print, with its source, and every problem that keeps it from being complete");
        r.MapGet("/annual", (int? year, string? format, MuseumDb db, ReportComposer composer, TimeProvider clock, CancellationToken ct) =>
                GenerateAsync(ReportKinds.Annual, year, null, format, db, composer, clock, ct)).RequireAuthorization(Editors).WithName("GenerateAnnualReport")
            .WithSummary("Write the year's report (?format=pdf|docx|html) from the records, keep it in the history and download it; 409 with the problems when incomplete");
        r.MapGet("/monitoring/check", (int? year, DateOnly? asOf, MuseumDb db, ReportComposer composer, TimeProvider clock, CancellationToken ct) =>
                CheckAsync(ReportKinds.Monitoring, year, asOf, db, composer, clock, ct)).WithName("CheckMonitoringReport")
            .WithSummary("The mid-year monitoring report's figures to a day (?asOf=, default 30 June) and its problems");
        r.MapGet("/monitoring", (int? year, DateOnly? asOf, string? format, MuseumDb db, ReportComposer composer, TimeProvider clock, CancellationToken ct) =>
                GenerateAsync(ReportKinds.Monitoring, year, asOf, format, db, composer, clock, ct)).RequireAuthorization(Editors).WithName("GenerateMonitoringReport")
            .WithSummary("Write the mid-year monitoring report (双监控: budget and goals to ?asOf=, default 30 June) as pdf, docx or html");
        r.MapGet("/brief/check", (int? year, MuseumDb db, ReportComposer composer, TimeProvider clock, CancellationToken ct) =>
                CheckAsync(ReportKinds.Brief, year, null, db, composer, clock, ct)).WithName("CheckBriefReport")
            .WithSummary("The leader's one-page brief: its figures and problems");
        r.MapGet("/brief", (int? year, string? format, MuseumDb db, ReportComposer composer, TimeProvider clock, CancellationToken ct) =>
                GenerateAsync(ReportKinds.Brief, year, null, format, db, composer, clock, ct)).RequireAuthorization(Editors).WithName("GenerateBriefReport")
            .WithSummary("Write the leader's one-page brief of the year as pdf, docx or html");
        r.MapGet("/annual/history", async (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Plausible.IsYear(year) ? Results.Ok(await ReportHistory.ListAsync(db, year ?? MuseumClock.Today(clock).Year - 1, ReportKinds.Annual, ct)) : Problems.Field("year", Plausible.YearMessage))
            .WithName("ListGeneratedReports").WithSummary("Reports generated for a year, newest first, with their template version and data hash");
        r.MapGet("/generated/{id:guid}", async (Guid id, MuseumDb db, CancellationToken ct) =>
                await db.GeneratedReports.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is { } g
                    ? Results.File(g.Content, ReportFiles.ContentType(g.Format), g.FileName)
                    : Problems.NotFound("本馆没有这份报告。", "No such report in this museum."))
            .WithName("DownloadGeneratedReport").WithSummary("A report as it was generated");
        r.MapGet("/bindings", (MetricRegistry metrics, ReportBlockRegistry blocks) =>
                TypedResults.Ok(new Bindings(metrics.Definitions, blocks.ValueDefinitions, blocks.Definitions)))
            .WithName("ListReportBindings").WithSummary("What a template can name: metrics and values as {{key}}, tables and charts as [[key]]");
        r.MapGet("/templates/{kind}", async (string kind, MuseumDb db, CancellationToken ct) =>
                await db.ReportTemplates.AsNoTracking().Where(t => t.Kind == kind).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct) is { } t
                    ? Results.Ok(t) : Problems.NotFound("本馆还没有这种报告的模板。", "No template of this kind yet."))
            .WithName("GetReportTemplate").WithSummary("The current version of a report template (kind: annual, monitoring, brief)");
        r.MapPost("/templates", async Task<Results<Created<ReportTemplate>, Refused>> (SaveReportTemplate.Command c, MuseumDb db, MetricRegistry metrics,
                    ReportBlockRegistry blocks, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await SaveReportTemplate.HandleAsync(db, metrics, blocks, c, clock, ct), t => $"/api/v1/reports/templates/{t.Kind}"))
            .RequireAuthorization(Editors).WithName("SaveReportTemplate")
            .WithSummary("Save a template as its next version; unknown figures, tables and broken {{ }} are refused line by line");
        r.MapGet("/narratives", async (int? year, MuseumDb db, CancellationToken ct) =>
                Plausible.IsYear(year) && year is not null
                    ? Results.Ok(await db.ReportNarratives.AsNoTracking().Where(n => n.Year == year).OrderBy(n => n.Key).ToListAsync(ct))
                    : Problems.Field("year", Plausible.YearMessage))
            .WithName("ListReportNarratives").WithSummary("A year's narratives ([[text:key]] in the template)");
        r.MapPut("/narratives", async Task<Results<Ok<ReportNarrative>, Refused>> (SaveNarrative.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveNarrative.HandleAsync(db, c, ct)))
            .RequireAuthorization(Editors).WithName("SaveReportNarrative").WithSummary("Write a year's narrative for one place in the template");
    }

    private static async Task<IResult> CheckAsync(string kind, int? year, DateOnly? asOf, MuseumDb db, ReportComposer composer, TimeProvider clock, CancellationToken ct)
    {
        if (year is null || !Plausible.IsYear(year)) return Problems.Field("year", Plausible.YearMessage);
        var outcome = await ComposeReport.HandleAsync(db, composer, year.Value, kind, clock, ct, asOf);
        if (!outcome.Succeeded) return Problems.From(outcome.Refusal!);
        return Results.Ok(CheckOf(outcome.Value!));
    }

    public static Check CheckOf(ComposeReport.Outcome o) =>
        new(o.Context.Year, o.Title, o.Template.Version, o.DataHash, o.Report.IsComplete, o.Report.Problems, o.Report.Figures,
            [.. o.Report.Figures.Where(f => f.Disagrees)]);

    private static async Task<IResult> GenerateAsync(string kind, int? year, DateOnly? asOf, string? format, MuseumDb db, ReportComposer composer,
        TimeProvider clock, CancellationToken ct)
    {
        if (year is null || !Plausible.IsYear(year)) return Problems.Field("year", Plausible.YearMessage);
        var f = format ?? "pdf";
        if (!ReportFiles.Formats.Contains(f)) return Problems.Field("format", "格式只能是 pdf、docx 或 html。", "The format must be pdf, docx or html.");
        return await ReportFiles.OneAtATimeAsync(db.User.MuseumId!.Value, year.Value, kind, async () =>
        {
            var outcome = await ComposeReport.HandleAsync(db, composer, year.Value, kind, clock, ct, asOf);
            if (!outcome.Succeeded) return Problems.From(outcome.Refusal!);
            var o = outcome.Value!;
            if (!o.Report.IsComplete)
                return TypedResults.Problem(statusCode: 409, type: "/problems/report-incomplete", title: Bilingual.L("报告不完整", "The report is incomplete"),
                    detail: string.Join("\n", o.Report.Problems.Select(p => Bilingual.L(p.MessageZh, p.MessageEn) + " " + p.Text)));
            var (content, contentType) = ReportFiles.Write(ReportFiles.Document(o), f);
            var name = ReportFiles.FileName(o, f);
            await ReportHistory.RecordAsync(db, o, f, name, content, clock, ct);
            return Results.File(content, contentType, name);
        }, ct);
    }
}
