using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using SciMuseum.Reports.Charts;
using SciMuseum.Reports.Documents;
using UglyToad.PdfPig;

namespace SciMuseum.UnitTests.Reports;

/// <summary>One document model, three outputs: each carries the same text, numbering and tables.</summary>
public class ReportWritersTests
{
    private static readonly string[] Months = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"];

    private static ReportDocument Sample()
    {
        var builder = new ReportBuilder(new ReportCover("南阳市科技馆2020年度部门整体支出绩效评价报告", "南阳市科技馆", "2021年4月"));
        builder.Heading(1, "部门基本情况").Heading(2, "部门职能与机构设置").Heading(3, "展览教育部职能")
            .Paragraph("全年实际接待游客93,812人次，开放154天。")
            .Heading(3, "展品维护研发部职能").Heading(4, "展品的维护")
            .Heading(2, "人员情况").Paragraph("编制35人，实有35人。")
            .Table("表1 项目支出执行情况", ["项目", "全年预算数（万元）", "执行数（万元）", "执行率"],
                Enumerable.Range(1, 70).Select(i => (IReadOnlyList<string>)[$"项目{i:00}", "288.10", "259.90", "90.21%"]),
                widths: [3, 2, 2, 1.5], numeric: new HashSet<int> { 1, 2, 3 })
            .Chart(BarChart.Block([0, 0, 0, 0, 0, 3_000, 15_000, 20_000, 15_000, 18_000, 12_000, 10_812], Months, "人次", "图1 2020年各月接待人数"))
            .Heading(1, "存在的问题").Heading(2, "信息化管理水平较差")
            .Signature("南阳市科技馆", "2021年4月20日");
        return builder.Build();
    }

    [Fact]
    public void Headings_are_numbered_as_official_reports_number_them()
    {
        var headings = Sample().Body.OfType<Heading>().Select(h => h.Full).ToList();
        Assert.Equal(["一、部门基本情况", "（一）部门职能与机构设置", "1、展览教育部职能", "2、展品维护研发部职能", "（1）展品的维护",
            "（二）人员情况", "二、存在的问题", "（一）信息化管理水平较差"], headings);
        Assert.Equal("十二", ReportBuilder.ChineseNumeral(12));
        Assert.Equal("二十", ReportBuilder.ChineseNumeral(20));
        Assert.Equal("九十九", ReportBuilder.ChineseNumeral(99));
    }

    [Fact]
    public void A_table_row_with_the_wrong_number_of_cells_is_refused()
    {
        var builder = new ReportBuilder(new ReportCover("t", "o", "d"));
        Assert.Throws<ArgumentException>(() => builder.Table("x", ["a", "b"], [["only one"]]));
    }

    [Fact]
    public void The_pdf_carries_searchable_chinese_page_numbers_and_the_table_header_on_every_page_it_spans()
    {
        var bytes = PdfReportWriter.Write(Sample());
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();

        Assert.Contains("南阳市科技馆2020年度部门整体支出绩效评价报告", pages[0]);
        Assert.Contains("93,812", string.Concat(pages));
        Assert.Contains("一、部门基本情况", string.Concat(pages));
        var tablePages = pages.Where(p => p.Contains("项目0") || p.Contains("项目4") || p.Contains("项目7")).ToList();
        Assert.True(tablePages.Count >= 2, $"70 rows span more than one page (pages: {pages.Count})");
        Assert.All(tablePages, p => Assert.Contains("全年预算数（万元）", p));
        Assert.Contains("— 1 —", pages[1]);
        Assert.Contains("2021年4月20日", pages[^1]);
        Assert.Equal(210, pdf.GetPage(1).Width * 25.4 / 72, 1);
    }

    [Fact]
    public void The_docx_is_valid_word_with_styles_a_toc_field_repeated_header_rows_and_the_same_text()
    {
        var bytes = DocxReportWriter.Write(Sample());
        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        var errors = new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = docx.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("93,812", text);
        Assert.Contains("（一）部门职能与机构设置", text);
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC"));
        var table = Assert.Single(body.Elements<WordTable>());
        Assert.Equal(71, table.Elements<TableRow>().Count());
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Single(docx.MainDocumentPart.ImageParts);
        var headings = body.Descendants<ParagraphStyleId>().Where(s => s.Val!.Value!.StartsWith("Heading")).Select(s => s.Val!.Value).ToList();
        Assert.Equal(8, headings.Count);
        var pageSize = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, pageSize.Width!.Value); // A4 in twips
    }

    [Fact]
    public void The_html_escapes_text_and_inlines_the_chart()
    {
        var html = HtmlReportWriter.Page(Sample());
        Assert.Contains("<h2>一、部门基本情况</h2>", html);
        Assert.Contains("<svg", html);
        Assert.Contains("<td class=\"num\">90.21%</td>", html);
        var escaped = HtmlReportWriter.Fragment(new ReportBuilder(new ReportCover("<b>", "o", "d")).Paragraph("<script>").Build());
        Assert.DoesNotContain("<script>", escaped);
        Assert.Contains("&lt;script&gt;", escaped);
    }
}
