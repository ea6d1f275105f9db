using ScottPlot;

namespace SciMuseum.Reports.Charts;

/// <summary>The words a spending chart shows, in the reader's language.</summary>
public sealed record SpendingChartText(string Received, string Spent, string Planned, string Unit, IReadOnlyList<string> Months);

/// <summary>
/// A budget line's year month by month: cumulative funds received and spent by each month's end, and the spending its
/// plan called for. Amounts in any one unit (the pages use 万元).
/// </summary>
public sealed record SpendingCurve(IReadOnlyList<decimal> Received, IReadOnlyList<decimal> Spent, IReadOnlyList<decimal> Planned);

/// <summary>Draws a <see cref="SpendingCurve"/>: data in, SVG text out. Text in it is escaped by the SVG writer.</summary>
public static class SpendingChart
{
    private static readonly Color ReceivedColor = Color.FromHex("#1668dc");
    private static readonly Color SpentColor = Color.FromHex("#d4380d");
    private static readonly Color PlannedColor = Color.FromHex("#8c8c8c");

    public static string Svg(SpendingCurve curve, SpendingChartText text, int width = 760, int height = 340) =>
        ChartSvg.Render(Plot(curve, text), width, height);

    private static Plot Plot(SpendingCurve curve, SpendingChartText text)
    {
        var months = text.Months.Count;
        if (curve.Received.Count != months || curve.Spent.Count != months || curve.Planned.Count != months)
            throw new ArgumentException("Every series needs one value per month label.", nameof(curve));

        var plot = new Plot();
        plot.Font.Set(ChartSvg.Family);
        double[] xs = [.. Enumerable.Range(1, months).Select(m => (double)m)];
        Series(plot, xs, curve.Received, text.Received, ReceivedColor, LinePattern.Solid, MarkerShape.FilledCircle);
        Series(plot, xs, curve.Spent, text.Spent, SpentColor, LinePattern.Solid, MarkerShape.FilledSquare);
        Series(plot, xs, curve.Planned, text.Planned, PlannedColor, LinePattern.Dashed, MarkerShape.None);

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, [.. text.Months]);
        plot.Axes.Left.Label.Text = text.Unit;
        plot.Axes.Left.Label.FontSize = 13;
        var top = new[] { curve.Received, curve.Spent, curve.Planned }.SelectMany(v => v).DefaultIfEmpty(0m).Max();
        plot.Axes.SetLimits(0.5, months + 0.5, 0, top > 0 ? (double)top * 1.12 : 1);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex("#f0f0f0");
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.FontSize = 13;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Color.FromHex("#d9d9d9");
        plot.ShowLegend();
        return plot;
    }

    private static void Series(Plot plot, double[] xs, IReadOnlyList<decimal> values, string label, Color color, LinePattern pattern, MarkerShape marker)
    {
        var line = plot.Add.Scatter(xs, values.Select(v => (double)v).ToArray(), color);
        line.LegendText = label;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.MarkerShape = marker;
        line.MarkerSize = marker == MarkerShape.None ? 0 : 6;
    }
}
