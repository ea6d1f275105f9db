namespace SciMuseum.Reports.Documents;

/// <summary>
/// Builds a <see cref="ReportDocument"/> in reading order and numbers its headings the way Chinese official reports do:
/// 一、 at level 1, （一） at 2, 1、 at 3, （1） at 4; a heading restarts the numbering of every level below it.
/// </summary>
public sealed class ReportBuilder(ReportCover cover, ReportFormat? format = null)
{
    private readonly List<Block> _blocks = [];
    private readonly int[] _counters = new int[4];

    public ReportBuilder Heading(int level, string text)
    {
        if (level is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(level), level, "Headings have levels 1 to 4.");
        _counters[level - 1]++;
        for (var deeper = level; deeper < _counters.Length; deeper++) _counters[deeper] = 0;
        _blocks.Add(new Heading(level, Number(level, _counters[level - 1]), text));
        return this;
    }

    public ReportBuilder Paragraph(string text, bool bold = false)
    {
        _blocks.Add(new Paragraph(text, bold));
        return this;
    }

    public ReportBuilder Table(string? caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows,
        IReadOnlyList<double>? widths = null, IReadOnlySet<int>? numeric = null)
    {
        var list = rows.ToList();
        if (list.Any(r => r.Count != header.Count))
            throw new ArgumentException($"Every row of table '{caption}' needs {header.Count} cells.", nameof(rows));
        _blocks.Add(new Table(caption, header, list, widths, numeric));
        return this;
    }

    public ReportBuilder Chart(Chart chart)
    {
        _blocks.Add(chart);
        return this;
    }

    public ReportBuilder PageBreak()
    {
        _blocks.Add(new PageBreak());
        return this;
    }

    public ReportBuilder Signature(string organisation, string dateLine)
    {
        _blocks.Add(new Signature(organisation, dateLine));
        return this;
    }

    public ReportDocument Build() => new(cover, _blocks.ToList(), format ?? ReportFormat.Default);

    public static string Number(int level, int n) => level switch
    {
        1 => ChineseNumeral(n) + "、",
        2 => "（" + ChineseNumeral(n) + "）",
        3 => n + "、",
        _ => "（" + n + "）",
    };

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (headings never reach 100).</summary>
    public static string ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is < 1 or > 99) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10) return digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }
}
