using System.Net;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Finance.ImportUploads;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>What an import accepts as a file: XLSX and UTF-8 CSV alike, the templates it hands out, and nothing else.</summary>
public abstract class ImportFileTests(SciMuseumApp app)
{
    [Fact]
    public async Task A_csv_budget_and_ledger_import_like_xlsx_with_or_without_a_byte_order_mark()
    {
        var museum = await app.CreateMuseumAsync();
        var finance = await app.NewUserAsync(museum.Id, Roles.PlanningFinance);
        var budget = Csv(BudgetHeader, bom: true,
            ["P01", "青少年科技创新大赛", "项目", "本级财政拨款", "302 商品和服务支出", "科技活动部", "25000", "否"],
            ["P02", "机器人竞赛, 含培训", "项目", "其他", "", "", "1,000.50", ""]);
        var imported = await (await finance.ImportAsync("budget", 2021, budget, "预算.csv")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, imported.GetProperty("added").GetInt32());
        var lines = (await finance.GetJsonAsync("/api/v1/finance/lines?year=2021")).EnumerateArray().ToList();
        Assert.Equal("机器人竞赛, 含培训", lines[1].GetProperty("name").GetString());
        Assert.Equal(1_000.5m, lines[1].GetProperty("approved").GetDecimal());

        var ledger = Csv(LedgerHeader, bom: false,
            ["到位", "P01", "2021-03-01", "25000", "宛财拨〔2021〕3号", "", "", "", "", "", ""],
            ["支出", "P01", "2021/3/20", "1290.00", "2021-03-017", "南阳市某印刷厂", "一般", "否", "", "", "证书印制\n200 份"]);
        imported = await (await finance.ImportAsync("ledger", 2021, ledger, "台账.csv")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1), (imported.GetProperty("receipts").GetInt32(), imported.GetProperty("expenditures").GetInt32()));
        var p01 = (await finance.GetJsonAsync("/api/v1/finance/execution?year=2021")).GetProperty("lines")[0];
        Assert.Equal((25_000m, 1_290m, 5.16m), (p01.GetProperty("received").GetDecimal(), p01.GetProperty("spent").GetDecimal(), p01.GetProperty("executionRate").GetDecimal()));

        var bad = Csv(LedgerHeader, bom: true,
            ["支出", "P01", "2021-03-21", "abc", "2021-03-018", "某公司", "", "", "", "", ""],
            ["支出", "P01", "3/22/2021", "10", "2021-03-017", "某公司", "", "", "", "", ""]);
        var problem = await (await finance.ImportAsync("ledger", 2021, bad, "台账.csv")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(2, "金额(元)"), (3, "日期"), (3, "文号/凭证号")], problem.Cells());
    }

    [Fact]
    public async Task A_program_renamed_xlsx_or_anything_but_a_spreadsheet_is_refused_with_a_clear_400()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m);
        var before = await app.FinanceRowsAsync();
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, .. new byte[4000]];
        byte[] zip = [.. "PK\x03\x04"u8.ToArray(), .. new byte[500]];
        byte[] latin1 = [.. "类型,预算项目编码"u8.ToArray(), 0xB5, 0xBD, 0xCE, 0xBB];

        foreach (var (bytes, name, words) in new[]
                 {
                     (exe, "台账.xlsx", "xlsx"), (zip, "台账.xlsx", "xlsx"), (exe, "台账.csv", "CSV"), (latin1, "台账.csv", "UTF-8"),
                     (exe, "台账.exe", ".xlsx"), (Xlsx(LedgerHeader, ["到位"]), "台账.xls", ".xls"), ([], "台账.xlsx", "5 MB"),
                 })
        {
            var problem = await (await books.Finance.ImportAsync("ledger", 2020, bytes, name)).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
            Assert.Contains(words, problem.ErrorsFor("file").Single());
        }
        await (await books.Finance.ImportAsync("ledger", 2020, new byte[6 * 1024 * 1024], "big.xlsx")).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var wrongSheet = await (await books.Finance.ImportAsync("ledger", 2020, Xlsx(["姓名", "电话"], ["张三", "13800000000"]), "人员.xlsx"))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.All(wrongSheet.Cells(), c => Assert.Equal(1, c.Row));
        Assert.Contains((1, "预算项目编码"), wrongSheet.Cells());
        Assert.Equal(before, await app.FinanceRowsAsync());
    }

    [Fact]
    public async Task The_templates_download_with_their_notes_and_import_back_cleanly()
    {
        var museum = await app.CreateMuseumAsync();
        var finance = await app.NewUserAsync(museum.Id, Roles.PlanningFinance);

        var budget = await finance.GetAsync("/api/v1/finance/import/templates/budget.xlsx?year=2023");
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", budget.Content.Headers.ContentType?.MediaType);
        var budgetBytes = await budget.Content.ReadAsByteArrayAsync();
        using (var stream = new MemoryStream(budgetBytes))
            Assert.Equal(["预算", "说明"], MiniExcel.GetSheetNames(stream));
        using (var stream = new MemoryStream(budgetBytes))
        {
            var header = ((IDictionary<string, object?>)MiniExcel.Query(stream).First()).Values.Select(v => v?.ToString()).ToList();
            Assert.Equal(BudgetHeader, header);
        }
        using (var stream = new MemoryStream(budgetBytes))
        {
            var notes = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(notes, n => n["列"]?.ToString() == "类型" && n["说明与可填写的值"]!.ToString()!.Contains("基本、项目"));
            Assert.Contains(notes, n => n["列"]?.ToString() == "资金来源" && n["说明与可填写的值"]!.ToString()!.Contains("本级财政拨款、中央补助、其他"));
        }

        await (await finance.ImportAsync("budget", 2023, budgetBytes, "budget-import-template-2023.xlsx")).JsonAsync(HttpStatusCode.OK);
        var ledgerBytes = await finance.GetByteArrayAsync("/api/v1/finance/import/templates/ledger.xlsx?year=2023");
        using (var stream = new MemoryStream(ledgerBytes))
        {
            var notes = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(notes, n => n["列"]?.ToString() == "支出类别" && n["说明与可填写的值"]!.ToString()!.Contains("一般、人员、公务接待、公务用车、因公出国"));
        }
        var imported = await (await finance.ImportAsync("ledger", 2023, ledgerBytes, "ledger-import-template-2023.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1), (imported.GetProperty("receipts").GetInt32(), imported.GetProperty("expenditures").GetInt32()));
        var p01 = (await finance.GetJsonAsync("/api/v1/finance/execution?year=2023")).GetProperty("lines")[0];
        Assert.Equal((1_000_000m, 500_000m, 12_345.67m), (p01.GetProperty("approved").GetDecimal(), p01.GetProperty("received").GetDecimal(), p01.GetProperty("spent").GetDecimal()));

        await (await finance.GetAsync("/api/v1/finance/import/templates/ledger.xlsx?year=1999")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/finance/import/templates/budget.xlsx")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class ImportFileOnSqlite(SqliteApp app) : ImportFileTests(app);

[Collection("postgres")]
public sealed class ImportFileOnPostgres(PostgresApp app) : ImportFileTests(app);
