using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Data;
using SciMuseum.Reports.Pdf;

// Contests at scale (issue 15): ranking and awards for one contest of 20,000 entries, 200 judges and 100,000 scores
// (ContestResults: every category ranked, prizes by quota, organisation awards), next to a raw SQL aggregate of the same
// scores; then 1,000 certificate PDFs, one file each as a school's ZIP holds them, with pages per second and peak memory.
// Usage: dotnet run -c Release --project bench/contests -- --provider Sqlite|Postgres [--connection CS] [--entries N] [--judges N] [--certificates N] [--ranking false]
var arguments = args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--")).ToDictionary(p => p[0][2..], p => p[1]);
var provider = arguments.GetValueOrDefault("provider", "Sqlite");
var file = Path.Combine(Path.GetTempPath(), $"scimuseum-contests-{Guid.NewGuid():N}.db");
var connection = arguments.GetValueOrDefault("connection", provider == "Sqlite" ? $"Data Source={file}" : "");
var entryCount = int.Parse(arguments.GetValueOrDefault("entries", "20000"));
var judgeCount = int.Parse(arguments.GetValueOrDefault("judges", "200"));
var certificateCount = int.Parse(arguments.GetValueOrDefault("certificates", "1000"));

var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider,
    ["ConnectionStrings:SciMuseum"] = connection,
}).Build();
var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
services.AddSciMuseumData(config, Path.GetTempPath());
services.AddSciMuseumIdentity();
await using var root = services.BuildServiceProvider();

Console.WriteLine($"SciMuseum contests benchmark on {provider}: {entryCount:N0} entries, {judgeCount} judges, {entryCount * 5:N0} scores");
var skipRanking = arguments.GetValueOrDefault("ranking") == "false";
Guid contestId = default;
if (!skipRanking)
await using (var scope = root.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
    var load = Stopwatch.StartNew();
    contestId = await BenchContest.LoadAsync(db, entryCount, judgeCount);
    Console.WriteLine($"loaded in {load.Elapsed.TotalSeconds:0.0} s");
}

