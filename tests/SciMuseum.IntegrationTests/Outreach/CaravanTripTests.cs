using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Outreach;

/// <summary>The science caravan's trips: the 2020 demo's four trips are counted from their rows; editing is the maintenance department's.</summary>
public abstract class CaravanTripTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/outreach/trips";

    [Fact]
    public async Task The_2020_demo_counts_four_trips_reaching_2080_people_from_its_trip_records()
    {
        var admin = await app.AdminAsync();
        var year = await admin.GetJsonAsync($"{Url}?year=2020");
        Assert.Equal(4, year.GetProperty("trips").GetInt32());
        Assert.Equal(2080, year.GetProperty("beneficiaries").GetInt32());
        Assert.Contains("桐柏区域常态化巡展启动仪式", year.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("destination").GetString()));

        var trips = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=outreach.caravanTrips&year=2020");
        Assert.Equal(4m, trips.GetProperty("value").GetDecimal());
        var people = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=outreach.caravanBeneficiaries&year=2020");
        Assert.Equal(2080m, people.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_trip_added_by_the_maintenance_department_is_counted_and_a_gate_clerk_may_not_add_one()
    {
        var museum = await app.CreateMuseumAsync();
        var maintenance = await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance);
        var created = await (await maintenance.PostAsJsonAsync(Url, new { date = "2021-05-20", destination = "唐河县第一小学", county = "唐河县", beneficiaries = 300, exhibitsShown = 12 }))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await maintenance.PutAsJsonAsync($"{Url}/{id}", new { date = "2021-05-21", destination = "唐河县第一小学", beneficiaries = 320 })).JsonAsync(HttpStatusCode.OK);

        var year = await maintenance.GetJsonAsync($"{Url}?year=2021");
        Assert.Equal(1, year.GetProperty("trips").GetInt32());
        Assert.Equal(320, year.GetProperty("beneficiaries").GetInt32());

        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsJsonAsync(Url, new { date = "2021-06-01", destination = "x", beneficiaries = 1 })).StatusCode);
        // Another museum's staff neither see nor change this one's trips.
        var other = await app.AdminAsync();
        await (await other.PutAsJsonAsync($"{Url}/{id}", new { date = "2021-05-21", destination = "改", beneficiaries = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(320, await app.InSystemScopeAsync((_, db) => db.CaravanTrips.Where(t => t.Id == id).Select(t => t.Beneficiaries).SingleAsync()));
    }

    [Fact]
    public async Task A_trip_with_bad_fields_is_refused_field_by_field_and_nothing_is_written()
    {
        var admin = await app.AdminAsync();
        var before = await app.InSystemScopeAsync((_, db) => db.CaravanTrips.IgnoreQueryFilters().CountAsync());
        var problem = await (await admin.PostAsJsonAsync(Url, new { date = "2021-05-20", destination = "", beneficiaries = -5, exhibitsShown = 5000 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("destination"));
        Assert.NotEmpty(problem.ErrorsFor("beneficiaries"));
        Assert.NotEmpty(problem.ErrorsFor("exhibitsShown"));
        var implausible = await (await admin.PostAsJsonAsync(Url, new { date = "0001-01-01", destination = "某小学", beneficiaries = 10 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(implausible.ErrorsFor("date"));
        await (await admin.GetAsync($"{Url}?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync($"{Url}?year=2020&format=pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.CaravanTrips.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task The_year_exports_as_a_spreadsheet_with_chinese_headers()
    {
        var response = await (await app.AdminAsync()).GetAsync($"{Url}?year=2020&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(2080, rows.Sum(r => Convert.ToInt32(r["受益人数"])));
    }
}

[Collection("sqlite")]
public sealed class CaravanTripsOnSqlite(SqliteApp app) : CaravanTripTests(app);

[Collection("postgres")]
public sealed class CaravanTripsOnPostgres(PostgresApp app) : CaravanTripTests(app);
