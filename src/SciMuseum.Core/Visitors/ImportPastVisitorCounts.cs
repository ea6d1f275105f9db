using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Visitors;

public sealed record PastCountsImported(Guid BatchId, int Rows, int Days, int Visitors) : ImportOutcome;

/// <summary>
/// Import past daily visitor counts (by day and channel) from a spreadsheet, all or nothing. Only days before the museum's
/// first ticket in SciMuseum (and before today) are taken, each day and channel once: a day both imported and ticketed would count twice.
/// </summary>
public static class ImportPastVisitorCounts
{
    public const int MaxPerDay = 100_000;

    public static readonly ImportColumn Date = new("日期", true, "必填。写成 YYYY-MM-DD，或 Excel 日期单元格；须早于本馆在系统中的第一张门票的日期，也早于今天。");
    public static readonly ImportColumn Channel = new("渠道", true, "必填。可填：个人预约、团体、现场登记。同一天同一渠道只能有一行。");
    public static readonly ImportColumn Count = new("人数", true, $"必填。当天该渠道入馆人次，0 至 {MaxPerDay:N0} 的整数。");

    public static readonly IReadOnlyList<ImportColumn> Columns = [Date, Channel, Count];

    public static readonly WordList<VisitChannel> Channels = new(
        [("个人预约", VisitChannel.Individual), ("团体", VisitChannel.Group), ("现场登记", VisitChannel.WalkIn)],
        [("个人", VisitChannel.Individual), ("散客", VisitChannel.Individual), ("团体预约", VisitChannel.Group), ("现场", VisitChannel.WalkIn)]);

    public static object?[][] Examples(int year) =>
    [
        [new DateTime(year, 1, 2), "个人预约", 356],
        [new DateTime(year, 1, 2), "团体", 120],
        [new DateTime(year, 1, 3), "现场登记", 48],
    ];

    private sealed record Row(int Number, DateOnly Date, VisitChannel Channel, int Count);

    public static async Task<ImportOutcome> HandleAsync(MuseumDb db, IReadOnlyList<IReadOnlyList<object?>> sheet, string fileName, string user,
        DateOnly today, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var firstTicket = await db.Set<Ticket>().MinAsync(t => (DateOnly?)t.Date, ct);
        var limit = firstTicket is { } f && f < today ? f : today;
        var rows = new List<Row>();
        var firstRow = new Dictionary<(DateOnly, VisitChannel), int>();
        foreach (var r in ImportSheet.Open(sheet, Columns, errors).Rows(errors))
        {
            var date = r.Read(Date, ImportCells.Date);
            if (date is { } d && d >= limit)
                r.Fail(Date, firstTicket is { } t && t <= d
                    ? L($"本馆自 {t:yyyy-MM-dd} 起已有门票记录，只能导入此前的日期。", $"The museum has ticket records from {t:yyyy-MM-dd}: import only earlier days.")
                    : L("只能导入今天以前的日期。", "Only days before today can be imported."));
            else if (date is { } y && !Plausible.IsYear(y.Year)) r.Fail(Date, L("日期不在 2000 至 2100 年之间。", "The date is not between 2000 and 2100."));
            var channel = r.Read(Channel, c => ImportCells.Word(c, Channels));
            var count = r.Read(Count, Whole);
            if (r.Valid && !firstRow.TryAdd((date!.Value, channel!.Value), r.Number))
                r.Fail(Channel, L($"与第 {firstRow[(date.Value, channel.Value)]} 行是同一天同一渠道。", $"The same day and channel as row {firstRow[(date.Value, channel.Value)]}."));
            if (r.Valid) rows.Add(new Row(r.Number, date!.Value, channel!.Value, count!.Value));
        }

        var days = rows.Select(r => r.Date).Distinct().ToList();
        var existing = (await db.Set<PastVisitorCount>().Where(p => days.Contains(p.Date)).Select(p => new { p.Date, p.Channel, p.SourceFile }).ToListAsync(ct))
            .ToDictionary(p => (p.Date, p.Channel), p => p.SourceFile);
        foreach (var row in rows.Where(r => existing.ContainsKey((r.Date, r.Channel))))
            errors.Add(new(row.Number, Channel.Header, L($"这一天这一渠道已导入过（文件 {existing[(row.Date, row.Channel)]}）；如需更正，请先删除那次导入。",
                $"This day and channel are already imported (file {existing[(row.Date, row.Channel)]}): delete that import first to correct it.")));
        if (errors.Count > 0) return ImportSheet.Reject(errors, Columns);

        var batch = Guid.CreateVersion7();
        var source = fileName.Length <= 200 ? fileName : fileName[..200];
        var imported = rows.Select(r => new PastVisitorCount
        {
            Date = r.Date, Channel = r.Channel, Count = r.Count, BatchId = batch, SourceFile = source, ImportedBy = user.Length <= 100 ? user : user[..100],
        }).ToList();
        db.AddRange(imported);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PastCountsImported(batch, imported.Count, days.Count, imported.Sum(p => p.Count));
    }

    private static (int? Value, string? Error) Whole(object? cell)
    {
        var bad = L($"须为 0 至 {MaxPerDay:N0} 的整数。", $"Must be a whole number from 0 to {MaxPerDay:N0}.");
        decimal value;
        if (cell is double d)
        {
            if (!double.IsFinite(d) || Math.Abs(d) > MaxPerDay * 10d) return (null, bad);
            value = (decimal)d;
        }
        else
        {
            var text = ImportCells.Text(cell).Replace(",", "", StringComparison.Ordinal);
            if (text.Length == 0) return (null, L("必填。", "Required."));
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return (null, bad);
        }
        return value == decimal.Truncate(value) && value is >= 0 and <= MaxPerDay ? ((int)value, null) : (null, bad);
    }
}
