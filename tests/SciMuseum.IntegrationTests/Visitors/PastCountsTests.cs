using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Finance.ImportUploads;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>Past daily visitor counts: imported all or nothing, only before the first ticket, counted and marked in statistics.</summary>
public abstract class PastCountsTests(SciMuseumApp app)
{
    private static readonly string[] Header = ["日期", "渠道", "人数"];

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync("/api/v1/visitors/past-counts", new MultipartFormDataContent { { content, "file", name } });
    }

    private Task<int> PastRowsAsync() => app.InSystemScopeAsync((_, db) => db.Set<PastVisitorCount>().IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task Imported_days_count_as_open_days_and_visitors_in_statistics_and_metrics_and_are_marked_imported()
    {
        var m = await app.OpenMuseumAsync();
        var staff = await app.NewUserAsync(m.Museum.Id, Roles.ExhibitionEducation);
        var year = Today.Year - 3; // before the calendar's first rule: closed by the calendar, opened by the import
        var file = Xlsx(Header, [new DateTime(year, 3, 2), "个人预约", 300d], [new DateTime(year, 3, 2), "团体", 120d], [$"{year}-03-03", "现场登记", "48"]);

        var done = await (await UploadAsync(staff, file, "2019年接待.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, 2, 468), (done.GetProperty("rows").GetInt32(), done.GetProperty("days").GetInt32(), done.GetProperty("visitors").GetInt32()));

        var stats = await staff.GetJsonAsync($"/api/v1/visitors/statistics?year={year}");
        Assert.Equal((468, 2, 300, 120, 48), (stats.GetProperty("admitted").GetInt32(), stats.GetProperty("openDays").GetInt32(),
            stats.GetProperty("individual").GetInt32(), stats.GetProperty("group").GetInt32(), stats.GetProperty("walkIn").GetInt32()));
        Assert.Equal((2, 468, 0), (stats.GetProperty("importedDays").GetInt32(), stats.GetProperty("importedVisitors").GetInt32(), stats.GetProperty("plannedOpenDays").GetInt32()));
        Assert.Equal(468, stats.GetProperty("months")[2].GetProperty("admitted").GetInt32());
        var day = (await staff.GetJsonAsync($"/api/v1/visitors/daily?from={year}-03-02&to={year}-03-04")).EnumerateArray().ToList();
        Assert.Equal([true, true, false], day.Select(d => d.GetProperty("imported").GetBoolean()));
        Assert.Equal("导入的历史数据", day[0].GetProperty("reason").GetString());

        var (admitted, openDays) = await app.InSystemScopeAsync(async (services, db) =>
        {
            db.User.Use(new ClaimsPrincipal(), m.Museum.Id);
            var provider = services.GetServices<IMetricProvider>().OfType<VisitorsMetricProvider>().Single();
            return ((await provider.ComputeAsync("visitors.admitted", null, MetricPeriod.Year(year)))!,
                (await provider.ComputeAsync("visitors.openDays", null, MetricPeriod.Year(year)))!);
        });
        Assert.Equal((468m, 2m), (admitted.Value, openDays.Value));
        Assert.Contains("含导入的历史数据 2 天 / 468 人次", admitted.Basis);

        var batches = (await staff.GetJsonAsync("/api/v1/visitors/past-counts")).EnumerateArray().ToList();
        var batch = Assert.Single(batches);
        Assert.Equal(("2019年接待.xlsx", 468, 2), (batch.GetProperty("sourceFile").GetString(), batch.GetProperty("visitors").GetInt32(), batch.GetProperty("days").GetInt32()));
        var inserts = await app.InSystemScopeAsync((_, db) =>
            db.AuditEntries.CountAsync(a => a.MuseumId == m.Museum.Id && a.Entity == nameof(PastVisitorCount) && a.Action == SciMuseum.Core.Audit.AuditAction.Insert));
        Assert.Equal(3, inserts);

        // Another museum cannot withdraw it; its own staff can, and the figures go with it.
        var id = batch.GetProperty("batchId").GetGuid();
        var other = await app.OpenMuseumAsync();
        var stranger = await app.NewUserAsync(other.Museum.Id, Roles.ExhibitionEducation);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/visitors/past-counts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/visitors/past-counts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync($"/api/v1/visitors/past-counts/{id}")).StatusCode);
        var after = await staff.GetJsonAsync($"/api/v1/visitors/statistics?year={year}");
        Assert.Equal((0, 0, 0), (after.GetProperty("admitted").GetInt32(), after.GetProperty("openDays").GetInt32(), after.GetProperty("importedDays").GetInt32()));
        Assert.Empty((await staff.GetJsonAsync("/api/v1/visitors/past-counts")).EnumerateArray());
    }

    [Fact]
    public async Task A_file_with_bad_rows_lists_each_row_and_column_and_writes_nothing()
    {
        var m = await app.OpenMuseumAsync();
        var staff = await app.NewUserAsync(m.Museum.Id, Roles.Office);
        var firstTicket = Today.AddDays(2);
        await app.BookedAsync(m, await app.SlotOnAsync(m, firstTicket), firstTicket, Visitor());
        var y = Today.Year - 2;
        await (await UploadAsync(staff, Csv(Header, bom: true, [$"{y}-05-01", "个人预约", "10"]), "first.csv")).JsonAsync(HttpStatusCode.OK);
        var rows = await PastRowsAsync();

        var file = Csv(Header, bom: true,
            [$"{y}-05-02", "个人预约", "1,200"],           // 2: fine
            [$"{y}-13-01", "个人预约", "5"],               // 3: no such day
            [$"{y}-05-03", "网上", "5"],                   // 4: no such channel
            [$"{y}-05-04", "团体", "-3"],                  // 5: negative
            [$"{y}-05-05", "团体", "2.5"],                 // 6: not whole
            [$"{y}-05-02", "个人", "7"],                   // 7: same day and channel as row 2
            [$"{y}-05-01", "个人预约", "9"],               // 8: already imported
            [$"{firstTicket:yyyy-MM-dd}", "团体", "9"],     // 9: on the first ticket's day
            [$"{Today:yyyy-MM-dd}", "现场登记", "9"]);     // 10: today
        var problem = await (await UploadAsync(staff, file, "bad.csv")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(3, "日期"), (4, "渠道"), (5, "人数"), (6, "人数"), (7, "渠道"), (8, "渠道"), (9, "日期"), (10, "日期")], problem.Cells());
        Assert.Contains("2", problem.ErrorsFor("row 7: 渠道").Single());
        Assert.Contains("first.csv", problem.ErrorsFor("row 8: 渠道").Single());
        Assert.Contains(firstTicket.ToString("yyyy-MM-dd"), problem.ErrorsFor("row 9: 日期").Single());
        Assert.Equal(rows, await PastRowsAsync());

        await (await UploadAsync(staff, Csv(Header, bom: false, [$"{y}-05-02", "个人预约", "1,200"]), "fixed.csv")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1_210, (await staff.GetJsonAsync($"/api/v1/visitors/statistics?year={y}")).GetProperty("admitted").GetInt32());
        var gate = await app.NewUserAsync(m.Museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(gate, Csv(Header, bom: false, [$"{y}-05-06", "团体", "1"]), "x.csv")).StatusCode);
        Assert.Equal(rows + 1, await PastRowsAsync());
    }

    [Fact]
    public async Task The_current_year_counts_open_days_up_to_today_and_says_the_rest_are_planned()
    {
        var m = await app.OpenMuseumAsync(); // open every day from 400 days ago
        var staff = await app.NewUserAsync(m.Museum.Id, Roles.Office);
        var stats = await staff.GetJsonAsync($"/api/v1/visitors/statistics?year={Today.Year}");
        var daysInYear = DateTime.IsLeapYear(Today.Year) ? 366 : 365;
        Assert.Equal(Today.DayOfYear, stats.GetProperty("openDays").GetInt32());
        Assert.Equal(daysInYear - Today.DayOfYear, stats.GetProperty("plannedOpenDays").GetInt32());
        var months = stats.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(Today.Day, months[Today.Month - 1].GetProperty("openDays").GetInt32());
        Assert.Equal(Today.DayOfYear, months.Sum(x => x.GetProperty("openDays").GetInt32()));
        var last = await staff.GetJsonAsync($"/api/v1/visitors/statistics?year={Today.Year - 1}");
        Assert.Equal(0, last.GetProperty("plannedOpenDays").GetInt32());
    }
}

[Collection("sqlite")]
public sealed class PastCountsOnSqlite(SqliteApp app) : PastCountsTests(app);

[Collection("postgres")]
public sealed class PastCountsOnPostgres(PostgresApp app) : PastCountsTests(app);
