using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Finance.ImportUploads;

namespace SciMuseum.IntegrationTests.Finance;

public abstract class ImportBudgetTests(SciMuseumApp app)
{
    [Fact]
    public async Task A_valid_budget_file_opens_the_year_and_adds_its_lines_then_updates_them_by_code()
    {
        var museum = await app.CreateMuseumAsync();
        var finance = await app.NewUserAsync(museum.Id, Roles.PlanningFinance);
        var file = Xlsx(BudgetHeader,
            ["P01", "科技馆免费开放运行经费", "项目", "本级财政拨款", "302 商品和服务支出", "展览教育部", 2_880_000d, "否"],
            ["B01", "公务接待费", "基本", "本级财政拨款", "", "办公室", 20_000.5d, "是"],
            ["P02", "免费开放中央补助", "项目", "中央补助", "", "", 0d, ""]);

        var imported = await (await finance.ImportAsync("budget", 2021, file, "2021预算.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, 3, 0), (imported.GetProperty("budgetLines").GetInt32(), imported.GetProperty("added").GetInt32(), imported.GetProperty("updated").GetInt32()));

        var budgets = await finance.GetJsonAsync("/api/v1/finance/budgets");
        Assert.Equal(2021, budgets.EnumerateArray().Single().GetProperty("year").GetInt32());
        var lines = (await finance.GetJsonAsync("/api/v1/finance/lines?year=2021")).EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!);
        Assert.Equal(["P01", "B01", "P02"], lines.Keys);
        Assert.Equal(("Project", "LocalFiscal", 2_880_000m, "302 商品和服务支出"), (lines["P01"].GetProperty("kind").GetString(),
            lines["P01"].GetProperty("source").GetString(), lines["P01"].GetProperty("approved").GetDecimal(), lines["P01"].GetProperty("economicClass").GetString()));
        Assert.Equal(museum.Departments[DepartmentKind.ExhibitionEducation], lines["P01"].GetProperty("departmentId").GetGuid());
        Assert.True(lines["B01"].GetProperty("isThreePublic").GetBoolean());
        Assert.Equal(("Basic", 20_000.5m), (lines["B01"].GetProperty("kind").GetString(), lines["B01"].GetProperty("approved").GetDecimal()));
        Assert.Equal(("CentralSubsidy", JsonValueKind.Null), (lines["P02"].GetProperty("source").GetString(), lines["P02"].GetProperty("departmentId").ValueKind));

        var audited = await app.InSystemScopeAsync((_, db) => db.AuditEntries.Where(a => a.MuseumId == museum.Id)
            .GroupBy(a => a.Entity).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal((1, 3), (audited["Budget"], audited["BudgetLine"]));

        var again = await (await finance.ImportAsync("budget", 2021, Xlsx(BudgetHeader,
            ["P01", "科技馆免费开放运行经费", "项目", "本级财政拨款", "302 商品和服务支出", "展览教育部", 3_000_000d, "否"],
            ["P03", "科普大篷车", "项目", "其他", "", "", 50_000d, ""]), "调整.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 1, 1), (again.GetProperty("budgetLines").GetInt32(), again.GetProperty("added").GetInt32(), again.GetProperty("updated").GetInt32()));
        lines = (await finance.GetJsonAsync("/api/v1/finance/lines?year=2021")).EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!);
        Assert.Equal(["P01", "B01", "P02", "P03"], lines.Keys);
        Assert.Equal(3_000_000m, lines["P01"].GetProperty("approved").GetDecimal());
        Assert.Single((await finance.GetJsonAsync("/api/v1/finance/budgets")).EnumerateArray());
    }

    [Fact]
    public async Task A_budget_file_with_bad_rows_lists_each_and_opens_no_budget()
    {
        var museum = await app.CreateMuseumAsync();
        var finance = await app.NewUserAsync(museum.Id, Roles.PlanningFinance);
        var before = await app.FinanceRowsAsync();
        var file = Xlsx(BudgetHeader,
            ["P01", "运行经费", "项目", "本级财政拨款", "", "展览教育部", 1_000d, "否"],
            ["P02", "展品更新", "专项", "本级财政拨款", "", "后勤部", -1d, "否"],
            ["P01", "", "项目", "省级", "", "", "一万", "也许"]);

        var problem = await (await finance.ImportAsync("budget", 2022, file, "预算.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal(
        [
            (3, "类型"), (3, "部门"), (3, "批复金额(元)"),
            (4, "编码"), (4, "名称"), (4, "资金来源"), (4, "批复金额(元)"), (4, "三公经费"),
        ], problem.Cells());
        Assert.Equal(8, problem.GetProperty("errorCount").GetInt32());
        Assert.NotEmpty(problem.ErrorsFor("row 4: 编码"));
        Assert.Equal(before, await app.FinanceRowsAsync());

        // A department this museum does not have is an error of its row, even when the rest of the file is right.
        problem = await (await finance.ImportAsync("budget", 2022, Xlsx(BudgetHeader,
            ["P01", "运行经费", "项目", "本级财政拨款", "", "展览教育部", 1_000d, "否"],
            ["P02", "展品更新", "项目", "本级财政拨款", "", "后勤部", 1d, "否"]), "预算.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(3, "部门")], problem.Cells());
        Assert.Contains("后勤部", problem.ErrorsFor("row 3: 部门").Single());
        Assert.Equal(before, await app.FinanceRowsAsync());
    }

    [Fact]
    public async Task Only_finance_editors_may_import_and_the_year_must_be_given()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var finance = await app.NewUserAsync(museum.Id, Roles.PlanningFinance);
        var file = Xlsx(BudgetHeader, ["P01", "运行经费", "项目", "本级财政拨款", "", "", 1_000d, "否"]);

        await (await office.ImportAsync("budget", 2021, file, "预算.xlsx")).ProblemAsync(HttpStatusCode.Forbidden);
        var noYear = await (await finance.ImportAsync("budget", 0, file, "预算.xlsx")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noYear.ErrorsFor("year"));
        var noFile = await (await finance.PostAsync("/api/v1/finance/import/budget?year=2021", new MultipartFormDataContent { { new StringContent("x"), "other" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noFile.ErrorsFor("file"));
        var ledgerFirst = await (await finance.ImportAsync("ledger", 2021, Xlsx(LedgerHeader, ["到位", "P01", "2021-03-01", 1d]), "台账.xlsx"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(ledgerFirst.ErrorsFor("year"));
    }
}

[Collection("sqlite")]
public sealed class ImportBudgetOnSqlite(SqliteApp app) : ImportBudgetTests(app);

[Collection("postgres")]
public sealed class ImportBudgetOnPostgres(PostgresApp app) : ImportBudgetTests(app);
