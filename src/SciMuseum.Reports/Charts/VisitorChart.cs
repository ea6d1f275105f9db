using ScottPlot;

namespace SciMuseum.Reports.Charts;

/// <summary>Visitors admitted month by month as bars, each labelled with its count.</summary>
public static class VisitorChart
{
    private static readonly Color BarColor = Color.FromHex("#1668dc");

    public static string MonthlySvg(IReadOnlyList<int> admitted, IReadOnlyList<string> months, string unit, int width = 760, int height = 320) =>
        ChartSvg.Render(MonthlyPlot(admitted, months, unit), width, height);

    /// <summary>The same chart for a report (PNG for PDF and DOCX, SVG for HTML).</summary>
    public static Documents.Chart MonthlyBlock(IReadOnlyList<int> admitted, IReadOnlyList<string> months, string unit, string caption) =>
        ChartSvg.Block(MonthlyPlot(admitted, months, unit), caption, 760, 320);

    private static Plot MonthlyPlot(IReadOnlyList<int> admitted, IReadOnlyList<string> months, string unit)
    {
        if (admitted.Count != months.Count) throw new ArgumentException("One value per month label.", nameof(admitted));
        var plot = new Plot();
        plot.Font.Set(ChartSvg.Family);
        var bars = admitted.Select((v, i) => new Bar
        {
            Position = i + 1, Value = v, FillColor = BarColor, LineWidth = 0, Size = 0.7,
            Label = v > 0 ? v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "",
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(1, months.Count).Select(m => (double)m)], [.. months]);
        plot.Axes.Left.Label.Text = unit;
        plot.Axes.Left.Label.FontSize = 13;
        var top = admitted.DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(0.4, months.Count + 0.6, 0, top > 0 ? top * 1.15 : 1);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex("#f0f0f0");
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        return plot;
    }
}
