using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;

namespace SciMuseum.UnitTests.Finance;

public sealed class ImportCellsTests
{
    [Theory]
    [InlineData("2021-03-05")]
    [InlineData(" 2021-3-5 ")]
    [InlineData("2021/03/05")]
    [InlineData("2021.3.5")]
    [InlineData("2021年3月5日")]
    [InlineData("2021-03-05 00:00:00")]
    [InlineData("44260")]
    public void A_date_is_read_from_iso_text_chinese_text_or_an_excel_serial_written_as_text(string text) =>
        Assert.Equal(((DateOnly?)new DateOnly(2021, 3, 5), (string?)null), ImportCells.Date(text));

    [Fact]
    public void An_excel_date_cell_and_its_serial_number_give_the_same_day()
    {
        Assert.Equal(new DateOnly(2021, 3, 5), ImportCells.Date(new DateTime(2021, 3, 5)).Value);
        Assert.Equal(new DateOnly(2021, 3, 5), ImportCells.Date(44260d).Value);
        Assert.Equal(new DateOnly(2021, 3, 5), ImportCells.Date(44260.75d).Value); // a time of day is dropped
        Assert.Equal(new DateOnly(2020, 2, 29), ImportCells.Date(43890d).Value);
        Assert.Equal(new DateOnly(1900, 3, 1), ImportCells.Date(61d).Value);
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("03/05/2021")]
    [InlineData("20210305")]
    [InlineData("明天")]
    [InlineData("0")]
    public void A_date_that_is_no_day_is_refused_in_both_languages(string text)
    {
        using (UiCulture.Use("zh-CN"))
            Assert.Equal("不是有效日期，请写成 YYYY-MM-DD。", ImportCells.Date(text).Error);
        using (UiCulture.Use("en-US"))
            Assert.Equal("Not a valid date: write YYYY-MM-DD.", ImportCells.Date(text).Error);
    }

    [Fact]
    public void A_blank_date_is_required_and_a_serial_out_of_excels_range_is_refused()
    {
        using var _ = UiCulture.Use("zh-CN");
        Assert.Equal("必填。", ImportCells.Date(null).Error);
        Assert.Equal("必填。", ImportCells.Date("  ").Error);
        Assert.NotNull(ImportCells.Date(3_000_000d).Error);
        Assert.NotNull(ImportCells.Date(double.NaN).Error);
        Assert.NotNull(ImportCells.Date(-5d).Error);
    }

    [Theory]
    [InlineData("1234.56", "1234.56")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData(" ¥88 ", "88")]
    [InlineData("100元", "100")]
    [InlineData("0.01", "0.01")]
    public void An_amount_is_read_from_text_with_thousands_separators_and_a_currency_sign(string text, string expected) =>
        Assert.Equal(((decimal?)decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (string?)null), ImportCells.Amount(text));

    [Fact]
    public void An_amount_is_read_from_a_number_cell_without_binary_noise()
    {
        Assert.Equal(1234.56m, ImportCells.Amount(1234.56d).Value);
        Assert.Equal(0.3m, ImportCells.Amount(0.1d + 0.2d).Value);
        Assert.Equal(2_880_000m, ImportCells.Amount(2_880_000d).Value);
    }

    [Theory]
    [InlineData("abc", "不是数字。")]
    [InlineData("12a", "不是数字。")]
    [InlineData("1.2.3", "不是数字。")]
    [InlineData("", "必填。")]
    [InlineData("-5", "金额必须大于 0。")]
    [InlineData("0", "金额必须大于 0。")]
    [InlineData("0.001", "金额最多两位小数（分）。")]
    [InlineData("12.345", "金额最多两位小数（分）。")]
    [InlineData("100000000000", "金额过大。")]
    public void A_bad_amount_is_refused_with_its_reason(string text, string message)
    {
        using var _ = UiCulture.Use("zh-CN");
        Assert.Equal(((decimal?)null, message), ImportCells.Amount(text));
    }

