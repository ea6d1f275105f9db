using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Finance;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.IntegrationTests.Organization;
using SciMuseum.IntegrationTests.Visitors;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Hosting;

/// <summary>
/// Issue 11, defects 1–3: years and dates outside what a museum can have, nulls inside lists and amounts beyond what the
/// database holds were 500s; each is now a field error (400, in Chinese or English) that writes nothing.
/// </summary>
public abstract class ImplausibleInputTests(SciMuseumApp app)
{
    public static TheoryData<string, string> OutOfRangeQueries => new()
    {
        { "/api/v1/finance/execution?year=0", "year" },
        { "/api/v1/finance/execution?year=-1", "year" },
        { "/api/v1/finance/execution?year=10000", "year" },
        { "/api/v1/finance/execution?year=2020&from=0001-01-01", "from" },
        { "/api/v1/finance/reconciliation?year=0", "year" },
        { "/api/v1/finance/lines?year=0", "year" },
        { "/api/v1/finance/monitoring?year=0", "year" },
        { "/api/v1/finance/receipts?year=0", "year" },
        { "/api/v1/finance/expenditures?to=9999-12-31", "to" },
        { "/api/v1/finance/import/templates/budget.xlsx?year=0", "year" },
        { "/api/v1/visitors/statistics?year=0", "year" },
        { "/api/v1/visitors/statistics?from=0001-01-01&to=0001-12-31", "from" },
        { "/api/v1/visitors/daily?from=9999-12-30&to=9999-12-31", "from" },
        { "/api/v1/visitors/occupancy?date=9999-12-31", "date" },
        { "/api/v1/visitors/reservations?date=0001-01-01", "date" },
        { "/api/v1/performance/metrics/value?key=finance.executionRate&year=0", "year" },
        { "/api/v1/performance/metrics/value?key=finance.executionRate&from=0001-01-01&to=9999-12-31", "from" },
        { "/api/v1/performance/goals?year=0", "year" },
        { "/api/v1/performance/evaluations?year=0", "year" },
        { "/api/v1/performance/rectification?year=0", "year" },
        { "/api/v1/performance/year-over-year?from=0&to=9999", "from" },
        { "/api/v1/performance/monitoring?date=9999-12-31", "date" },
        { "/api/v1/organization/headcount?date=0001-01-01", "date" },
        { "/api/v1/organization/staff?date=9999-12-31", "date" },
        { "/api/v1/organization/posts?date=9999-12-31", "date" },
        { "/api/v1/audit?to=9999-12-31", "to" },
        { "/api/v1/audit?from=0001-01-01", "from" },
        { "/api/v1/public/opening?date=9999-12-31", "date" },
        { "/api/v1/public/calendar?from=9999-12-31", "from" },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeQueries))]
    public async Task A_year_or_date_outside_the_plausible_range_is_a_field_error_not_a_500(string url, string field)
    {
        var admin = await app.AdminAsync();
        var problem = await (await admin.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task The_year_error_speaks_chinese_by_default_and_english_when_asked()
    {
        var admin = await app.AdminAsync();
        var zh = await (await admin.GetAsync("/api/v1/finance/execution?year=0")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["年份应在 2000–2100 之间。"], zh.ErrorsFor("year"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit?to=9999-12-31");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = await (await admin.SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["The date must be between 1900-01-01 and 2100-12-31."], en.ErrorsFor("to"));
        // The plausible years still answer.
        Assert.Equal(2020, (await admin.GetJsonAsync("/api/v1/visitors/statistics?year=2020")).GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_null_visitor_in_a_public_booking_is_named_and_takes_no_place()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(2);
        var slot = await app.SlotOnAsync(m, date);
        var before = await app.CountVisitsAsync();
        var body = $$"""{"date":"{{date:yyyy-MM-dd}}","slotId":"{{slot}}","phone":"13912345678","visitors":[null]}""";
        var problem = await (await app.Anonymous().PostAsync($"/api/v1/public/reservations?{m.Q}", Json(body)))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["必填。"], problem.ErrorsFor("visitors[0]"));
        var second = await (await app.Anonymous().PostAsync($"/api/v1/public/reservations?{m.Q}",
                Json(body.Replace("[null]", """[{"name":"张三","idType":"Passport","idNumber":"E12345678"},null]"""))))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(second.ErrorsFor("visitors[1]"));
        Assert.Equal(before, await app.CountVisitsAsync());
    }

    public static TheoryData<string, string, string> NullItems => new()
    {
        { "/api/v1/visitors/walkins", """{"phone":"13912345678","visitors":[null]}""", "visitors[0]" },
        { "/api/v1/visitors/calendar/rules", """{"effectiveFrom":"2030-01-01","openWeekdays":["Monday"],"dailyCap":100,"slots":[null]}""", "slots[0]" },
        { "/api/v1/visitors/calendar/rules", """{"effectiveFrom":"2030-01-01","openWeekdays":[null],"dailyCap":100,"slots":[{"start":"09:00:00","end":"10:00:00","capacity":10}]}""", "openWeekdays[0]" },
        { "/api/v1/performance/goals", """{"year":2020,"title":"t","overallGoal":"g","indicators":[null]}""", "indicators[0]" },
    };

    [Theory]
    [MemberData(nameof(NullItems))]
    public async Task A_null_inside_any_list_is_a_field_error_that_writes_nothing(string url, string body, string field)
    {
        var museum = await app.CreateMuseumAsync();
        var admin = await app.AdminAsync();
        var visits = await app.CountVisitsAsync();
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsync($"{url}?museum={museum.Code}", Json(body)),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Equal(visits, await app.CountVisitsAsync());
    }

    [Theory]
    [InlineData("1e15")]
    [InlineData("9223372036854775808")]
    [InlineData("-1e15")]
    public async Task A_stated_figure_beyond_what_the_database_holds_is_a_field_error(string value)
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m);
        var figures = await StatedFiguresAsync(books.Museum.Id);
        var body = $$"""{"year":2020,"key":"line.P01.spent","label":"支出","value":{{value}},"unit":"Yuan","decimals":2}""";
        var problem = await app.RefusedWithoutWritingAsync(() => books.Finance.PostAsync("/api/v1/finance/stated-figures", Json(body)),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["数值过大。"], problem.ErrorsFor("value"));
        Assert.Equal(figures, await StatedFiguresAsync(books.Museum.Id));
    }

    public static TheoryData<string, string> HugeAmounts => new()
    {
        { "/api/v1/finance/lines/{line}/adjustments", """{"date":"2020-07-01","amount":1e15,"reason":"测试"}""" },
        { "/api/v1/finance/lines/{line}/adjustments", """{"date":"2020-07-01","amount":-1e15,"reason":"测试"}""" },
        { "/api/v1/finance/receipts", """{"lineId":"{line}","date":"2020-07-01","amount":1e15,"documentNumber":"拨-9"}""" },
        { "/api/v1/finance/expenditures", """{"lineId":"{line}","date":"2020-07-01","amount":9223372036854775808,"payee":"某公司","category":"General","voucherNumber":"V-huge"}""" },
    };

    [Theory]
    [MemberData(nameof(HugeAmounts))]
    public async Task Every_amount_of_money_follows_the_one_money_rule(string url, string body)
    {
        var books = await FinanceBooks.OpenAsync(app, received: 1_000m);
        var problem = await app.RefusedWithoutWritingAsync(
            () => books.Finance.PostAsync(url.Replace("{line}", books.LineId.ToString()), Json(body.Replace("{line}", books.LineId.ToString()))),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["金额过大。"], problem.ErrorsFor("amount"));
        Assert.Equal((1_000m, 0m), await books.LineAsync());
        var line = (await books.Finance.GetJsonAsync("/api/v1/finance/execution?year=2020")).GetProperty("lines")[0];
        Assert.Equal(10_000m, line.GetProperty("currentBudget").GetDecimal());
    }

    [Fact]
    public async Task A_budget_line_or_goal_target_beyond_what_the_database_holds_is_a_field_error()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m);
        var line = await app.RefusedWithoutWritingAsync(() => books.Finance.PostAsync("/api/v1/finance/lines", Json(
            """{"year":2020,"code":"P99","name":"巨额","kind":"Project","source":"LocalFiscal","approved":1e15}""")), HttpStatusCode.BadRequest);
        Assert.Equal(["金额过大。"], line.ErrorsFor("approved"));
        var goal = await app.RefusedWithoutWritingAsync(() => books.Finance.PostAsync("/api/v1/performance/goals", Json(
            """{"year":2020,"title":"目标","overallGoal":"总目标","indicators":[{"name":"观众人次","category":"Output","subcategory":"Quantity","comparison":"AtLeast","target":1e15,"unit":"人次"}]}""")),
            HttpStatusCode.BadRequest);
        Assert.Equal(["数值过大。"], goal.ErrorsFor("indicators[0].target"));
    }

    [Fact]
    public async Task Posts_and_staff_from_year_one_are_field_errors_and_the_headcount_stays_35()
    {
        var admin = await app.AdminAsync();
        var office = await app.DepartmentIdAsync(await app.DemoMuseumIdAsync(), DepartmentKind.Office);
        var staff = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Staff.Url, Staff.Body(office, "远古员工", startDate: "0001-01-01")),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(staff.ErrorsFor("startDate"));
        var post = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync("/api/v1/organization/posts", new
        {
            departmentId = office, title = "远古岗位", kind = "Establishment", authorizedCount = 1, validFrom = "0001-01-01",
        }), HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(post.ErrorsFor("validFrom"));
        var h = await admin.GetJsonAsync("/api/v1/organization/headcount?date=2020-12-31");
        Assert.Equal(35, h.GetProperty("staffInPost").GetInt32());
        Assert.Equal(35, h.GetProperty("authorizedPosts").GetInt32());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2021-05-01")]
    public async Task An_adjustment_dated_outside_its_lines_year_is_a_field_error(string date)
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m);
        var problem = await app.RefusedWithoutWritingAsync(() => books.Finance.PostAsJsonAsync($"/api/v1/finance/lines/{books.LineId}/adjustments",
            new { date, amount = 500m, reason = "补记" }), HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("date"));
        var line = (await books.Finance.GetJsonAsync("/api/v1/finance/execution?year=2020")).GetProperty("lines")[0];
        Assert.Equal(10_000m, line.GetProperty("currentBudget").GetDecimal());
    }

    private Task<int> StatedFiguresAsync(Guid museumId) =>
        app.InSystemScopeAsync((_, db) => db.StatedFigures.IgnoreQueryFilters().CountAsync(f => f.MuseumId == museumId));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

[Collection("sqlite")]
public sealed class ImplausibleInputOnSqlite(SqliteApp app) : ImplausibleInputTests(app);

[Collection("postgres")]
public sealed class ImplausibleInputOnPostgres(PostgresApp app) : ImplausibleInputTests(app);
