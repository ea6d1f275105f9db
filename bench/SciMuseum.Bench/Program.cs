using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SciMuseum.Bench;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Data;

// Finance at scale: the execution table and the monitoring report over 200 lines and 1,000,000 expenditures,
// each next to the raw SQL GROUP BY that computes the same sums, so the ratio shows our overhead; then an evaluation
// run over 300 indicators bound to those figures and to the visitor figures of 1,000,000 admissions, next to the bound
// metrics computed alone and the visitor statistics alone.
// Last, the annual report (issue 18) over the same data in PDF, DOCX and HTML, time in queries against time in writing.
// Usage: dotnet run -c Release --project bench/SciMuseum.Bench -- --provider Sqlite|Postgres [--connection CS] [--expenditures N] [--lines N] [--admissions N] [--log-sql true] [--keep true] [--report false]
var arguments = Args.Parse(args);
var provider = arguments.GetValueOrDefault("provider", "Sqlite");
var connection = arguments.GetValueOrDefault("connection",
    provider == "Sqlite" ? $"Data Source={Path.Combine(Path.GetTempPath(), $"scimuseum-bench-{Guid.NewGuid():N}.db")}" : "");
var expenditureCount = int.Parse(arguments.GetValueOrDefault("expenditures", "1000000"));
var lineCount = int.Parse(arguments.GetValueOrDefault("lines", "200"));
var admissionCount = int.Parse(arguments.GetValueOrDefault("admissions", "1000000"));
// A past year, so the visitor statistics' no-show and booked counts (tickets before today) run over the whole year too.
const int Year = 2025;

var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider,
    ["ConnectionStrings:SciMuseum"] = connection,
}).Build();
var services = new ServiceCollection().AddLogging(l =>
{
    if (arguments.GetValueOrDefault("log-sql") == "true") l.AddProvider(new SqlLog());
}).AddSingleton<IConfiguration>(config);
services.AddSciMuseumData(config, Path.GetTempPath());
services.AddSciMuseumIdentity();
// Every module's metrics, blocks and the report composer, as the web host and the command line have them.
SciMuseum.Web.Modules.AddSciMuseumModules(services, config);
await using var root = services.BuildServiceProvider();

Console.WriteLine($"SciMuseum finance benchmark on {provider}: {lineCount} lines, {expenditureCount:N0} expenditures, {admissionCount:N0} admissions");
Guid museumId;
await using (var scope = root.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
    var load = Stopwatch.StartNew();
    museumId = await Ledger.LoadAsync(db, Year, lineCount, expenditureCount);
    Console.WriteLine($"ledger loaded in {load.Elapsed.TotalSeconds:0.0} s");
    load.Restart();
    await Admissions.LoadAsync(db, museumId, Year, admissionCount);
    Console.WriteLine($"admissions loaded in {load.Elapsed.TotalSeconds:0.0} s");
}

double rawLedger;
await using (var scope = root.CreateAsyncScope())
{
    scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench")], "bench")), museumId);
    var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
    var execution = await Timing.MedianAsync(() => new FinanceMetrics(db).ExecutionAsync(Year));
    var monitoring = await Timing.MedianAsync(() => new Monitoring(db).RunAsync(Year, 12, 5m));
    var raw = await Timing.MedianAsync(() => Ledger.RawGroupByAsync(db, museumId, Year));
    rawLedger = raw;
    var rawMonthly = await Timing.MedianAsync(() => Ledger.RawGroupByAsync(db, museumId, Year, monthly: true));
    Console.WriteLine();
    Console.WriteLine($"{"query",-40}{"median ms",12}{"× raw monthly",15}");
    Console.WriteLine($"{"raw SQL GROUP BY over the 1M-row ledger",-40}{raw,12:0.0}{raw / rawMonthly,15:0.0}");
    Console.WriteLine($"{"raw SQL GROUP BY over the monthly totals",-40}{rawMonthly,12:0.0}{1,15:0.0}");
    Console.WriteLine($"{"execution table (FinanceMetrics)",-40}{execution,12:0.0}{execution / rawMonthly,15:0.0}");
    Console.WriteLine($"{"monitoring, 12 months (Monitoring)",-40}{monitoring,12:0.0}{monitoring / rawMonthly,15:0.0}");
    Console.WriteLine($"target: under 200 ms — execution {(execution < 200 ? "met" : "MISSED")}, monitoring {(monitoring < 200 ? "met" : "MISSED")}");
}
double rawAdmissions;
await using (var scope = root.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
    rawAdmissions = await Timing.MedianAsync(() => Admissions.RawDailyAsync(db, museumId, Year));
}
var f = await PerformanceBench.RunAsync(root, museumId, Year);
Console.WriteLine();
Console.WriteLine($"evaluation: {f.Indicators} indicators ({f.VisitorIndicators} on visitor figures), total {f.TotalScore:0.00}; "
    + $"visitors.admitted = {f.Admitted:N0}, visitors.openDays = {f.OpenDays}");
Console.WriteLine($"{"query",-48}{"median ms",12}");
Console.WriteLine($"{$"raw SQL admitted per day and channel ({admissionCount:N0})",-48}{rawAdmissions,12:0.0}");
Console.WriteLine($"{"visitor statistics, the year (VisitorStatistics)",-48}{f.VisitorStatistics,12:0.0}");
Console.WriteLine($"{"bound metrics alone (MetricRegistry)",-48}{f.MetricsAlone,12:0.0}");
Console.WriteLine($"{$"evaluation run, {f.Indicators} indicators",-48}{f.Evaluation,12:0.0}");
Console.WriteLine($"target: under 2000 ms — evaluation {(f.Evaluation < 2000 ? "met" : "MISSED")}");

if (arguments.GetValueOrDefault("report") != "false")
{
    var (runs, peak) = await ReportBench.RunAsync(root, museumId, Year);
    Console.WriteLine();
    Console.WriteLine($"annual report over the same data ({runs[0].Figures} figures, {runs[0].Problems} problems: sections of modules not loaded here); median of 3 after a warm-up");
    Console.WriteLine($"{"format",-8}{"total ms",10}{"compose ms",12}{"of which queries",18}{"queries",9}{"charts+model ms",17}{"write ms",10}{"KB",8}");
    foreach (var r in runs)
        Console.WriteLine($"{r.Format,-8}{r.TotalMs,10:0}{r.ComposeMs,12:0}{r.QueryMs,18:0}{r.Queries,9}{r.LayoutMs,17:0}{r.WriteMs,10:0}{r.Bytes / 1024,8:N0}");
    Console.WriteLine("slowest commands of the last run:");
    foreach (var (sql, ms) in QueryClock.Slowest(5)) Console.WriteLine($"  {ms,8:0} ms  {sql}");
    Console.WriteLine($"raw SQL floor beside it: ledger GROUP BY {rawLedger:0} ms + admissions per day {rawAdmissions:0} ms");
    var slowest = runs.Max(r => r.TotalMs);
    Console.WriteLine($"report peak RSS MB: {peak}");
    Console.WriteLine($"target: under 5000 ms and 400 MB — {(slowest < 5000 ? "met" : "MISSED")} (slowest {slowest:0} ms), {(peak < 400 ? "met" : "MISSED")} ({peak} MB)");
}
if (provider == "Sqlite" && arguments.GetValueOrDefault("keep") != "true")
{
    // Pooled connections keep the WAL open; without closing them the -wal file (about 750 MB here) stays behind.
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    var file = connection["Data Source=".Length..];
    foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
}
else if (provider == "Sqlite") Console.WriteLine($"kept {connection}");