    [Fact]
    public void A_budget_amount_may_be_zero_but_never_negative()
    {
        using var _ = UiCulture.Use("zh-CN");
        Assert.Equal(0m, ImportCells.Amount("0", allowZero: true).Value);
        Assert.Equal("金额不能为负。", ImportCells.Amount(-1d, allowZero: true).Error);
        Assert.Equal("金额过大。", ImportCells.Amount(1e20, allowZero: true).Error);
        Assert.Equal("不是数字。", ImportCells.Amount(double.NaN).Error);
    }

    [Theory]
    [InlineData("基本", LineKind.Basic)]
    [InlineData("项目", LineKind.Project)]
    [InlineData(" 项目支出 ", LineKind.Project)]
    [InlineData("basic", LineKind.Basic)]
    [InlineData("Project", LineKind.Project)]
    public void A_line_kind_is_read_from_its_chinese_word_an_alias_or_its_english_name(string text, LineKind kind) =>
        Assert.Equal(((LineKind?)kind, (string?)null), ImportCells.Word(text, ImportBudget.Kinds));

    [Theory]
    [InlineData("本级财政拨款", FundingSource.LocalFiscal)]
    [InlineData("中央补助", FundingSource.CentralSubsidy)]
    [InlineData("其他", FundingSource.Other)]
    [InlineData("因公出国", ExpenditureCategory.OverseasTravel)]
    [InlineData("因公出国（境）", ExpenditureCategory.OverseasTravel)]
    [InlineData("公务接待", ExpenditureCategory.OfficialReception)]
    [InlineData("公务用车", ExpenditureCategory.OfficialVehicle)]
    [InlineData("人员", ExpenditureCategory.Personnel)]
    public void Funding_sources_and_spending_categories_are_read_from_their_words(string text, object expected)
    {
        object? value = expected is FundingSource ? ImportCells.Word(text, ImportBudget.Sources).Value : ImportCells.Word(text, ImportLedger.Categories).Value;
        Assert.Equal(expected, value);
    }

    [Fact]
    public void An_unknown_word_names_the_allowed_ones_and_a_blank_takes_the_default_or_is_required()
    {
        using var _ = UiCulture.Use("zh-CN");
        Assert.Equal("只能填写：基本、项目。", ImportCells.Word("专项", ImportBudget.Kinds).Error);
        Assert.Equal("只能填写：到位、支出。", ImportCells.Word("收入", ImportLedger.Kinds).Error);
        Assert.Equal("必填。", ImportCells.Word("", ImportBudget.Kinds).Error);
        Assert.Equal(ExpenditureCategory.General, ImportCells.Word("", ImportLedger.Categories, ExpenditureCategory.General).Value);
        using (UiCulture.Use("en-US"))
            Assert.Equal("Allowed: 本级财政拨款、中央补助、其他.", ImportCells.Word("省级", ImportBudget.Sources).Error);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("", false)]
    [InlineData("Y", true)]
    [InlineData("no", false)]
    [InlineData("1", true)]
    public void Yes_or_no_is_read_and_blank_means_no(string text, bool expected) =>
        Assert.Equal(((bool?)expected, (string?)null), ImportCells.YesNo(text));

    [Fact]
    public void Yes_or_no_takes_a_boolean_cell_and_refuses_other_words()
    {
        Assert.True(ImportCells.YesNo(true).Value);
        Assert.Null(ImportCells.YesNo("也许").Value);
        Assert.NotNull(ImportCells.YesNo("也许").Error);
    }

    [Fact]
    public void Text_keeps_numbers_typed_into_general_cells_as_written_and_checks_length_and_control_characters()
    {
        using var _ = UiCulture.Use("zh-CN");
        Assert.Equal("2021001", ImportCells.Text(2021001d));
        Assert.Equal("301.5", ImportCells.Text(301.5d));
        Assert.Equal("2021-03-05", ImportCells.Text(new DateTime(2021, 3, 5)));
        Assert.Equal(("P01", (string?)null), ImportCells.String("  P01 ", 20, required: true));
        Assert.Equal("必填。", ImportCells.String(null, 20, required: true).Error);
        Assert.Null(ImportCells.String(null, 20).Error);
        Assert.Equal("不能超过 3 个字符。", ImportCells.String("ABCD", 3).Error);
        Assert.Equal("含有不可见的控制字符。", ImportCells.String("A\u0007B", 10).Error);
    }
}
