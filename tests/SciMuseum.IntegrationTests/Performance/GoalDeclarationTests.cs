using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Finance;
using SciMuseum.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>
/// Goals declared as the issued forms hold them (项目支出 and 部门整体支出绩效目标申报表): type, fund nature, 立项依据,
/// plan and timeline, qualitative indicators judged when scored; printed as the form in PDF and XLSX.
/// </summary>
public abstract class GoalDeclarationTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/performance/goals";

    private static object Declaration(Guid? lineId, string? textTarget = "展厅照明亮度满足展示要求，观众反映良好") => new
    {
        year = 2020, budgetLineId = lineId, title = "展厅照明改造项目", overallGoal = "完成展厅照明改造，提升观展体验。",
        amount = 80_000m, fundingSource = "本级财政拨款", projectType = "OneOff", fundNature = "FiscalAppropriation",
        bases = new[] { new { number = "宛财预〔2020〕3号", title = "关于批复2020年部门预算的通知" } },
        implementationPlan = "询价采购灯具，闭馆期间施工。", timeline = "3月：询价\n5月：施工\n6月：验收",
        indicators = new object[]
        {
            new { category = "Output", subcategory = "Quantity", name = "更换灯具", unit = "套", comparison = "AtLeast", target = 120 },
            new { category = "Effect", subcategory = "Social", name = "观展体验改善", qualitative = true, textTarget },
        },
    };

    /// <summary>The PDF's text without spaces and line breaks (table cells wrap where they must).</summary>
    private static string Flat(PdfDocument document) =>
        string.Concat(string.Concat(document.GetPages().Select(p => p.Text)).Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task A_project_goal_holds_the_issued_forms_fields_and_a_qualitative_indicator_is_judged_then_printed()
    {
        var books = await FinanceBooks.OpenAsync(app, 0);
        var created = await (await books.Finance.PostAsJsonAsync(Url, Declaration(books.LineId))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("goal").GetProperty("id").GetGuid();
        Assert.Equal("OneOff", created.GetProperty("goal").GetProperty("projectType").GetString());
        Assert.Equal("宛财预〔2020〕3号", created.GetProperty("bases")[0].GetProperty("number").GetString());
        var qualitative = created.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("qualitative").GetBoolean());
        Assert.Equal("展厅照明亮度满足展示要求，观众反映良好", qualitative.GetProperty("textTarget").GetString());

        var indicatorId = qualitative.GetProperty("id").GetGuid();
        var judged = await (await books.Finance.PutAsJsonAsync($"{Url}/{id}/indicators/{indicatorId}/judgement",
            new { textActual = "更换灯具 126 套，观众留言好评", judgement = "Met" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Met", judged.GetProperty("judgement").GetString());
        // A quantitative indicator is not judged; nothing changes.
        var counted = created.GetProperty("indicators").EnumerateArray().Single(i => !i.GetProperty("qualitative").GetBoolean()).GetProperty("id").GetGuid();
        var refused = await (await books.Finance.PutAsJsonAsync($"{Url}/{id}/indicators/{counted}/judgement", new { textActual = "x", judgement = "Met" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(refused.ErrorsFor("judgement"));
        // An edit that keeps the indicator keeps its judgement.
        (await books.Finance.PutAsJsonAsync($"{Url}/{id}", Declaration(books.LineId))).EnsureSuccessStatusCode();
        var again = (await books.Finance.GetJsonAsync($"{Url}/{id}")).GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("qualitative").GetBoolean());
        Assert.Equal("更换灯具 126 套，观众留言好评", again.GetProperty("textActual").GetString());

        var pdf = await books.Finance.GetAsync($"{Url}/{id}/form?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = Flat(document);
            foreach (var expected in new[] { "项目支出绩效目标申报表", "一次性", "财政拨款", "宛财预〔2020〕3号", "8.00", "≥120套", "观展体验改善", "更换灯具126套", "达成" })
                Assert.Contains(expected, text);
        }
        var xlsx = await books.Finance.GetAsync($"{Url}/{id}/form?format=xlsx");
        var cells = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
            .Cast<IDictionary<string, object>>().SelectMany(r => r.Values).Select(v => v?.ToString()).ToList();
        Assert.Contains("2020年度项目支出绩效目标申报表", cells);
        Assert.Contains("一次性", cells);
        Assert.Contains("更换灯具 126 套，观众留言好评", cells);
        await (await books.Finance.GetAsync($"{Url}/{id}/form?format=docx")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await (await app.AdminAsync()).GetAsync($"{Url}/{id}/form")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_demo_departmental_goal_prints_as_the_departmental_form_with_its_qualitative_indicator()
    {
        var admin = await app.AdminAsync();
        var goal = (await admin.GetJsonAsync($"{Url}?year=2020")).EnumerateArray().Single(g => g.GetProperty("goal").GetProperty("budgetLineId").ValueKind == System.Text.Json.JsonValueKind.Null);
        var id = goal.GetProperty("goal").GetProperty("id").GetGuid();
        Assert.Equal("FiscalAppropriation", goal.GetProperty("goal").GetProperty("fundNature").GetString());
        var pdf = await admin.GetAsync($"{Url}/{id}/form");
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = Flat(document);
        foreach (var expected in new[] { "部门整体支出绩效目标申报表", "518.89", "年度主要任务", "科普社会影响", "≥300,000人次" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task A_qualitative_indicator_without_its_text_target_or_with_a_metric_is_refused_and_nothing_is_written()
    {
        var books = await FinanceBooks.OpenAsync(app, 0);
        var before = await app.InSystemScopeAsync((_, db) => db.PerformanceGoals.IgnoreQueryFilters().CountAsync());
        var problem = await (await books.Finance.PostAsJsonAsync(Url, Declaration(books.LineId, textTarget: ""))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("indicators[1].textTarget"));
        var bound = await (await books.Finance.PostAsJsonAsync(Url, new
        {
            year = 2020, title = "部门整体", overallGoal = "目标",
            bases = new[] { new { number = "", title = "文件" } },
            indicators = new object[] { new { category = "Effect", subcategory = "Social", name = "影响", qualitative = true, textTarget = "扩大影响", metricKey = "finance.spending" } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bound.ErrorsFor("bases[0].number"));
        Assert.NotEmpty(bound.ErrorsFor("indicators[0].metricKey"));
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.PerformanceGoals.IgnoreQueryFilters().CountAsync()));
        var auditor = await app.NewUserAsync(books.Museum.Id, Roles.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync($"{Url}/{Guid.NewGuid()}/indicators/{Guid.NewGuid()}/judgement", new { textActual = "x", judgement = "Met" })).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class GoalDeclarationOnSqlite(SqliteApp app) : GoalDeclarationTests(app);

[Collection("postgres")]
public sealed class GoalDeclarationOnPostgres(PostgresApp app) : GoalDeclarationTests(app);
