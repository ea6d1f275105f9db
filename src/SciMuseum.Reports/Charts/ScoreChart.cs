using ScottPlot;

namespace SciMuseum.Reports.Charts;

/// <summary>One year's evaluation total, labelled as the page shows it (e.g. "2020").</summary>
public sealed record YearScore(string Label, decimal Total);

/// <summary>The evaluation totals year over year as bars on a 0–100 axis, with the 优秀 (90) and 及格 (60) lines.</summary>
public static class ScoreChart
{
    private static readonly Color BarColor = Color.FromHex("#1668dc");

    public static string Svg(IReadOnlyList<YearScore> points, string unit, int width = 760, int height = 300) =>
        ChartSvg.Render(Plot(points, unit), width, height);

    private static Plot Plot(IReadOnlyList<YearScore> points, string unit)
    {
        var plot = new Plot();
        plot.Font.Set(ChartSvg.Family);
        double[] xs = [.. Enumerable.Range(1, points.Count).Select(i => (double)i)];
        var bars = plot.Add.Bars(xs, [.. points.Select(p => (double)p.Total)]);
        bars.Color = BarColor;
        foreach (var (bar, p) in bars.Bars.Zip(points))
        {
            bar.Size = 0.5;
            bar.Label = p.Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }
        bars.ValueLabelStyle.FontSize = 13;
        foreach (var (y, hex) in new[] { (90.0, "#52c41a"), (60.0, "#fa541c") })
        {
            var line = plot.Add.HorizontalLine(y, 1, Color.FromHex(hex), LinePattern.Dashed);
            line.LabelText = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, [.. points.Select(p => p.Label)]);
        plot.Axes.Left.Label.Text = unit;
        plot.Axes.Left.Label.FontSize = 13;
        // At least five slots, so one or two years do not draw page-wide bars.
        plot.Axes.SetLimits(0.4, Math.Max(points.Count, 5) + 0.6, 0, 105);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex("#f0f0f0");
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        return plot;
    }
}
