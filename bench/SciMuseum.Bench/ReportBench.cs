using System.Diagnostics;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;
using SciMuseum.Web.Reporting;

namespace SciMuseum.Bench;

/// <summary>
/// Issue 18's benchmark: the annual report of the bench museum (1,000,000 admissions, 1,000,000 expenditures) in PDF,
/// DOCX and HTML, each run in a fresh scope as a request would: composing (every binding's metric and block, i.e. the
/// queries, timed apart as the time EF spent executing commands) and writing (layout and the file). The museum saves the
/// ready annual template and a line of narrative for each [[text:…]]; sections of modules the bench does not load
/// (exhibits, programs, contests, surveys, counseling) have no records and are listed as problems, which the writers
/// still lay out. Peak RSS is the process's high-water mark reset after loading (Linux /proc/self/clear_refs).
/// </summary>
internal static partial class ReportBench
{
    public sealed record Run(string Format, double ComposeMs, double QueryMs, int Queries, double LayoutMs, double WriteMs, int Bytes, int Figures, int Problems)
    {
        public double TotalMs => ComposeMs + LayoutMs + WriteMs;
    }

    public static async Task<(List<Run> Runs, long PeakRssMb)> RunAsync(IServiceProvider root, Guid museumId, int year)
    {
        await using (var scope = Scope(root, museumId))
        {
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            db.ReportTemplates.Add(new ReportTemplate
            {
                Kind = ReportKinds.Annual, Version = 1, Title = AnnualTemplate.Title, Text = AnnualTemplate.Text, SavedAt = DateTime.UtcNow, SavedBy = "bench",
            });
            foreach (var key in NarrativeKey().Matches(AnnualTemplate.Text).Select(m => m.Groups[1].Value).Append("date").Distinct())
                db.ReportNarratives.Add(new ReportNarrative { Year = year, Key = key, Text = key == "date" ? $"{year + 1}年4月15日" : $"（基准测试）{key} 的说明文字。" });
            await db.SaveChangesAsync();
        }
        QueryClock.Start();
        ResetPeakRss();
        var runs = new List<Run>();
        foreach (var format in ReportFiles.Formats)
        {
            // The first run warms EF's query cache and the fonts; the median of three follows.
            var samples = new List<Run>();
            for (var i = 0; i < 4; i++) samples.Add(await OnceAsync(root, museumId, year, format));
            var timed = samples.Skip(1).OrderBy(s => s.TotalMs).ToList();
            runs.Add(timed[timed.Count / 2]);
        }
        return (runs, PeakRssMb());
    }

    private static async Task<Run> OnceAsync(IServiceProvider root, Guid museumId, int year, string format)
    {
        await using var scope = Scope(root, museumId);
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        QueryClock.Reset();
        var compose = Stopwatch.StartNew();
        var outcome = await ComposeReport.HandleAsync(db, scope.ServiceProvider.GetRequiredService<ReportComposer>(), year, ReportKinds.Annual, TimeProvider.System, default);
        compose.Stop();
        var o = outcome.Value ?? throw new InvalidOperationException(outcome.Refusal!.Zh);
        var (queryMs, queries) = QueryClock.Read();
        var layout = Stopwatch.StartNew();
        var document = ReportFiles.Document(o); // the document model, charts drawn
        layout.Stop();
        var write = Stopwatch.StartNew();
        var (content, _) = ReportFiles.Write(document, format);
        write.Stop();
        return new Run(format, compose.Elapsed.TotalMilliseconds, queryMs, queries, layout.Elapsed.TotalMilliseconds, write.Elapsed.TotalMilliseconds,
            content.Length, o.Report.Figures.Count, o.Report.Problems.Count);
    }

    private static AsyncServiceScope Scope(IServiceProvider root, Guid museumId)
    {
        var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench")], "bench")), museumId);
        return scope;
    }

    private static void ResetPeakRss()
    {
        GC.Collect();
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static long PeakRssMb() => File.Exists("/proc/self/status")
        ? long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:"))["VmHWM:".Length..].Trim().Split(' ')[0]) / 1024
        : Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;

    [GeneratedRegex(@"\[\[text:(\w+)\]\]")]
    private static partial Regex NarrativeKey();
}

/// <summary>Time EF spends executing commands (each CommandExecuted event's duration on EF's DiagnosticListener), so composing
/// splits into queries and the rest.</summary>
internal sealed class QueryClock : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static long ticks;
    private static int count;
    private static IDisposable? subscription;

    public static void Start() => subscription ??= DiagnosticListener.AllListeners.Subscribe(new QueryClock());
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> BySql = new();

    public static void Reset()
    {
        (ticks, count) = (0, 0);
        BySql.Clear();
    }

    /// <summary>The slowest commands of the last run, by total time (SQL shortened to one line).</summary>
    public static IEnumerable<(string Sql, double Ms)> Slowest(int n) =>
        BySql.OrderByDescending(p => p.Value).Take(n).Select(p => (p.Key, TimeSpan.FromTicks(p.Value).TotalMilliseconds));

    private static void Add(string sql, TimeSpan duration)
    {
        Interlocked.Add(ref ticks, duration.Ticks);
        var key = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        BySql.AddOrUpdate(key.Length > 160 ? key[..160] : key, duration.Ticks, (_, t) => t + duration.Ticks);
    }
    public static (double Ms, int Count) Read() => (TimeSpan.FromTicks(Interlocked.Read(ref ticks)).TotalMilliseconds, count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == Microsoft.EntityFrameworkCore.DbLoggerCategory.Name) listener.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        // A query's time is its execution (to the first row) plus its reading (reader created to disposed).
        switch (e.Value)
        {
            case Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData executed:
                Add(executed.Command.CommandText, executed.Duration);
                Interlocked.Increment(ref count);
                break;
            case Microsoft.EntityFrameworkCore.Diagnostics.DataReaderDisposingEventData reader:
                Add(reader.Command.CommandText, reader.Duration);
                break;
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }
}
