using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// Per hall and calendar month (<see cref="Month"/> = year × 12 + month − 1): the down exhibit-days of the closed
/// <see cref="ExhibitDowntime"/> runs that fall in it, and how many of those runs cover the whole month
/// (<see cref="Spanning"/>). Derived from the runs: <see cref="DownMonths.MoveAsync"/> adds the new runs and takes away
/// the old ones whenever <see cref="ExhibitDowntimes"/> rewrites an exhibit's runs, so a stretch of whole months reads a
/// few rows a month instead of every run (<see cref="ExhibitFigures.IntegrityAsync"/>).
/// </summary>
public sealed class HallDownMonth : IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public Guid HallId { get; set; }
    public int Month { get; set; }
    public int Days { get; set; }
    public int Spanning { get; set; }
}

internal sealed class HallDownMonthConfiguration : IEntityTypeConfiguration<HallDownMonth>
{
    public void Configure(EntityTypeBuilder<HallDownMonth> b)
    {
        b.ToTable("HallDownMonths");
        b.HasKey(x => new { x.MuseumId, x.HallId, x.Month });
        b.HasIndex(x => new { x.Month, x.HallId, x.Days, x.Spanning });
    }
}

/// <summary>Keeps <see cref="HallDownMonth"/> equal to the closed runs counted per hall and month.</summary>
public static class DownMonths
{
    public static int MonthOf(int day) => DateOnly.FromDayNumber(day) is var d ? d.Year * 12 + d.Month - 1 : 0;
    public static int FirstDay(int month) => new DateOnly(month / 12, month % 12 + 1, 1).DayNumber;
    public static int LastDay(int month) => FirstDay(month + 1) - 1;

    /// <summary>The months of these runs (open runs count nowhere: they are read from the runs).</summary>
    public static List<HallDownMonth> Of(IEnumerable<ExhibitDowntime> runs) =>
    [
        .. Pieces(runs).GroupBy(p => (p.MuseumId, p.HallId, p.Month))
            .Select(g => new HallDownMonth { MuseumId = g.Key.MuseumId, HallId = g.Key.HallId, Month = g.Key.Month, Days = g.Sum(p => p.Days), Spanning = g.Sum(p => p.Spanning) })
    ];

    private static IEnumerable<(Guid MuseumId, Guid HallId, int Month, int Days, int Spanning)> Pieces(IEnumerable<ExhibitDowntime> runs)
    {
        foreach (var r in runs)
        {
            if (r.ToDay is not { } to || to < r.FromDay) continue;
            for (var m = MonthOf(r.FromDay); m <= MonthOf(to); m++)
            {
                int s = FirstDay(m), e = LastDay(m);
                yield return (r.MuseumId, r.HallId, m, Math.Min(e, to) - Math.Max(s, r.FromDay) + 1, r.FromDay < s && to > e ? 1 : 0);
            }
        }
    }

