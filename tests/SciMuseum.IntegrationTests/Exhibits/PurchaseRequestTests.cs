using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Finance;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Exhibits;

/// <summary>申购: a low-stock alert raises a request; a leader approves it; finance records it as an expenditure on a budget line; receiving it adds the stock, once.</summary>
public abstract class PurchaseRequestTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/exhibits/consumables";

    [Fact]
    public async Task A_request_from_a_reorder_alert_is_approved_ordered_as_an_expenditure_and_received_into_stock_once()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 5_000m);
        var maintenance = await app.NewUserAsync(books.Museum.Id, Roles.ExhibitMaintenance);
        var leader = await app.NewUserAsync(books.Museum.Id, Roles.MuseumLeader);
        var item = (await (await maintenance.PostAsJsonAsync(Url, new { code = "hc-pr1", name = "碳刷", unit = "对", minimumStock = 4 })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await (await maintenance.PostAsJsonAsync($"{Url}/{item}/receipts", new { location = "维修间", quantity = 6 })).JsonAsync(HttpStatusCode.Created);
        var alert = await (await maintenance.PostAsJsonAsync($"{Url}/{item}/issues", new { location = "维修间", quantity = 3 })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(3, alert.GetProperty("remainingAfter").GetInt32()); // at or below the minimum of 4: the reorder alert

        var request = await (await maintenance.PostAsJsonAsync($"{Url}/purchase-requests", new { consumableId = item, quantity = 10, estimatedCost = 480m, reason = "库存低于最低库存" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = request.GetProperty("id").GetGuid();
        Assert.Equal(alert.GetProperty("id").GetGuid(), request.GetProperty("alertMovementId").GetGuid());
        Assert.Equal("Requested", request.GetProperty("state").GetString());

        // Finance cannot order what no leader approved, and the department does not approve its own request.
        await (await books.Finance.PostAsJsonAsync($"{Url}/purchase-requests/{id}/order", books.Payment(480m))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await maintenance.PostAsync($"{Url}/purchase-requests/{id}/approve", null)).StatusCode);
        var approved = await (await leader.PostAsync($"{Url}/purchase-requests/{id}/approve", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        await (await leader.PostAsync($"{Url}/purchase-requests/{id}/approve", null)).ProblemAsync(HttpStatusCode.Conflict);

        // Finance sees it among the approved requests, and orders it as an expenditure on the budget line.
        var open = (await books.Finance.GetJsonAsync($"{Url}/purchase-requests?state=Approved")).EnumerateArray().Single();
        Assert.Equal(3, open.GetProperty("alertRemaining").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await maintenance.PostAsJsonAsync($"{Url}/purchase-requests/{id}/order", books.Payment(480m))).StatusCode);
        var ordered = await (await books.Finance.PostAsJsonAsync($"{Url}/purchase-requests/{id}/order", books.Payment(472.5m))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Ordered", ordered.GetProperty("state").GetString());
        var expenditureId = ordered.GetProperty("expenditureId").GetGuid();
        Assert.Equal((5_000m, 472.5m), await books.LineAsync());
        var note = await app.InSystemScopeAsync((_, db) => db.Expenditures.IgnoreQueryFilters().Where(e => e.Id == expenditureId).Select(e => e.Note).SingleAsync());
        Assert.Contains(request.GetProperty("number").GetString()!, note);
        await (await books.Finance.PostAsJsonAsync($"{Url}/purchase-requests/{id}/order", books.Payment(472.5m))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal((5_000m, 472.5m), await books.LineAsync());

        // Receiving it adds the stock; two receipts racing against it add it once.
        var receipts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            maintenance.PostAsJsonAsync($"{Url}/{item}/receipts", new { location = "维修间", quantity = 10, purchaseRequestId = id })));
        Assert.Equal(1, receipts.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(receipts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var listed = (await maintenance.GetJsonAsync(Url)).EnumerateArray().Single();
        Assert.Equal(13, listed.GetProperty("remaining").GetInt32());
        var received = (await maintenance.GetJsonAsync($"{Url}/purchase-requests")).EnumerateArray().Single();
        Assert.Equal(("Received", expenditureId), (received.GetProperty("state").GetString(), received.GetProperty("expenditureId").GetGuid()));

        // Each move is in the audit log once, with who made it (the conditional updates bypass the interceptor).
        var log = await app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Entity == "PurchaseRequest" && a.EntityKey == id.ToString() && a.Action == SciMuseum.Core.Audit.AuditAction.Update).Select(a => new { a.After, a.UserName }).ToListAsync());
        Assert.Equal(["""{"State":"Approved"}""", """{"State":"Ordered"}""", """{"State":"Received"}"""], log.Select(a => a.After!).Order());
        Assert.All(log, a => Assert.False(string.IsNullOrEmpty(a.UserName)));
    }

    [Fact]
    public async Task An_order_beyond_the_lines_funds_writes_neither_the_expenditure_nor_the_step()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 100m);
        var maintenance = await app.NewUserAsync(books.Museum.Id, Roles.ExhibitMaintenance);
        var leader = await app.NewUserAsync(books.Museum.Id, Roles.MuseumLeader);
        var item = (await (await maintenance.PostAsJsonAsync(Url, new { code = "hc-pr2", name = "按钮", unit = "个", minimumStock = 1 })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var id = (await (await maintenance.PostAsJsonAsync($"{Url}/purchase-requests", new { consumableId = item, quantity = 5, reason = "备件" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        // Nothing was ever issued, so no reorder alert raised it.
        var listed = (await maintenance.GetJsonAsync($"{Url}/purchase-requests")).EnumerateArray().Single();
        Assert.False(listed.TryGetProperty("alertMovementId", out var alert) && alert.ValueKind != JsonValueKindNull);
        await (await leader.PostAsync($"{Url}/purchase-requests/{id}/approve", null)).JsonAsync(HttpStatusCode.OK);

        await app.RefusedWithoutWritingAsync(() => books.Finance.PostAsJsonAsync($"{Url}/purchase-requests/{id}/order", books.Payment(250m)), HttpStatusCode.Conflict, "/problems/over-budget");
        Assert.Equal((100m, 0m), await books.LineAsync());
        Assert.Equal("Approved", (await maintenance.GetJsonAsync($"{Url}/purchase-requests")).EnumerateArray().Single().GetProperty("state").GetString());
        var bad = await (await books.Finance.PostAsJsonAsync($"{Url}/purchase-requests/{id}/order", new { lineId = books.LineId, date = "2020-06-01", amount = -1m }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(bad.ErrorsFor("amount"));
        Assert.NotEmpty(bad.ErrorsFor("voucherNumber"));
        // A receipt against a request not yet ordered is refused; the request can still be withdrawn.
        var early = await (await maintenance.PostAsJsonAsync($"{Url}/{item}/receipts", new { location = "维修间", quantity = 5, purchaseRequestId = id }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(early.ErrorsFor("purchaseRequestId"));
        await (await maintenance.PostAsync($"{Url}/purchase-requests/{id}/cancel", null)).JsonAsync(HttpStatusCode.OK);
        await (await leader.PostAsync($"{Url}/purchase-requests/{id}/approve", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await leader.PostAsync($"{Url}/purchase-requests/{Guid.NewGuid()}/approve", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}

[Collection("sqlite")]
public sealed class PurchaseRequestsOnSqlite(SqliteApp app) : PurchaseRequestTests(app);

[Collection("postgres")]
public sealed class PurchaseRequestsOnPostgres(PostgresApp app) : PurchaseRequestTests(app);
