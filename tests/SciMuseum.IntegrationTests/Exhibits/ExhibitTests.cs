using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Exhibits;

/// <summary>Exhibits and their repairs: the 2020 demo's figures from records, the register's unique codes, the work-order state machine, the QR fault report.</summary>
public abstract class ExhibitTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/exhibits";

    [Fact]
    public async Task The_2020_statistics_count_the_renewed_exhibits_repairs_integrity_and_caravan_from_records()
    {
        var s = await (await app.AdminAsync()).GetJsonAsync($"{Url}/statistics?year=2020");
        Assert.Equal(22, s.GetProperty("renewed").GetInt32());
        var byFloor = s.GetProperty("renewedByFloor");
        Assert.Equal((4, 11, 7), (byFloor.GetProperty("1").GetInt32(), byFloor.GetProperty("2").GetInt32(), byFloor.GetProperty("3").GetInt32()));
        Assert.InRange(s.GetProperty("maintenanceJobs").GetInt32(), 400, 499);
        var rate = s.GetProperty("integrityRate").GetDecimal();
        Assert.InRange(rate, 95m, 100m);
        Assert.Equal(rate, Math.Round(rate, 1));
        Assert.Equal(4, s.GetProperty("caravanTrips").GetInt32());
        Assert.Equal(27, s.GetProperty("caravanExhibits").GetInt32());
        Assert.True(s.GetProperty("caravanAudience").GetInt32() >= 2000);
        Assert.True(s.GetProperty("waitingForProcurementHours").GetDecimal() > 0);

        var metric = await (await app.AdminAsync()).GetJsonAsync("/api/v1/performance/metrics/value?key=exhibits.renewed&argument=2&year=2020");
        Assert.Equal(11m, metric.GetProperty("value").GetDecimal());
        var renewals = (await (await app.AdminAsync()).GetJsonAsync($"{Url}/renewals?year=2020")).EnumerateArray().Single();
        Assert.Equal(22, renewals.GetProperty("exhibits").GetInt32());
        Assert.StartsWith("P09", renewals.GetProperty("budgetLine").GetString());
    }

    [Fact]
    public async Task A_duplicate_exhibit_code_is_a_field_error_and_nothing_is_written()
    {
        var museum = await app.CreateMuseumAsync();
        var maintenance = await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance);
        var body = new { code = "cv-77", name = "大篷车展品", category = "Caravan", purchaseDate = "2021-03-01", cost = 1200.5 };
        await (await maintenance.PostAsJsonAsync(Url, body)).JsonAsync(HttpStatusCode.Created);
        var before = await app.InSystemScopeAsync((_, db) => db.Exhibits.IgnoreQueryFilters().CountAsync());
        var problem = await app.RefusedWithoutWritingAsync(() => maintenance.PostAsJsonAsync(Url, body with { name = "另一件" }), HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("CV-77", Assert.Single(problem.ErrorsFor("code")));
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.Exhibits.IgnoreQueryFilters().CountAsync()));

        var bad = await (await maintenance.PostAsJsonAsync(Url, new { code = "", name = "", category = "Interactive", cost = -1, purchaseDate = "1900-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(bad.ErrorsFor("code"));
        Assert.NotEmpty(bad.ErrorsFor("hallId"));
        Assert.NotEmpty(bad.ErrorsFor("cost"));
        Assert.NotEmpty(bad.ErrorsFor("purchaseDate"));
        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsJsonAsync(Url, body with { code = "CV-78" })).StatusCode);
    }

    [Fact]
    public async Task Closing_a_work_order_twice_is_refused_with_409_and_writes_nothing()
    {
        var museum = await app.CreateMuseumAsync();
        var maintenance = await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance);
        var exhibit = await (await maintenance.PostAsJsonAsync(Url, new { code = "CV-01", name = "车载展品", category = "Caravan" })).JsonAsync(HttpStatusCode.Created);
        var exhibitId = exhibit.GetProperty("id").GetGuid();
        var order = await (await maintenance.PostAsJsonAsync($"{Url}/work-orders", new { exhibitId, description = "按钮失灵", priority = "Urgent" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        Assert.Equal("Faulty", (await maintenance.GetJsonAsync($"{Url}/{exhibitId}")).GetProperty("status").GetString());
        var reported = order.GetProperty("reportedAt").GetDateTime();
        Assert.Equal(TimeSpan.FromHours(4), order.GetProperty("dueAt").GetDateTime() - reported);

        foreach (var to in new[] { "InProgress", "Done" })
            await (await maintenance.PostAsJsonAsync($"{Url}/work-orders/{id}/transitions", new { to, note = to })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("InService", (await maintenance.GetJsonAsync($"{Url}/{exhibitId}")).GetProperty("status").GetString());

        var transitions = await app.InSystemScopeAsync((_, db) => db.WorkOrderTransitions.IgnoreQueryFilters().CountAsync(t => t.WorkOrderId == id));
        await (await maintenance.PostAsJsonAsync($"{Url}/work-orders/{id}/transitions", new { to = "Done" })).ProblemAsync(HttpStatusCode.Conflict, "/problems/already-done");
        Assert.Equal(transitions, await app.InSystemScopeAsync((_, db) => db.WorkOrderTransitions.IgnoreQueryFilters().CountAsync(t => t.WorkOrderId == id)));
        var detail = await maintenance.GetJsonAsync($"{Url}/work-orders/{id}");
        Assert.Equal("Done", detail.GetProperty("order").GetProperty("state").GetString());
        Assert.Equal(3, detail.GetProperty("history").GetArrayLength());
        // Another museum's staff do not see the order.
        await (await (await app.AdminAsync()).GetAsync($"{Url}/work-orders/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_visitors_fault_report_from_the_qr_opens_a_work_order_and_turns_the_exhibit_faulty()
    {
        var anonymous = app.Anonymous();
        var redirect = await anonymous.GetAsync("/e/r20-2-05");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/exhibit/R20-2-05", redirect.Headers.Location?.OriginalString);
        var exhibit = await anonymous.GetJsonAsync("/api/v1/public/exhibits/R20-2-05");
        Assert.Equal(2, exhibit.GetProperty("floor").GetInt32());

        var receipt = await (await anonymous.PostAsJsonAsync("/api/v1/public/exhibits/R20-2-05/faults", new { description = "触摸屏没有反应", contact = "13800000000" }))
            .JsonAsync(HttpStatusCode.Created);
        var number = receipt.GetProperty("number").GetString()!;
        var (state, source, status) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var o = await db.WorkOrders.IgnoreQueryFilters().SingleAsync(w => w.Number == number && w.Description == "触摸屏没有反应");
            var e = await db.Exhibits.IgnoreQueryFilters().SingleAsync(x => x.Id == o.ExhibitId);
            return (o.State, o.Source, e.Status);
        });
        Assert.Equal((WorkOrderState.Reported, WorkOrderSource.FaultReport, ExhibitStatus.Faulty), (state, source, status));

        await (await anonymous.PostAsJsonAsync("/api/v1/public/exhibits/R20-2-05/faults", new { description = "" })).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        await (await anonymous.PostAsJsonAsync("/api/v1/public/exhibits/NOPE-1/faults", new { description = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_2020_evaluation_binds_the_three_exhibit_indicators_to_their_metrics_and_still_totals_87_64()
    {
        var admin = await app.AdminAsync();
        var e = (await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray()
            .Single(x => x.GetProperty("name").GetString() == "2020年度部门整体支出绩效自评");
        var indicators = (await admin.GetJsonAsync(e.GetProperty("indicatorsUrl").GetString()!)).EnumerateArray().ToList();
        foreach (var (name, key, score) in new[] { ("展品更新数量", "exhibits.renewed", 2m), ("展品完好率", "exhibits.integrityRate", 3m), ("展品维护维修", "exhibits.maintenanceJobs", 2m) })
        {
            var i = indicators.Single(x => x.GetProperty("name").GetString() == name);
            Assert.Equal(key, i.GetProperty("metricKey").GetString());
            Assert.Equal("Metric", i.GetProperty("source").GetString());
            Assert.Equal(score, i.GetProperty("score").GetDecimal());
            Assert.StartsWith("/staff/exhibits", i.GetProperty("sourceLink").GetString());
        }
        Assert.Equal(87.64m, e.GetProperty("totalScore").GetDecimal());
        Assert.Equal("良好", e.GetProperty("grade").GetString());
    }
}

[Collection("sqlite")]
public sealed class ExhibitsOnSqlite(SqliteApp app) : ExhibitTests(app);

[Collection("postgres")]
public sealed class ExhibitsOnPostgres(PostgresApp app) : ExhibitTests(app);