    /// <summary>
    /// Takes the <paramref name="old"/> runs' months away and adds the <paramref name="now"/> runs' months, by one atomic
    /// multi-row upsert (rows in key order, so two exhibits of one hall refreshed at once wait for each other, never deadlock).
    /// </summary>
    public static async Task MoveAsync(MuseumDb db, IEnumerable<ExhibitDowntime> old, IEnumerable<ExhibitDowntime> now, CancellationToken ct)
    {
        var delta = Pieces(now).Concat(Pieces(old).Select(p => (p.MuseumId, p.HallId, p.Month, Days: -p.Days, Spanning: -p.Spanning)))
            .GroupBy(p => (p.MuseumId, p.HallId, p.Month))
            .Select(g => (g.Key.MuseumId, g.Key.HallId, g.Key.Month, Days: g.Sum(p => p.Days), Spanning: g.Sum(p => p.Spanning)))
            .Where(x => x.Days != 0 || x.Spanning != 0).OrderBy(x => x.MuseumId).ThenBy(x => x.HallId).ThenBy(x => x.Month).ToList();
        if (delta.Count == 0) return;
        var type = db.Model.FindEntityType(typeof(HallDownMonth))!;
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<object>();
        // Raw SQL sees the stored forms (ids are text on SQLite): each value goes through its column's own mapping.
        string P(string property, object value)
        {
            parameters.Add(type.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, $"m{parameters.Count}", value, nullable: false));
            return $"{{{parameters.Count - 1}}}";
        }
        var values = delta.Select(x => $"({P(nameof(HallDownMonth.MuseumId), x.MuseumId)}, {P(nameof(HallDownMonth.HallId), x.HallId)}, "
            + $"{P(nameof(HallDownMonth.Month), x.Month)}, {P(nameof(HallDownMonth.Days), x.Days)}, {P(nameof(HallDownMonth.Spanning), x.Spanning)})");
        var sql = "INSERT INTO \"HallDownMonths\" (\"MuseumId\", \"HallId\", \"Month\", \"Days\", \"Spanning\") VALUES " + string.Join(", ", values)
            + " ON CONFLICT (\"MuseumId\", \"HallId\", \"Month\") DO UPDATE SET \"Days\" = \"HallDownMonths\".\"Days\" + excluded.\"Days\", "
            + "\"Spanning\" = \"HallDownMonths\".\"Spanning\" + excluded.\"Spanning\"";
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    /// <summary>
    /// Down exhibit-days per hall over days <paramref name="a"/>..<paramref name="b"/>: whole months from the stored months,
    /// the cut months at either end from the closed runs that start in them or end in them (each a short range on an index)
    /// plus the month's spanning runs, and the open runs. Equal to summing every run's overlap.
    /// </summary>
    public static async Task<Dictionary<Guid, int>> DownDaysAsync(MuseumDb db, int a, int b, CancellationToken ct)
    {
        var down = new Dictionary<Guid, int>();
        void Add(Guid hall, int days) => down[hall] = down.GetValueOrDefault(hall) + days;
        if (b < a) return down;
        foreach (var x in await db.ExhibitDowntimes.Where(d => d.ToDay == null && d.FromDay <= b).GroupBy(d => d.HallId)
                     .Select(g => new { Hall = g.Key, Days = g.Sum(d => b - (d.FromDay < a ? a : d.FromDay) + 1) }).ToListAsync(ct))
            Add(x.Hall, x.Days);
        int ma = MonthOf(a), mb = MonthOf(b);
        int firstWhole = FirstDay(ma) == a ? ma : ma + 1, lastWhole = LastDay(mb) == b ? mb : mb - 1;
        if (firstWhole <= lastWhole)
            foreach (var x in await db.HallDownMonths.Where(m => m.Month >= firstWhole && m.Month <= lastWhole).GroupBy(m => m.HallId)
                         .Select(g => new { Hall = g.Key, Days = g.Sum(m => m.Days) }).ToListAsync(ct))
                Add(x.Hall, x.Days);
        var cuts = new List<(int X, int Y)>();
        if (ma == mb) { if (firstWhole > lastWhole) cuts.Add((a, b)); }
        else
        {
            if (firstWhole != ma) cuts.Add((a, LastDay(ma)));
            if (lastWhole != mb) cuts.Add((FirstDay(mb), b));
        }
        foreach (var (x, y) in cuts)
        {
            int m = MonthOf(x), s = FirstDay(m), e = LastDay(m);
            // Closed runs that start in the month, up to y.
            foreach (var r in await db.ExhibitDowntimes.Where(d => d.FromDay >= s && d.FromDay <= y && d.ToDay >= x).GroupBy(d => d.HallId)
                         .Select(g => new { Hall = g.Key, Days = g.Sum(d => (d.ToDay!.Value > y ? y : d.ToDay.Value) - (d.FromDay < x ? x : d.FromDay) + 1) }).ToListAsync(ct))
                Add(r.Hall, r.Days);
            // Closed runs that started before the month and end in it, from x on.
            foreach (var r in await db.ExhibitDowntimes.Where(d => d.ToDay >= x && d.ToDay <= e && d.FromDay < s).GroupBy(d => d.HallId)
                         .Select(g => new { Hall = g.Key, Days = g.Sum(d => (d.ToDay!.Value > y ? y : d.ToDay.Value) - x + 1) }).ToListAsync(ct))
                Add(r.Hall, r.Days);
            // Closed runs that cover the whole month: every day of the cut.
            foreach (var r in await db.HallDownMonths.Where(h => h.Month == m && h.Spanning != 0).Select(h => new { h.HallId, h.Spanning }).ToListAsync(ct))
                Add(r.HallId, r.Spanning * (y - x + 1));
        }
        return down;
    }
}
