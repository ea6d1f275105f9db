using System.Net;
using SciMuseum.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace SciMuseum.IntegrationTests.Reporting;

/// <summary>
/// The engine's other two documents from the same records: the mid-year monitoring report (双监控, figures to 30 June by
/// default or to a chosen day) and the leader's one-page brief of the year.
/// </summary>
public abstract class InYearReportTests(SciMuseumApp app)
{
    [Fact]
    public async Task The_2020_monitoring_report_runs_to_30_june_on_both_sides_and_names_its_period()
    {
        var admin = await app.AdminAsync();
        var check = await admin.GetJsonAsync("/api/v1/reports/monitoring/check?year=2020");
        var problems = check.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("messageZh").GetString() + " " + p.GetProperty("text").GetString());
        Assert.True(check.GetProperty("complete").GetBoolean(), string.Join("\n", problems));
        var figures = check.GetProperty("figures").EnumerateArray().ToList();
        // The museum was closed from 24 January to 12 June 2020: the half year's visitors are a small part of the year's 93,812.
        var visitors = figures.Single(f => f.GetProperty("source").GetString() == "visitors.admitted");
        Assert.InRange(visitors.GetProperty("value").GetDecimal(), 1m, 40_000m);
        Assert.Equal("2020年1—6月", visitors.GetProperty("period").GetString());
        Assert.Contains(figures, f => f.GetProperty("source").GetString()!.StartsWith("performance.budgetMonitoring("));
        Assert.Contains(figures, f => f.GetProperty("source").GetString()!.StartsWith("performance.goalMonitoring("));

        var response = await admin.GetAsync("/api/v1/reports/monitoring?year=2020&format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "");
        Assert.Contains("绩效运行监控报告", text);
        Assert.Contains("数据截至2020年6月30日", text);
        Assert.Contains("预算执行监控", text);
        Assert.Contains("绩效目标监控", text);
        Assert.Contains("闭馆", text); // the year's narrative of deviations and measures

        // A later day gives later figures; a day outside the year is refused on its field.
        var september = await admin.GetJsonAsync("/api/v1/reports/monitoring/check?year=2020&asOf=2020-09-30");
        var later = september.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("source").GetString() == "visitors.admitted");
        Assert.True(later.GetProperty("value").GetDecimal() > visitors.GetProperty("value").GetDecimal());
        await (await admin.GetAsync("/api/v1/reports/monitoring/check?year=2020&asOf=2021-01-05")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_leaders_brief_carries_the_years_headline_figures()
    {
        var admin = await app.AdminAsync();
        var check = await admin.GetJsonAsync("/api/v1/reports/brief/check?year=2020");
        Assert.True(check.GetProperty("complete").GetBoolean());
        var response = await admin.GetAsync("/api/v1/reports/brief?year=2020&format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "");
        foreach (var figure in new[] { "87.64", "良好", "518.89", "93,812人次", "更新展品22件", "获奖作品985件", "867人参加", "展厅90.2分" }) Assert.Contains(figure, text);
        Assert.True(pdf.NumberOfPages <= 3, $"{pdf.NumberOfPages} pages");
    }
}

[Collection("sqlite")]
public sealed class InYearReportOnSqlite(SqliteApp app) : InYearReportTests(app);

[Collection("postgres")]
public sealed class InYearReportOnPostgres(PostgresApp app) : InYearReportTests(app);
