using ScottPlot;

namespace SciMuseum.Reports.Charts;

/// <summary>
/// Bars, each labelled with its value: visitors per month, execution per budget line, scores per group. The pages and the
/// report draw the same chart.
/// </summary>
public static class BarChart
{
    private static readonly Color BarColor = Color.FromHex("#1668dc");

    public static string Svg(IReadOnlyList<decimal> values, IReadOnlyList<string> labels, string unit, int width = 760, int height = 320) =>
        ChartSvg.Render(Draw(values, labels, unit), width, height);

    /// <summary>The same chart for a report (PNG for PDF and DOCX, SVG for HTML).</summary>
    public static Documents.Chart Block(IReadOnlyList<decimal> values, IReadOnlyList<string> labels, string unit, string caption) =>
        ChartSvg.Block(Draw(values, labels, unit), caption, 760, 320);

    private static Plot Draw(IReadOnlyList<decimal> admitted, IReadOnlyList<string> months, string unit)
    {
        if (admitted.Count != months.Count) throw new ArgumentException("One value per label.", nameof(admitted));
        var plot = new Plot();
        plot.Font.Set(ChartSvg.Family);
        var bars = admitted.Select((v, i) => new Bar
        {
            Position = i + 1, Value = (double)v, FillColor = BarColor, LineWidth = 0, Size = 0.7,
            Label = v > 0 ? v.ToString(v == decimal.Truncate(v) ? "N0" : "#,##0.##", System.Globalization.CultureInfo.InvariantCulture) : "",
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(1, months.Count).Select(m => (double)m)], [.. months]);
        if (months.Count > 6 && months.Any(m => m.Length > 4))
        {
            // Long names (budget lines, indicator groups) side by side would overlap: slant them, room below.
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 14 * Math.Min(12, months.Max(m => m.Length)) * 0.55f + 20;
        }
        plot.Axes.Left.Label.Text = unit;
        plot.Axes.Left.Label.FontSize = 13;
        var top = admitted.DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(0.4, months.Count + 0.6, 0, top > 0 ? (double)top * 1.15 : 1);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex("#f0f0f0");
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        return plot;
    }
}
