using System.Net;
using System.Net.Http.Json;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>A line never spends more than it received, unless a finance leader says why; racing payments cannot slip past.</summary>
public abstract class SpendingGuardTests(SciMuseumApp app)
{
    [Fact]
    public async Task Paying_beyond_the_received_funds_is_refused_and_writes_nothing()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 5_000m);
        await (await books.PayAsync(books.Finance, 3_000m)).JsonAsync(HttpStatusCode.Created);
        var problem = await (await books.PayAsync(books.Finance, 2_000.01m)).ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        Assert.Contains("2,000.00", problem.GetProperty("detail").GetString());
        Assert.Equal((5_000m, 3_000m), await books.LineAsync());
        await (await books.PayAsync(books.Finance, 2_000m)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((5_000m, 5_000m), await books.LineAsync());
    }

    [Fact]
    public async Task Only_a_finance_leader_with_a_reason_may_overspend()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 1_000m);
        await (await books.PayAsync(books.Finance, 1_500m, "急需")).ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        await (await books.PayAsync(books.Lead, 1_500m)).ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        var paid = await (await books.PayAsync(books.Lead, 1_500m, "展品抢修，资金下月到位")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("展品抢修，资金下月到位", paid.GetProperty("overrideReason").GetString());
        Assert.Equal((1_000m, 1_500m), await books.LineAsync());
    }

    [Fact]
    public async Task Twelve_racing_payments_against_five_thousand_received_confirm_exactly_five()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 5_000m);
        var clients = Enumerable.Range(0, 12).Select(_ => app.WithToken(books.Finance.DefaultRequestHeaders.Authorization!.Parameter!)).ToList();
        var answers = await Task.WhenAll(clients.Select(c => books.PayAsync(c, 1_000m)));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal((5_000m, 5_000m), await books.LineAsync());
    }

    [Fact]
    public async Task Withdrawing_a_receipt_that_was_already_spent_is_refused()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m);
        var receipt = await (await books.Finance.PostAsJsonAsync("/api/v1/finance/receipts",
            new { lineId = books.LineId, date = "2020-04-01", amount = 800m })).JsonAsync(HttpStatusCode.Created);
        await (await books.PayAsync(books.Finance, 500m)).JsonAsync(HttpStatusCode.Created);
        var id = receipt.GetProperty("id").GetGuid();
        await (await books.Finance.DeleteAsync($"/api/v1/finance/receipts/{id}")).ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        Assert.Equal((800m, 500m), await books.LineAsync());
    }

    [Fact]
    public async Task Bad_payments_name_each_field_and_write_nothing()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 5_000m);
        var first = books.Payment(100m);
        await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", first)).JsonAsync(HttpStatusCode.Created);

        async Task<string[]> ErrorsAsync(object body, string field) =>
            (await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", body)).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation"))
            .ErrorsFor(field);

        Assert.NotEmpty(await ErrorsAsync(new { lineId = books.LineId, date = "2020-06-01", amount = -5m, payee = "x", voucherNumber = "A1" }, "amount"));
        Assert.NotEmpty(await ErrorsAsync(new { lineId = books.LineId, date = "2020-06-01", amount = 1.005m, payee = "x", voucherNumber = "A2" }, "amount"));
        Assert.NotEmpty(await ErrorsAsync(new { lineId = Guid.NewGuid(), date = "2020-06-01", amount = 5m, payee = "x", voucherNumber = "A3" }, "lineId"));
        Assert.NotEmpty(await ErrorsAsync(new { lineId = books.LineId, date = "2020-06-01", amount = 5m, voucherNumber = "A4" }, "payee"));
        Assert.NotEmpty(await ErrorsAsync(new { lineId = books.LineId, date = "2020-06-01", amount = 5m, payee = "x", isProcurement = true, voucherNumber = "A5" }, "procurementMethod"));
        Assert.NotEmpty(await ErrorsAsync(new { lineId = books.LineId, date = "2021-01-05", amount = 5m, payee = "x", voucherNumber = "A6" }, "date"));
        var duplicate = first.GetType().GetProperty("voucherNumber")!.GetValue(first)!;
        Assert.Equal(["凭证号已存在。"], await ErrorsAsync(new { lineId = books.LineId, date = "2020-06-01", amount = 5m, payee = "x", voucherNumber = duplicate }, "voucherNumber"));
        Assert.Equal((5_000m, 100m), await books.LineAsync());
    }

    [Fact]
    public async Task An_adjustment_with_a_reason_moves_the_current_budget_not_the_approved_amount()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m, approved: 10_000m);
        var noReason = await books.Finance.PostAsJsonAsync($"/api/v1/finance/lines/{books.LineId}/adjustments", new { date = "2020-07-01", amount = -2_000m });
        Assert.NotEmpty((await noReason.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("reason"));
        await (await books.Finance.PostAsJsonAsync($"/api/v1/finance/lines/{books.LineId}/adjustments",
            new { date = "2020-07-01", amount = -2_000m, reason = "疫情压减" })).JsonAsync(HttpStatusCode.Created);
        var line = (await books.Finance.GetJsonAsync("/api/v1/finance/execution?year=2020")).GetProperty("lines")[0];
        Assert.Equal(10_000m, line.GetProperty("approved").GetDecimal());
        Assert.Equal(8_000m, line.GetProperty("currentBudget").GetDecimal());
    }
}

[Collection("sqlite")]
public sealed class SpendingGuardOnSqlite(SqliteApp app) : SpendingGuardTests(app);

[Collection("postgres")]
public sealed class SpendingGuardOnPostgres(PostgresApp app) : SpendingGuardTests(app);

/// <summary>Opening the same year five times at once: one budget, four clean refusals, whichever check catches them.</summary>
public abstract class BudgetYearRaceTests(SciMuseumApp app)
{
    [Fact]
    public async Task Five_concurrent_requests_to_open_a_year_make_one_budget_and_four_409s()
    {
        var museum = await app.CreateMuseumAsync();
        var token = (await app.LoginAsync(await app.CreateUserAsync(museum.Id, Core.Identity.Roles.PlanningFinance), SciMuseumApp.StaffPassword))
            .GetProperty("accessToken").GetString()!;
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            app.WithToken(token).PostAsJsonAsync("/api/v1/finance/budgets", new { year = 2031, title = "2031年部门预算" })));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
    }
}

[Collection("sqlite")]
public sealed class BudgetYearRaceOnSqlite(SqliteApp app) : BudgetYearRaceTests(app);

[Collection("postgres")]
public sealed class BudgetYearRaceOnPostgres(PostgresApp app) : BudgetYearRaceTests(app);
