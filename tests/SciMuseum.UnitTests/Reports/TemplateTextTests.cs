using SciMuseum.Core.Reporting;

namespace SciMuseum.UnitTests.Reports;

public class TemplateTextTests
{
    [Fact]
    public void Headings_paragraphs_bindings_blocks_narratives_and_breaks_are_read_line_by_line()
    {
        var parse = TemplateText.Parse("# 概况\n全年接待{{visitors.admitted:N0}}人次，\n执行率{{finance.executionRate(12)}}%。\n\n[[finance.lines]]\n[[text:problems]]\n---\n[[signature]]");
        Assert.Empty(parse.Problems);
        Assert.Collection(parse.Nodes,
            n => Assert.Equal(1, Assert.IsType<HeadingNode>(n).Level),
            n =>
            {
                var bindings = Assert.IsType<ParagraphNode>(n).Parts.OfType<BindingPart>().ToList();
                Assert.Equal(("visitors.admitted", (string?)null, (string?)"N0"), (bindings[0].Key, bindings[0].Argument, bindings[0].Format));
                Assert.Equal(("finance.executionRate", (string?)"12", (string?)null), (bindings[1].Key, bindings[1].Argument, bindings[1].Format));
            },
            n => Assert.Equal("finance.lines", Assert.IsType<BlockNode>(n).Key),
            n => Assert.Equal("problems", Assert.IsType<NarrativeNode>(n).Key),
            n => Assert.IsType<PageBreakNode>(n),
            n => Assert.IsType<SignatureNode>(n));
    }

    [Theory]
    [InlineData("接待{{visitors.admitted人次", "没有闭合")]
    [InlineData("接待visitors.admitted}}人次", "多了一个")]
    [InlineData("接待{{visitors admitted}}人次", "写法不对")]
    [InlineData("[[finance lines]]", "写法不对")]
    public void Broken_bindings_are_problems_at_their_line(string line, string says)
    {
        var problem = Assert.Single(TemplateText.Parse("# 标题\n\n" + line).Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains(says, problem.MessageZh);
    }

    [Fact]
    public void A_narrative_may_not_pull_in_another_narrative()
    {
        Assert.Single(TemplateText.Parse("[[text:other]]", allowNarratives: false).Problems);
    }

    [Theory]
    [InlineData(5_188_900, null, "元", "518.89")]
    [InlineData(93_812, "N0", "人次", "93,812")]
    [InlineData(97.3, null, "%", "97.3")]
    [InlineData(12.345, "0.0", "小时", "12.3")]
    [InlineData(1, null, "是/否", "是")]
    public void Figures_print_as_the_report_writes_them(decimal value, string? format, string unit, string printed) =>
        Assert.Equal(printed, ReportComposer.Format(value, format, unit));
}
