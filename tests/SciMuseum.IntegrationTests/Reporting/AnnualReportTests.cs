using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace SciMuseum.IntegrationTests.Reporting;

/// <summary>
/// The 2020 evaluation report written from the demo's records: the check finds nothing missing, and the PDF, DOCX and
/// HTML all carry the seed's figures, each computed when the report is generated.
/// </summary>
public abstract class AnnualReportTests(SciMuseumApp app)
{
    /// <summary>Figures of the seed report the generated text must carry (as the formatters print them).</summary>
    internal static readonly string[] SeedFigures =
    [
        "518.89", "288.10", "597.77", "80.39", "0.25", // budget approved, projects, spending, procurement, 三公
        "核定编制35人，实有在编人员35人，退休人员8人，政府购岗人员19人",
        "154天", "93,812人次", "更新展品22件",
        "计划开展活动37个", "97.3%", "达标活动34个", "94.4%",
        "51.6%", "90.21%", "35.34%", // the seed's execution rates per line
        "87.64", "良好",
        "科普大篷车巡展共计4次",
        "获奖作品985项", "867人参加", "科学幻想画", "无人机障碍赛", // the contests' award tables
        "展厅社会满意度90.2分", "91.91", "91.85",
    ];

    [Fact]
    public async Task The_2020_report_is_complete_and_every_figure_has_a_source()
    {
        var check = await (await app.AdminAsync()).GetJsonAsync("/api/v1/reports/annual/check?year=2020");
        var problems = check.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("messageZh").GetString() + " " + p.GetProperty("text").GetString()).ToList();
        Assert.True(check.GetProperty("complete").GetBoolean(), string.Join("\n", problems));
        var figures = check.GetProperty("figures").EnumerateArray().ToList();
        Assert.Contains(figures, f => f.GetProperty("source").GetString() == "visitors.admitted" && f.GetProperty("value").GetDecimal() == 93_812m);
        Assert.Contains(figures, f => f.GetProperty("source").GetString() == "performance.totalScore" && f.GetProperty("printed").GetString() == "87.64");
        Assert.Contains(figures, f => f.GetProperty("source").GetString() == "programs.heldRate" && f.GetProperty("printed").GetString() == "97.3");
        Assert.All(figures.Where(f => f.GetProperty("source").GetString()!.Contains('.') && !f.GetProperty("source").GetString()!.StartsWith("performance.scores")),
            f => Assert.False(string.IsNullOrEmpty(f.GetProperty("link").GetString()), f.GetProperty("source").GetString()));
        Assert.Equal(64, check.GetProperty("dataHash").GetString()!.Length);
    }

    [Fact]
    public async Task The_pdf_docx_and_html_carry_the_seed_figures_and_each_generation_is_kept_with_its_data_hash()
    {
        var admin = await app.AdminAsync();
        var pdf = await FileAsync(admin, "pdf", "application/pdf");
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "");
            foreach (var figure in SeedFigures) Assert.Contains(figure, text);
            Assert.True(document.NumberOfPages >= 10, $"{document.NumberOfPages} pages");
        }

        var docx = await FileAsync(admin, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            foreach (var figure in SeedFigures) Assert.Contains(figure, text);
            Assert.NotEmpty(word.MainDocumentPart.ImageParts); // the monthly visitors chart among them
        }

        var html = System.Text.Encoding.UTF8.GetString(await FileAsync(admin, "html", "text/html"));
        foreach (var figure in SeedFigures) Assert.Contains(figure, html);
        Assert.Contains("<svg", html);

        var history = (await admin.GetJsonAsync("/api/v1/reports/annual/history?year=2020")).EnumerateArray().ToList();
        Assert.True(history.Count >= 3);
        Assert.Single(history.Select(h => h.GetProperty("dataHash").GetString()).Distinct()); // the same records, the same hash
        var again = await admin.GetAsync($"/api/v1/reports/generated/{history[0].GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Two_generations_at_once_both_complete_one_after_the_other()
    {
        var admin = await app.AdminAsync();
        var before = await app.InSystemScopeAsync((_, db) => db.GeneratedReports.IgnoreQueryFilters().CountAsync());
        var both = await Task.WhenAll(admin.GetAsync("/api/v1/reports/annual?year=2020&format=html"), admin.GetAsync("/api/v1/reports/annual?year=2020&format=html"));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(both.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(bodies, b => Assert.EndsWith("</html>", b.TrimEnd())); // whole files, not interleaved halves
        var hashes = await app.InSystemScopeAsync((_, db) => db.GeneratedReports.IgnoreQueryFilters().OrderByDescending(g => g.GeneratedAt)
            .Select(g => g.DataHash).Take(2).ToListAsync());
        Assert.Single(hashes.Distinct());
        Assert.Equal(before + 2, await app.InSystemScopeAsync((_, db) => db.GeneratedReports.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_template_naming_unknown_figures_or_with_a_broken_binding_is_refused_line_by_line_and_nothing_is_saved()
    {
        var admin = await app.AdminAsync();
        var before = await app.InSystemScopeAsync((_, db) => db.ReportTemplates.IgnoreQueryFilters().CountAsync());
        var problem = await (await admin.PostAsJsonAsync("/api/v1/reports/templates", new
        {
            kind = "annual", title = "报告",
            text = "# 概况\n接待{{visitors.admitted:N0}}人次，{{visitors.nothing}}。\n\n未闭合 {{finance.spending\n[[finance.noSuchTable]]",
        })).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        var message = string.Join(" ", problem.ErrorsFor("text"));
        Assert.Contains("visitors.nothing", message);
        Assert.Contains("第 4 行", message);
        Assert.Contains("finance.noSuchTable", message);
        Assert.DoesNotContain("visitors.admitted", message);
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.ReportTemplates.IgnoreQueryFilters().CountAsync()));
        await (await admin.GetAsync("/api/v1/reports/annual/check?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/reports/annual?year=2020&format=odt")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_year_over_year_table_compares_with_a_year_that_has_records_and_is_left_out_otherwise()
    {
        var admin = await app.AdminAsync();
        // 2021 follows the demo's 2020: the comparison carries 2020's figures (and 2021's own gaps are problems, not blanks).
        var next = await admin.GetJsonAsync("/api/v1/reports/annual/check?year=2021");
        var previous = next.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("label").GetString()!.EndsWith("（2020年）")).ToList();
        Assert.Contains(previous, f => f.GetProperty("source").GetString() == "visitors.admitted" && f.GetProperty("value").GetDecimal() == 93_812m);
        Assert.Contains(previous, f => f.GetProperty("source").GetString() == "finance.approved" && f.GetProperty("printed").GetString() == "518.89");
        // 2019 has no records: 2020's report has no comparison and no problem for it.
        var check = await admin.GetJsonAsync("/api/v1/reports/annual/check?year=2020");
        Assert.True(check.GetProperty("complete").GetBoolean());
        Assert.DoesNotContain(check.GetProperty("figures").EnumerateArray(), f => f.GetProperty("label").GetString()!.EndsWith("（2019年）"));
    }

    [Fact]
    public async Task A_year_without_records_is_listed_as_problems_and_no_file_is_written()
    {
        var admin = await app.AdminAsync();
        var check = await admin.GetJsonAsync("/api/v1/reports/annual/check?year=2019");
        Assert.False(check.GetProperty("complete").GetBoolean());
        Assert.Contains(check.GetProperty("problems").EnumerateArray(), p => p.GetProperty("text").GetString()!.Contains("finance."));
        var before = await app.InSystemScopeAsync((_, db) => db.GeneratedReports.IgnoreQueryFilters().CountAsync());
        await (await admin.GetAsync("/api/v1/reports/annual?year=2019&format=pdf")).ProblemAsync(HttpStatusCode.Conflict, "/problems/report-incomplete");
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.GeneratedReports.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_new_museum_has_no_template_and_gate_staff_may_not_read_the_report()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        await (await office.GetAsync("/api/v1/reports/annual/check?year=2020")).ProblemAsync(HttpStatusCode.Conflict, "/problems/no-template");
        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.GetAsync("/api/v1/reports/annual/check?year=2020")).StatusCode);
        var auditor = await app.NewUserAsync(museum.Id, Roles.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/v1/reports/annual?year=2020&format=pdf")).StatusCode);
    }

    private static async Task<byte[]> FileAsync(HttpClient client, string format, string contentType)
    {
        var response = await client.GetAsync($"/api/v1/reports/annual?year=2020&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

[Collection("sqlite")]
public sealed class AnnualReportOnSqlite(SqliteApp app) : AnnualReportTests(app);

[Collection("postgres")]
public sealed class AnnualReportOnPostgres(PostgresApp app) : AnnualReportTests(app);
