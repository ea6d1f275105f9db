using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Data;

// Module figures at scale, each beside raw SQL on the same data (see bench/README.md):
//   exhibits (issue 12): integrity rate and mean time to repair for 5,000 exhibits and 1,000,000 work orders over 5 years;
//   surveys (issue 16): the satisfaction index per area over 1,000,000 answers.
// Usage: dotnet run -c Release --project bench/modules -- --provider Sqlite|Postgres [--connection CS] [--part exhibits|surveys|all]
//        [--exhibits N] [--orders N] [--answers N] [--old true|false: also time the figures computed from the orders, as before]
//        [--load false: reuse a PostgreSQL database an earlier run loaded]
var arguments = args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--")).ToDictionary(p => p[0][2..], p => p[1]);
var provider = arguments.GetValueOrDefault("provider", "Sqlite");
var file = Path.Combine(Path.GetTempPath(), $"scimuseum-modules-{Guid.NewGuid():N}.db");
var connection = arguments.GetValueOrDefault("connection", provider == "Sqlite" ? $"Data Source={file}" : "");
var part = arguments.GetValueOrDefault("part", "all");
var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider,
    ["ConnectionStrings:SciMuseum"] = connection,
}).Build();
var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
services.AddSciMuseumData(config, Path.GetTempPath());
services.AddSciMuseumIdentity();
await using var root = services.BuildServiceProvider();
await using (var scope = root.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();

if (part is "exhibits" or "all")
{
    var exhibits = int.Parse(arguments.GetValueOrDefault("exhibits", "5000"));
    var orders = int.Parse(arguments.GetValueOrDefault("orders", "1000000"));
    Console.WriteLine($"SciMuseum exhibits benchmark on {provider}: {exhibits:N0} exhibits, {orders:N0} work orders over {ExhibitsLoad.First.Year}–{ExhibitsLoad.Last.Year}");
    await using (var scope = root.CreateAsyncScope())
    {
        var w = Stopwatch.StartNew();
        // --load false: time again on a PostgreSQL database loaded by an earlier run (the SQLite file is removed after each run).
        if (arguments.GetValueOrDefault("load", "true") == "true")
            await ExhibitsLoad.LoadAsync(scope.ServiceProvider.GetRequiredService<MuseumDb>(), exhibits, orders);
        Console.WriteLine($"loaded in {w.Elapsed.TotalSeconds:0.0} s");
    }
    await using (var scope = root.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var today = new DateOnly(2026, 6, 1);
        var year = MetricPeriod.Year(ExhibitsLoad.Last.Year);
        var all = new MetricPeriod(ExhibitsLoad.First, ExhibitsLoad.Last);
        var pg = db.Database.IsNpgsql();
        var hours = pg ? "EXTRACT(EPOCH FROM \"DoneAt\" - \"ReportedAt\") / 3600" : "(julianday(\"DoneAt\") - julianday(\"ReportedAt\")) * 24";
        var rows = new List<(string Name, double Ms, string Value)>();
        async Task Time(string name, Func<Task<string>> run)
        {
            var value = await run();
            rows.Add((name, await Median(run), value));
        }
        foreach (var (label, period) in new[] { ("one year", year), ("five years", all) })
        {
            var (from, to) = (period.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), period.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            await Time($"raw SQL: downtime rows of the {label} (read)", () => RawCountAsync(db,
                "SELECT \"ExhibitId\", \"ReportedAt\", \"DoneAt\" FROM \"WorkOrders\" WHERE \"Downtime\" <> 'None' AND \"ReportedAt\" < @to AND (\"DoneAt\" IS NULL OR \"DoneAt\" >= @from)", from, to));
            var (a, b) = (period.From.DayNumber, period.To.DayNumber);
            await Time($"raw SQL: down exhibit-days per hall over stored runs, {label}", () => RawCountAsync(db,
                "SELECT \"HallId\", SUM(CASE WHEN \"ToDay\" IS NULL OR \"ToDay\" > @b THEN @b ELSE \"ToDay\" END - CASE WHEN \"FromDay\" < @a THEN @a ELSE \"FromDay\" END + 1) "
                + "FROM \"ExhibitDowntimes\" WHERE \"FromDay\" <= @b AND (\"ToDay\" IS NULL OR \"ToDay\" >= @a) GROUP BY \"HallId\"", from, to, a, b));
            await Time($"integrity rate, {label} (ExhibitFigures, stored months)", async () =>
            {
                var r = await ExhibitFigures.IntegrityAsync(db, period, today, default);
                return $"{r.Overall} % ({r.DownExhibitDays:N0} down of {r.OnDisplayExhibitDays:N0} exhibit-days)";
            });
            var (ma, mb) = (DownMonths.MonthOf(a), DownMonths.MonthOf(b));
            await Time($"raw SQL: down exhibit-days per hall over stored months, {label}", () => RawCountAsync(db,
                "SELECT \"HallId\", SUM(\"Days\") FROM \"HallDownMonths\" WHERE \"Month\" >= @a AND \"Month\" <= @b GROUP BY \"HallId\"", from, to, ma, mb));
            await Time($"integrity rate, {label} (stored runs only, before)", async () =>
            {
                var r = await ExhibitFigures.IntegrityFromRunsAsync(db, period, today, default);
                return $"{r.Overall} % ({r.DownExhibitDays:N0} down of {r.OnDisplayExhibitDays:N0} exhibit-days)";
            });
            var cutOld = await ExhibitFigures.IntegrityFromRunsAsync(db, period with { To = new DateOnly(2025, 11, 19) }, today, default);
            await Time($"integrity rate, {label} to 2025-11-19 (cut month, stored months)", async () =>
            {
                var r = await ExhibitFigures.IntegrityAsync(db, period with { To = new DateOnly(2025, 11, 19) }, today, default);
                return $"{r.Overall} % ({r.DownExhibitDays:N0} down; stored runs only, not timed: {cutOld.DownExhibitDays:N0})";
            });
            if (arguments.GetValueOrDefault("old", "true") == "true")
                await Time($"integrity rate, {label} (from the orders, before)", async () =>
                {
                    var r = await ExhibitFigures.IntegrityFromOrdersAsync(db, period, today, default);
                    return $"{r.Overall} % ({r.DownExhibitDays:N0} down of {r.OnDisplayExhibitDays:N0} exhibit-days)";
                });
            await Time($"raw SQL: mean hours to repair, {label}", async () => await RawScalarAsync(db,
                $"SELECT AVG({hours}) FROM \"WorkOrders\" WHERE \"DoneAt\" >= @from AND \"DoneAt\" < @to", from, to));
            var (m1, m2) = (period.From.Year * 12 + period.From.Month, period.To.Year * 12 + period.To.Month);
            await Time($"raw SQL: mean hours over stored repair months, {label}", async () => await RawScalarAsync(db,
                "SELECT SUM(\"Seconds\") / SUM(\"Jobs\") / 3600 FROM \"RepairMonths\" WHERE \"Year\" * 12 + \"Month\" >= @a AND \"Year\" * 12 + \"Month\" <= @b", from, to, m1, m2));
            await Time($"mean time to repair and waits, {label} (ExhibitFigures)", async () =>
            {
                var r = await ExhibitFigures.RepairTimeAsync(db, period, default);
                return $"{r.MeanHours} h, waiting {r.WaitingSharePercent} %";
            });
            if (arguments.GetValueOrDefault("old", "true") == "true")
                await Time($"mean time to repair and waits, {label} (from the orders, before)", async () =>
                {
                    var r = await ExhibitFigures.RepairTimeFromOrdersAsync(db, period, default);
                    return $"{r.MeanHours} h, waiting {r.WaitingSharePercent} %";
                });
        }
        // The exhibit pages at this size: the handlers the pages and the API call, each beside raw SQL reading the same rows.
        var now = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
        var hall = await db.Halls.Where(h => h.Name == "展厅 7").Select(h => h.Id).FirstAsync();
        var one = await db.Exhibits.Where(e => e.Code == "E01234").Select(e => e.Id).FirstAsync();
        string Paged<T>(SciMuseum.Core.Common.Page<T> p) => $"{p.Items.Count} of {p.Total:N0}";
        string Capped<T>(SciMuseum.Core.Common.CappedPage<T> p) => $"{p.Items.Count} of {p.Total:N0}{(p.TotalCapped ? "+" : "")}";
        await Time("raw SQL: exhibits, first 50 by code (and the count)", () => RawCountAsync(db, "SELECT \"Id\", \"Code\", \"Name\" FROM \"Exhibits\" ORDER BY \"Code\" LIMIT 50", now, now));
        await Time("exhibit list, first page (ListExhibits)", async () => Paged(await ListExhibits.HandleAsync(db, new(), 1, 50, default)));
        await Time("exhibit list, one hall (ListExhibits)", async () => Paged(await ListExhibits.HandleAsync(db, new(Hall: hall), 1, 50, default)));
        await Time("exhibit list, search \"E012\" (ListExhibits)", async () => Paged(await ListExhibits.HandleAsync(db, new(Search: "E012"), 1, 50, default)));
        await Time("exhibit list, search \"展品 12\" (ListExhibits)", async () => Paged(await ListExhibits.HandleAsync(db, new(Search: "展品 12"), 1, 50, default)));
        await Time("raw SQL: one exhibit's orders", () => RawCountAsync(db, $"SELECT \"Id\", \"Number\", \"State\", \"DueAt\" FROM \"WorkOrders\" WHERE \"ExhibitId\" = '{one.ToString().ToUpperInvariant()}'", now, now));
        await Time("exhibit detail: the exhibit and its orders (as ExhibitDetail.razor)", async () =>
        {
            var e = await ListExhibits.Views(db, new(Id: one)).FirstAsync();
            var o = await ListWorkOrders.Views(db, now, new(Exhibit: one)).ToListAsync();
            return $"{e.Code}, {o.Count} orders";
        });
        await Time("exhibit detail: its orders, first page (ListWorkOrders)", async () => Capped(await ListWorkOrders.HandleAsync(db, now, new(Exhibit: one), 1, 50, default)));
        await Time("raw SQL: open orders (count)", async () => await RawScalarAsync(db, "SELECT COUNT(*) FROM \"WorkOrders\" WHERE \"State\" NOT IN ('Done', 'Verified')", now, now));
        await Time("raw SQL: Verified, first 50 by DueAt", () => RawCountAsync(db, "SELECT \"Id\", \"Number\", \"DueAt\" FROM \"WorkOrders\" WHERE \"State\" = 'Verified' ORDER BY \"DueAt\" DESC, \"Id\" DESC LIMIT 50", now, now));
        await Time("work orders, open, first page (ListWorkOrders)", async () => Capped(await ListWorkOrders.HandleAsync(db, now, new(OpenOnly: true), 1, 50, default)));
        await Time("work orders, state Verified, first page (ListWorkOrders)", async () => Capped(await ListWorkOrders.HandleAsync(db, now, new(State: WorkOrderState.Verified), 1, 50, default)));
        await Time("work orders, state Verified, page 100 (ListWorkOrders)", async () => Capped(await ListWorkOrders.HandleAsync(db, now, new(State: WorkOrderState.Verified), 100, 50, default)));
        await Time("work orders, all, first page (ListWorkOrders)", async () => Capped(await ListWorkOrders.HandleAsync(db, now, new(), 1, 50, default)));
        await Time("work orders, 2025, state Verified, first page (ListWorkOrders)", async () => Capped(await ListWorkOrders.HandleAsync(db, now, new(State: WorkOrderState.Verified, Year: 2025), 1, 50, default)));
        await Time("work-order board 2025: 50 cards and count per state (WorkOrderBoard)", async () =>
            string.Join(" ", (await WorkOrderBoard.HandleAsync(db, now, 2025, default)).Select(c => $"{c.State}:{c.Cards.Count}/{c.Count:N0}{(c.CountCapped ? "+" : "")}")));
        await Time("work-order board 2021 (a past year)", async () =>
            string.Join(" ", (await WorkOrderBoard.HandleAsync(db, now, 2021, default)).Select(c => $"{c.State}:{c.Cards.Count}/{c.Count:N0}{(c.CountCapped ? "+" : "")}")));
        await Time("technician's phone: open orders, 100 and the count (as MyOrders.razor)", async () =>
        {
            var open = ListWorkOrders.Views(db, now, new(OpenOnly: true));
            var shown = await open.Take(100).ToListAsync();
            var (count, capped) = await SciMuseum.Core.Common.Paging.CountCappedAsync(open, SciMuseum.Core.Common.Paging.CountCap, default);
            var done = await ListWorkOrders.Views(db, now, new(State: WorkOrderState.Done, DoneSince: now.AddDays(-1))).Take(50).ToListAsync();
            return $"{shown.Count} shown of {count:N0}{(capped ? "+" : "")}, {done.Count} done today";
        });
        Console.WriteLine($"{"median ms",-62}{"ms",10}  value");
        foreach (var (name, ms, value) in rows) Console.WriteLine($"{name,-62}{ms,10:0.0}  {value}");
        var slowest = rows.Where(r => !r.Name.StartsWith("raw") && !r.Name.Contains("before")).Max(r => r.Ms);
        Console.WriteLine($"target under 300 ms: {(slowest < 300 ? "met" : "MISSED")} (slowest {slowest:0} ms)");
    }
}

if (part is "surveys" or "all")
{
    var answers = int.Parse(arguments.GetValueOrDefault("answers", "1000000"));
    Console.WriteLine();
    Console.WriteLine($"SciMuseum surveys benchmark on {provider}: one area with {answers:N0} answers in {SurveysLoad.Year}");
    await using (var scope = root.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var museum = new SciMuseum.Core.Organization.Museum { Code = $"bs{Guid.NewGuid():N}"[..20], Name = "基准测试科技馆" };
        db.Museums.Add(museum);
        await db.SaveChangesAsync();
        var w = Stopwatch.StartNew();
        await SurveysLoad.LoadAsync(db, museum.Id, answers);
        Console.WriteLine($"loaded in {w.Elapsed.TotalSeconds:0.0} s");
    }
    await using (var scope = root.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var (from, to) = (new DateTime(SurveysLoad.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(SurveysLoad.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var rows = new List<(string Name, double Ms, string Value)>();
        async Task Time(string name, Func<Task<string>> run)
        {
            var value = await run();
            rows.Add((name, await Median(run), value));
        }
        var dates = db.Database.IsNpgsql() ? "r.\"Date\" >= @from::date AND r.\"Date\" < @to::date" : "r.\"Date\" >= substr(@from, 1, 10) AND r.\"Date\" < substr(@to, 1, 10)";
        await Time("raw SQL: answers per question and value in the area", () => RawCountAsync(db,
            $"SELECT a.\"QuestionId\", a.\"Value\", COUNT(*) FROM \"SurveyAnswers\" a JOIN \"SurveyResponses\" r ON r.\"Id\" = a.\"ResponseId\" "
            + $"WHERE r.\"Area\" = '{SurveysLoad.Area}' AND {dates} AND a.\"Value\" IS NOT NULL GROUP BY a.\"QuestionId\", a.\"Value\"", from, to));
        await Time("areas' indices, the year (SurveyResults.AreasAsync)", async () =>
            string.Join(" / ", (await SciMuseum.Core.Surveys.SurveyResults.AreasAsync(db, MetricPeriod.Year(SurveysLoad.Year), null, default)).Select(a => $"{a.Index} ({a.Responses:N0})")));
        await Time("an area's results page (AreaDetail.HandleAsync)", async () =>
        {
            var r = await SciMuseum.Core.Surveys.AreaDetail.HandleAsync(db, SurveysLoad.Area, SurveysLoad.Year, default);
            return $"index {r!.Area.Index}, {r.Questions.Sum(q => q.Answers):N0} answers counted";
        });
        Console.WriteLine($"{"median ms",-62}{"ms",10}  value");
        foreach (var (name, ms, value) in rows) Console.WriteLine($"{name,-62}{ms,10:0.0}  {value}");
        var slowest = rows.Where(r => !r.Name.StartsWith("raw")).Max(r => r.Ms);
        Console.WriteLine($"target under 300 ms: {(slowest < 300 ? "met" : "MISSED")} (slowest {slowest:0} ms)");
    }
}

if (provider == "Sqlite")
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
}

static async Task<string> RawCountAsync(MuseumDb db, string sql, DateTime from, DateTime to, int a = 0, int b = 0)
{
    await using var command = Command(db, sql, from, to, a, b);
    await using var reader = await command.ExecuteReaderAsync();
    var n = 0;
    while (await reader.ReadAsync()) n++;
    return $"{n:N0} rows";
}

static async Task<string> RawScalarAsync(MuseumDb db, string sql, DateTime from, DateTime to, int a = 0, int b = 0)
{
    await using var command = Command(db, sql, from, to, a, b);
    return $"{Convert.ToDouble(await command.ExecuteScalarAsync()):0.0} h";
}

static System.Data.Common.DbCommand Command(MuseumDb db, string sql, DateTime from, DateTime to, int a, int b)
{
    var connection = db.Database.GetDbConnection();
    if (connection.State != System.Data.ConnectionState.Open) connection.Open();
    var command = connection.CreateCommand();
    command.CommandText = sql;
    var sqlite = !db.Database.IsNpgsql();
    foreach (var (name, value) in new[] { ("@from", from), ("@to", to) })
    {
        if (!sql.Contains(name)) continue;
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = sqlite ? value.ToString("yyyy-MM-dd HH:mm:ss") : value;
        command.Parameters.Add(p);
    }
    foreach (var (name, value) in new[] { ("@a", a), ("@b", b) })
    {
        if (!sql.Contains(name)) continue;
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
    return command;
}

static async Task<double> Median(Func<Task<string>> run)
{
    var times = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        var w = Stopwatch.StartNew();
        await run();
        times.Add(w.Elapsed.TotalMilliseconds);
    }
    return times.Order().ElementAt(times.Count / 2);
}