double ranking = 0, raw = 0, rankingCpu = 0;
var breakdown = new List<(string Step, double Ms)>();
int awarded = 0, organisationWinners = 0;
if (!skipRanking)
await using (var scope = root.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
    db.User.AsSystem();
    var results = (await ContestResults.LoadAsync(db, [contestId], default)).Single();
    awarded = results.AllEntries.Count(e => e.Placed.Prize is not null);
    organisationWinners = results.OrganisationAwards.Sum(o => o.Winners.Count);
    ranking = await Median(async () => (await ContestResults.LoadAsync(db, [contestId], default)).Count);
    rankingCpu = await CpuPerRun(async () => (await ContestResults.LoadAsync(db, [contestId], default)).Count);
    raw = await Median(() => BenchContest.RawAggregateAsync(db, contestId));
    // Ranking's own stages (ContestResults.LoadAsync's stopwatch), median of 7 runs each.
    var runs = new List<List<(string Stage, double Ms)>>();
    for (var i = 0; i < 7; i++)
    {
        var stages = new List<(string Stage, double Ms)>();
        await ContestResults.LoadAsync(db, [contestId], default, stages);
        runs.Add(stages);
    }
    foreach (var stage in runs[0].Select(s => s.Stage).Distinct())
        breakdown.Add(("stage: " + stage, runs.Select(r => r.Where(s => s.Stage == stage).Sum(s => s.Ms)).Order().ElementAt(runs.Count / 2)));
    // The judges' totals, today's query against the one it replaced, alternating in the same minute: wall (median) and
    // this process's CPU per run (SQLite's work is in-process; PostgreSQL's server CPU is not counted).
    var cid = contestId;
    async Task<int> NowAsync()
    {
        var d = new Dictionary<Guid, Awarding.JudgeTotals>();
        await ContestResults.JudgeTotalsAsync(db, cid, d, default);
        return d.Count;
    }
    double nowCpu = 0, beforeCpu = 0;
    var nowMs = new List<double>();
    var beforeMs = new List<double>();
    for (var i = 0; i < 8; i++)
    {
        foreach (var previous in new[] { false, true })
        {
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var w = Stopwatch.StartNew();
            var count = previous ? await BenchContest.PreviousJudgeTotalsAsync(db, cid)
                : await NowAsync();
            var ms = w.Elapsed.TotalMilliseconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            if (i == 0) continue; // warm-up
            if (previous) { beforeMs.Add(ms); beforeCpu += cpu / 7; } else { nowMs.Add(ms); nowCpu += cpu / 7; }
        }
    }
    breakdown.Add(("judges' totals now (one join, reduced in C#), wall", nowMs.Order().ElementAt(3)));
    breakdown.Add(("judges' totals now, CPU per run", nowCpu));
    breakdown.Add(("judges' totals as before (grouped in SQL), wall", beforeMs.Order().ElementAt(3)));
    breakdown.Add(("judges' totals as before, CPU per run", beforeCpu));
    // Where ranking's time goes: its two big reads as whole entities (as before) and what it reads of them now.
    var id = contestId;
    breakdown.Add(("entries as entities (AsNoTracking)", await Median(async () => (await db.ContestEntries.AsNoTracking().Where(e => e.ContestId == id).ToListAsync()).Count)));
    breakdown.Add(("entries, 5 columns projected", await Median(async () => (await db.ContestEntries.AsNoTracking().Where(e => e.ContestId == id)
        .Select(e => new { e.Id, e.CategoryId, e.UnitId, e.Number, e.Title }).ToListAsync()).Count)));
    breakdown.Add(("participants as entities (AsNoTracking)", await Median(async () => (await db.ContestParticipants.AsNoTracking().Where(p => p.ContestId == id).OrderBy(p => p.Position).ToListAsync()).Count)));
    breakdown.Add(("advisors only, 2 columns projected (the coaches' rule)", await Median(async () => (await db.ContestParticipants.AsNoTracking()
        .Where(p => p.ContestId == id && p.Role == ParticipantRole.Advisor).OrderBy(p => p.Position).Select(p => new { p.EntryId, p.Name }).ToListAsync()).Count)));
}
// Publishing the contest: every category signed off first (as judging does), then published twice; the first issues every
// awarded entry's certificate in bulk, the second must find them all and issue none.
double publishFirst = 0, publishAgain = 0;
int issuedFirst = 0, issuedAgain = 0, certificatesStored = 0;
if (!skipRanking)
{
    await using (var scope = root.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var id = contestId;
        await db.ContestCategories.Where(c => c.ContestId == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.SignedOffAt, DateTime.UtcNow));
    }
    for (var run = 0; run < 2; run++)
    await using (var scope = root.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var w = Stopwatch.StartNew();
        var published = await SciMuseum.Core.Competitions.Awards.PublishResults.HandleAsync(db, contestId, null, TimeProvider.System, default);
        var ms = w.Elapsed.TotalMilliseconds;
        var issued = published.Value!.CertificatesIssued;
        if (run == 0) (publishFirst, issuedFirst) = (ms, issued); else (publishAgain, issuedAgain) = (ms, issued);
    }
    await using (var scope = root.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var id = contestId;
        certificatesStored = await db.ContestCertificates.CountAsync(c => c.ContestId == id);
    }
}
if (!skipRanking) Console.WriteLine(); else Console.WriteLine("(ranking skipped: --ranking false)");
if (!skipRanking) Console.WriteLine($"{"median ms",-62}{"ms",10}   load average {File.ReadAllText("/proc/loadavg").Trim()}");
if (!skipRanking) Console.WriteLine($"{"raw SQL: each entry's mean of its judges' weighted totals",-62}{raw,10:0.0}");
if (!skipRanking) Console.WriteLine($"{"ranking and awards (ContestResults.LoadAsync)",-62}{ranking,10:0.0}");
if (!skipRanking) Console.WriteLine($"{"  its CPU per run, this process (not PostgreSQL's server)",-62}{rankingCpu,10:0.0}");
foreach (var (step, ms) in breakdown) Console.WriteLine($"{"  " + step,-62}{ms,10:0.0}");
if (!skipRanking) Console.WriteLine($"{"publish the contest (certificates issued in bulk)",-62}{publishFirst,10:0.0}   issued {issuedFirst:N0}");
if (!skipRanking) Console.WriteLine($"{"publish it again (nothing to issue)",-62}{publishAgain,10:0.0}   issued {issuedAgain:N0}; stored {certificatesStored:N0} ({(certificatesStored == awarded && issuedAgain == 0 ? "one per awarded entry" : "WRONG")})");
if (!skipRanking) Console.WriteLine($"awarded entries {awarded:N0}, organisation award winners {organisationWinners}; target under 1000 ms: {(ranking < 1000 ? "met" : "MISSED")}");

// Certificates: 1,000 single-page PDFs as the school ZIP renders them (one document each, ProcessorCount at a time).
var facts = Enumerable.Range(1, certificateCount).Select(i => new AwardCertificate($"2030KC{i:D4}", i % 3 == 0 ? "王小明、李小红、张小刚" : "欧阳子轩",
    $"南阳市第{i % 97 + 1}中学", $"会飞的房子之{i}", "科学幻想画", (i % 3) switch { 0 => "一等奖", 1 => "二等奖", _ => "三等奖" },
    "第44届南阳市青少年科技创新大赛", "南阳市科学技术馆", new DateOnly(2030, 11, 20), $"https://museum.example.cn/c/CODE{i:D6}")).ToList();
AwardCertificatePdf.Render([facts[0]]); // fonts loaded once, as in a running server
var zipPath = Path.Combine(Path.GetTempPath(), $"scimuseum-certificates-{Guid.NewGuid():N}.zip");
var watch = Stopwatch.StartNew();
using (var zipFile = File.Create(zipPath)) // as a school's ZIP is made: each PDF written into the ZIP as it is rendered
    AwardCertificatePdf.WriteZip(zipFile, facts, [.. facts.Select(f => $"{f.Number}.pdf")]);
var seconds = watch.Elapsed.TotalSeconds;
var bytes = new FileInfo(zipPath).Length;
File.Delete(zipPath);
var peak = PeakRssMegabytes();
Console.WriteLine();
Console.WriteLine($"{certificateCount:N0} certificate PDFs into one ZIP ({Environment.ProcessorCount} rendering in parallel) in {seconds:0.00} s: {certificateCount / seconds:0.0} pages/s, "
    + $"{bytes / certificateCount / 1024.0:0.0} KB each; peak RSS (VmHWM) {peak:0} MB; target under 30 s and 500 MB: {(seconds < 30 && peak < 500 ? "met" : "MISSED")}");
watch.Restart();
var many = AwardCertificatePdf.Render(facts);
Console.WriteLine($"the same {certificateCount:N0} as one multi-page PDF (a category's print): {watch.Elapsed.TotalSeconds:0.00} s, {many.Length / 1024.0 / 1024:0.0} MB");

if (provider == "Sqlite")
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
}

// The process's peak resident set (VmHWM), as the kernel counts it.
static double PeakRssMegabytes() =>
    File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:")).Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();

// The process's CPU time (all threads, GC included) per run, over 7 runs: the figure other processes' load moves least.
static async Task<double> CpuPerRun<T>(Func<Task<T>> run)
{
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var before = process.TotalProcessorTime;
    for (var i = 0; i < 7; i++) await run();
    process.Refresh();
    return (process.TotalProcessorTime - before).TotalMilliseconds / 7;
}

static async Task<double> Median<T>(Func<Task<T>> run)
{
    await run();
    var times = new List<double>();
    for (var i = 0; i < 7; i++)
    {
        var w = Stopwatch.StartNew();
        await run();
        times.Add(w.Elapsed.TotalMilliseconds);
    }
    return times.Order().ElementAt(times.Count / 2);
}
