using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;
using SciMuseum.Data;
using SciMuseum.Web.Reporting;

namespace SciMuseum.Cli;

/// <summary>
/// <c>scimuseum report --year 2020 --format pdf|docx|html --out FILE [--museum CODE] [--kind annual|monitoring|brief] [--as-of DATE]</c>:
/// the year's evaluation report (or its mid-year monitoring report, or the leader's brief) written from the database. When it cannot be complete, nothing is written: the problems go to stderr, exit 1.
/// </summary>
public static class ReportCommand
{
    public static Command Build()
    {
        var year = new Option<int>("--year") { Description = "The year the report is about", Required = true };
        var format = new Option<string>("--format") { Description = "pdf, docx or html", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong([.. ReportFiles.Formats]);
        var output = new Option<FileInfo>("--out") { Description = "The file to write", Required = true };
        var museum = new Option<string?>("--museum") { Description = "Museum code (default: the first museum)" };
        var kind = new Option<string>("--kind") { Description = "annual (评价报告), monitoring (绩效运行监控) or brief (领导简报)", DefaultValueFactory = _ => ReportKinds.Annual };
        kind.AcceptOnlyFromAmong([.. ReportKinds.Names.Keys]);
        var asOf = new Option<DateOnly?>("--as-of") { Description = "For the monitoring report: the day its figures run to (default 30 June)" };

        var report = new Command("report", "Write the year's 部门整体支出绩效评价报告 (or its monitoring report or brief) from the records")
            { year, format, output, museum, kind, asOf };
        report.SetAction((parsed, ct) => Options.Run(parsed, async (services, token) =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
            var db = services.GetRequiredService<MuseumDb>();
            var code = parsed.GetValue(museum);
            var museumId = await db.Museums.IgnoreQueryFilters().Where(m => code == null || m.Code == code).OrderBy(m => m.CreatedAt)
                .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(token);
            if (museumId is null)
            {
                Console.Error.WriteLine(code is null ? "error: there is no museum yet; run seed first." : $"error: no museum with code '{code}'.");
                return 1;
            }
            services.GetRequiredService<UserContext>().AsSystem(museumId);

            var clock = services.GetRequiredService<TimeProvider>();
            var outcome = await ComposeReport.HandleAsync(db, services.GetRequiredService<ReportComposer>(), parsed.GetValue(year), parsed.GetValue(kind)!, clock, token,
                parsed.GetValue(asOf));
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine($"error: {outcome.Refusal!.Zh} {outcome.Refusal.En}");
                return 1;
            }
            var o = outcome.Value!;
            if (!o.Report.IsComplete)
            {
                Console.Error.WriteLine($"error: the report cannot be complete ({o.Report.Problems.Count} problems); nothing was written:");
                foreach (var p in o.Report.Problems) Console.Error.WriteLine($"  {p.MessageZh} {p.Text} — {p.MessageEn}");
                return 1;
            }
            var f = parsed.GetValue(format)!;
            var (content, _) = ReportFiles.Write(ReportFiles.Document(o), f);
            var file = parsed.GetValue(output)!;
            // Written beside the target and moved over it: a reader never sees a half-written file.
            var temporary = file.FullName + ".partial";
            await File.WriteAllBytesAsync(temporary, content, token);
            File.Move(temporary, file.FullName, overwrite: true);
            await ReportHistory.RecordAsync(db, o, f, ReportFiles.FileName(o, f), content, clock, token);
            Console.WriteLine($"Wrote {file.FullName} ({content.Length:N0} bytes, {o.Report.Figures.Count} figures, data {o.DataHash[..12]}).");
            return 0;
        }, ct));
        return report;
    }
}
