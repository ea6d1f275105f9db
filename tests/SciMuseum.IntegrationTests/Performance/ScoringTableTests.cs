using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>Templates are copied into a museum's own table, which the editor reads and saves back whole.</summary>
public abstract class ScoringTableTests(SciMuseumApp app)
{
    [Theory]
    [InlineData("input-process-output-effect", "投入")]
    [InlineData("decision-management-performance", "部门决策")]
    public async Task A_copied_template_saves_back_unchanged_keeping_its_indicator_ids(string template, string first)
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var copied = await (await office.PostAsJsonAsync("/api/v1/performance/tables", new { templateCode = template, name = "本馆评分表" })).JsonAsync(HttpStatusCode.Created);
        var id = copied.GetProperty("table").GetProperty("id").GetGuid();
        var indicators = copied.GetProperty("indicators");
        Assert.Equal(first, indicators[0].GetProperty("name").GetString());
        Assert.Equal(100m, indicators.EnumerateArray().Sum(i => i.GetProperty("weight").GetDecimal()));

        var body = $$"""{"name":"本馆评分表（修订）","excellentFrom":90,"goodFrom":80,"fairFrom":60,"indicators":{{indicators.GetRawText()}}}""";
        var saved = await (await office.PutAsync($"/api/v1/performance/tables/{id}", new StringContent(body, Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("本馆评分表（修订）", saved.GetProperty("table").GetProperty("name").GetString());
        Assert.Equal(indicators[0].GetProperty("id").GetGuid(), saved.GetProperty("indicators")[0].GetProperty("id").GetGuid());
        Assert.Equal(indicators.GetRawText(), saved.GetProperty("indicators").GetRawText());
    }

    [Fact]
    public async Task A_table_in_use_cannot_be_deleted_and_the_templates_are_listed()
    {
        var (books, _, tableId, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        await SignOffTests.NewEvaluationAsync(books.Finance, tableId, "评价");
        await app.RefusedWithoutWritingAsync(() => books.Finance.DeleteAsync($"/api/v1/performance/tables/{tableId}"), HttpStatusCode.Conflict, "/problems/in-use");
        var templates = (await books.Finance.GetJsonAsync("/api/v1/performance/templates")).EnumerateArray().Select(t => t.GetProperty("code").GetString()).ToList();
        Assert.Equal(["input-process-output-effect", "decision-management-performance"], templates);
    }
}

/// <summary>Each bound indicator of every table is in its metric's unit, or the table could not be saved as it stands.</summary>
public abstract class BoundUnitTests(SciMuseumApp app)
{
    [Fact]
    public async Task Every_bound_indicator_uses_its_metrics_unit()
    {
        var mismatches = await app.InSystemScopeAsync(async (services, db) =>
        {
            var metrics = services.GetRequiredService<SciMuseum.Core.Performance.MetricRegistry>();
            var bound = await db.ScoringIndicators.Where(i => i.MetricKey != null).Select(i => new { i.Name, i.MetricKey, i.Unit }).ToListAsync();
            Assert.NotEmpty(bound);
            return bound.Where(i => metrics.Find(i.MetricKey!)?.Unit != (i.Unit ?? ""))
                .Select(i => $"{i.Name}: {i.Unit} vs {i.MetricKey} in {metrics.Find(i.MetricKey!)?.Unit}").ToList();
        });
        Assert.Empty(mismatches);
    }
}

[Collection("sqlite")]
public sealed class BoundUnitsOnSqlite(SqliteApp app) : BoundUnitTests(app);

[Collection("postgres")]
public sealed class BoundUnitsOnPostgres(PostgresApp app) : BoundUnitTests(app);

[Collection("sqlite")]
public sealed class ScoringTableOnSqlite(SqliteApp app) : ScoringTableTests(app);

[Collection("postgres")]
public sealed class ScoringTableOnPostgres(PostgresApp app) : ScoringTableTests(app);
