using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Exhibits;

/// <summary>The work-order list pages in the database, latest due first, and its total stops counting at a cap.</summary>
public abstract class WorkOrderListTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/exhibits";

    private static async Task<(Guid Museum, HttpClient Client, List<string> Numbers)> SevenOrdersAsync(SciMuseumApp app)
    {
        var museum = await app.CreateMuseumAsync();
        var client = await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance);
        var exhibitId = (await (await client.PostAsJsonAsync(Url, new { code = "WL-01", name = "车载展品", category = "Caravan" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var numbers = new List<string>();
        foreach (var priority in new[] { "Low", "Urgent", "Normal", "Low", "Urgent", "Normal", "Low" })
            numbers.Add((await (await client.PostAsJsonAsync($"{Url}/work-orders", new { exhibitId, description = "按钮失灵", priority }))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!);
        return (museum.Id, client, numbers);
    }

    private static List<(string Number, DateTime DueAt)> Items(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(o => (o.GetProperty("number").GetString()!, o.GetProperty("dueAt").GetDateTime()))];

    [Fact]
    public async Task Pages_of_three_hold_all_seven_orders_once_latest_due_first_with_the_exact_total()
    {
        var (_, client, numbers) = await SevenOrdersAsync(app);
        var seen = new List<(string Number, DateTime DueAt)>();
        foreach (var (page, expected) in new[] { (1, 3), (2, 3), (3, 1), (4, 0) })
        {
            var body = await client.GetJsonAsync($"{Url}/work-orders?page={page}&pageSize=3");
            Assert.Equal(7, body.GetProperty("total").GetInt32());
            Assert.False(body.GetProperty("totalCapped").GetBoolean());
            Assert.Equal(page, body.GetProperty("pageNumber").GetInt32());
            Assert.Equal(expected, Items(body).Count);
            seen.AddRange(Items(body));
        }
        Assert.Equal(numbers.Order(), seen.Select(o => o.Number).Order());
        Assert.Equal(seen.Select(o => o.DueAt).OrderDescending(), seen.Select(o => o.DueAt));
        // By state: every order is Reported, none Verified; the open ones are all seven.
        Assert.Equal(7, (await client.GetJsonAsync($"{Url}/work-orders?state=Reported&pageSize=2")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetJsonAsync($"{Url}/work-orders?state=Verified")).GetProperty("total").GetInt32());
        Assert.Equal(7, (await client.GetJsonAsync($"{Url}/work-orders?open=true&pageSize=5")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_total_stops_at_the_cap_and_says_there_are_more()
    {
        var (museum, _, _) = await SevenOrdersAsync(app);
        var (capped, uncapped, page) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var orders = db.WorkOrders.Where(o => o.MuseumId == museum).OrderByDescending(o => o.DueAt).ThenByDescending(o => o.Id);
            return (await orders.CountCappedAsync(5, default), await orders.CountCappedAsync(7, default), await orders.ToCappedPageAsync(2, 3, default, cap: 4));
        });
        Assert.Equal((5, true), capped);
        Assert.Equal((7, false), uncapped);
        Assert.Equal(4, page.Total);
        Assert.True(page.TotalCapped);
        Assert.Equal(3, page.Items.Count);
        Assert.Equal("10,000+", Formats.Count(Paging.CountCap, true));
    }

    [Fact]
    public async Task The_board_reads_each_state_column_with_its_count_and_puts_a_moved_order_in_its_new_column()
    {
        var (museum, client, numbers) = await SevenOrdersAsync(app);
        var id = (await client.GetJsonAsync($"{Url}/work-orders?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await (await client.PostAsJsonAsync($"{Url}/work-orders/{id}/transitions", new { to = "InProgress" })).JsonAsync(HttpStatusCode.OK);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test")], "t")), museum);
        var columns = await WorkOrderBoard.HandleAsync(scope.ServiceProvider.GetRequiredService<MuseumDb>(), DateTime.UtcNow, MuseumClock.Today(TimeProvider.System).Year, default);
        var mine = columns.ToDictionary(c => c.State, c => c.Cards.ToList());
        Assert.Equal(numbers.Order(), columns.SelectMany(c => c.Cards).Select(o => o.Number).Order());
        Assert.Equal(7, columns.Sum(c => c.Count));
        Assert.Equal(Enum.GetValues<WorkOrderState>(), columns.Select(c => c.State));
        Assert.Equal(6, mine[WorkOrderState.Reported].Count);
        Assert.Equal(id, Assert.Single(mine[WorkOrderState.InProgress]).Id);
        Assert.All(columns, c => Assert.True(c.Count >= c.Cards.Count && c.Cards.Count <= WorkOrderBoard.CardsPerColumn));
        Assert.Equal(mine[WorkOrderState.Reported].Select(o => o.DueAt).OrderDescending(), mine[WorkOrderState.Reported].Select(o => o.DueAt));
    }
}

[Collection("sqlite")]
public sealed class WorkOrderListOnSqlite(SqliteApp app) : WorkOrderListTests(app);

[Collection("postgres")]
public sealed class WorkOrderListOnPostgres(PostgresApp app) : WorkOrderListTests(app);
