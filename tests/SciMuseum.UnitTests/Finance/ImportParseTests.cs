using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;

namespace SciMuseum.UnitTests.Finance;

public sealed class ImportParseTests
{
    private static readonly object?[] LedgerHeader = ["类型", "预算项目编码", "日期", "金额（元）", "文号/凭证号", "收款单位", "支出类别", "政府采购", "采购方式", "合同号", "备注"];

    private static List<IReadOnlyList<object?>> Sheet(params object?[][] rows) => [.. rows.Select(r => (IReadOnlyList<object?>)r)];

    private static string[] Describe(IEnumerable<ImportError> errors) => [.. errors.Select(e => $"{e.Row} {e.Column}: {e.Message}")];

    [Fact]
    public void A_budget_sheet_is_read_by_header_in_any_column_order_and_blank_rows_keep_the_numbering()
    {
        var errors = new List<ImportError>();
        var rows = ImportBudget.Parse(Sheet(
            ["名称", "编码", "类型", "资金来源", "批复金额", "三公经费"],
            ["运行经费", "P01", "项目", "本级财政拨款", 2_880_000d, ""],
            [null, "", null, null, null, null],
            ["公务接待费", "B02", "基本", "其他", "5000.5", "是"]), errors);

        Assert.Empty(errors);
        Assert.Equal([2, 4], rows.Select(r => r.Number));
        Assert.Equal(new ImportBudget.Row(4, "B02", "公务接待费", LineKind.Basic, FundingSource.Other, "", "", 5000.5m, true, Valid: true), rows[1]);
        Assert.Equal(2_880_000m, rows[0].Approved);
    }

    [Fact]
    public void Every_bad_budget_cell_is_named_by_row_and_column_and_a_code_may_appear_once()
    {
        using var _ = UiCulture.Use("zh-CN");
        var errors = new List<ImportError>();
        var rows = ImportBudget.Parse(Sheet(
            ["编码", "名称", "类型", "资金来源", "经济分类", "部门", "批复金额(元)", "三公经费"],
            ["P01", "运行经费", "专项", "本级财政拨款", "", "", "-1", "否"],
            ["P01", "", "项目", "省级", "", "", "abc", "也许"],
            ["P02", "展品更新", "项目", "中央补助", "", "", "100", ""]), errors);

        Assert.Equal(["P02"], rows.Where(r => r.Valid).Select(r => r.Code));
        Assert.Equal([2, 3, 4], rows.Select(r => r.Number));
        Assert.Equal(
        [
            "2 类型: 只能填写：基本、项目。",
            "2 批复金额(元): 金额不能为负。",
            "3 编码: 编码与第 2 行重复。",
            "3 名称: 必填。",
            "3 资金来源: 只能填写：本级财政拨款、中央补助、其他。",
            "3 批复金额(元): 不是数字。",
            "3 三公经费: 只能填写“是”或“否”。",
        ], Describe(ImportSheet.Reject(errors, ImportBudget.Columns).Errors));
    }

    [Fact]
    public void A_sheet_without_a_required_column_is_refused_on_its_header_only()
    {
        var errors = new List<ImportError>();
        var rows = ImportBudget.Parse(Sheet(["编码", "名称", "类型"], ["P01", "运行经费", "项目"]), errors);
        Assert.Empty(rows);
        Assert.Equal(["资金来源", "批复金额(元)"], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal(1, e.Row));
    }

    [Fact]
    public void A_sheet_with_only_its_header_has_no_data_rows()
    {
        var errors = new List<ImportError>();
        ImportLedger.Parse(Sheet(LedgerHeader, [null, ""]), 2021, errors);
        Assert.Equal((2, ""), (errors.Single().Row, errors.Single().Column));
    }

    [Fact]
    public void A_ledger_sheet_gives_receipts_and_payments_with_defaults_for_blank_optional_cells()
    {
        var errors = new List<ImportError>();
        var rows = ImportLedger.Parse(Sheet(LedgerHeader,
            ["到位", "P01", new DateTime(2021, 3, 1), 500_000d, "财预〔2021〕1号", "", "", "", "", "", "第一批"],
            ["支出", "P01", 44270d, "1,200.50", 2021001d, "某公司", "", "", "", "", ""],
            ["支出", "P01", "2021-03-20", "80", "V-2", "某宾馆", "公务接待", "是", "询价", "HT-1", ""]), 2021, errors);

        Assert.Empty(errors);
        Assert.Equal(new ImportLedger.Row(2, ImportLedger.EntryKind.Receipt, "P01", new(2021, 3, 1), 500_000m, "财预〔2021〕1号", "",
            ExpenditureCategory.General, false, "", "", "第一批", Valid: true), rows[0]);
        Assert.Equal(("2021001", (DateOnly?)new DateOnly(2021, 3, 15), (decimal?)1200.50m, ExpenditureCategory.General), (rows[1].Document, rows[1].Date, rows[1].Amount, rows[1].Category));
        Assert.Equal((ExpenditureCategory.OfficialReception, true, "询价"), (rows[2].Category, rows[2].IsProcurement, rows[2].ProcurementMethod));
    }

    [Fact]
    public void Every_bad_ledger_cell_is_named_and_a_voucher_may_appear_once_in_a_file()
    {
        using var _ = UiCulture.Use("zh-CN");
        var errors = new List<ImportError>();
        var rows = ImportLedger.Parse(Sheet(LedgerHeader,
            ["支出", "P01", "2021-02-30", "100", "V-1", "某公司", "", "", "", "", ""],
            ["支出", "P01", "2020-12-31", "-5", "V-1", "", "招待", "是", "", "", ""],
            ["到位", "", "", "abc", "", "", "", "", "", "", ""],
            ["收入", "P01", "2021-05-01", "10", "", "", "", "", "", "", ""]), 2021, errors);

        Assert.DoesNotContain(rows, r => r.Valid);
        Assert.Equal(("P01", "V-1", "2020-12-31"), (rows[1].LineCode, rows[1].Document, rows[1].Date?.ToString("yyyy-MM-dd")));
        Assert.Equal(
        [
            "2 日期: 不是有效日期，请写成 YYYY-MM-DD。",
            "3 日期: 日期不在 2021 年度内。",
            "3 金额(元): 金额必须大于 0。",
            "3 文号/凭证号: 凭证号与第 2 行重复。",
            "3 收款单位: 必填。",
            "3 支出类别: 只能填写：一般、人员、公务接待、公务用车、因公出国。",
            "3 采购方式: 必填。",
            "4 预算项目编码: 必填。",
            "4 日期: 必填。",
            "4 金额(元): 不是数字。",
            "5 类型: 只能填写：到位、支出。",
        ], Describe(ImportSheet.Reject(errors, ImportLedger.Columns).Errors));
    }

    [Fact]
    public void The_template_examples_parse_cleanly()
    {
        var errors = new List<ImportError>();
        var budget = ImportBudget.Parse(Sheet([.. ImportBudget.Columns.Select(c => (object?)c.Header)], ImportBudget.Example), errors);
        var ledger = ImportLedger.Parse(Sheet([[.. ImportLedger.Columns.Select(c => (object?)c.Header)], .. ImportLedger.Examples(2021)]), 2021, errors);
        Assert.Empty(errors);
        Assert.True(budget.Single().Valid);
        Assert.Equal([ImportLedger.EntryKind.Receipt, ImportLedger.EntryKind.Expenditure], ledger.Select(r => r.Kind!.Value));
    }
}
