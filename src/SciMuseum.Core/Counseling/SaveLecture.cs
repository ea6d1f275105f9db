using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Counseling;

/// <summary>Record or correct a group lecture, alone or as a session of a series.</summary>
public static class SaveLecture
{
    public sealed record Command(DateOnly? Date, string? Topic, string? Speaker, string? Place, LecturePlace? PlaceKind, int? Participants,
        Guid? SeriesId, int? Session, string? Photos);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.Topic).RequiredText(200);
            RuleFor(c => c.Speaker).RequiredText(50);
            RuleFor(c => c.Place).RequiredText(100);
            RuleFor(c => c.PlaceKind).Required().IsInEnum().WithMessage(_ => L("场所类型无效。", "Unknown kind of place."));
            RuleFor(c => c.Participants).Required().InclusiveBetween(0, 100_000).WithMessage(_ => L("参加人数须在 0–100,000 之间。", "Between 0 and 100,000 participants."));
            RuleFor(c => c.Session).InclusiveBetween(1, 100).WithMessage(_ => L("期数须在 1–100 之间。", "Session 1–100."));
            RuleFor(c => c.Session).NotNull().When(c => c.SeriesId is not null).WithMessage(_ => L("系列讲座须填写第几期。", "A series lecture needs its session number."));
            RuleFor(c => c.Photos).OptionalText(500);
        }
    }

    public static async Task<Result<Lecture>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var lecture = id is null ? db.Lectures.Add(new Lecture()).Entity : await db.Lectures.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (lecture is null) return Refusal.NotFound("本馆没有这场讲座。", "No such lecture in this museum.");
        if (c.SeriesId is { } s && !await db.LectureSeries.AnyAsync(x => x.Id == s, ct))
        {
            db.ChangeTracker.Clear();
            return Refusal.OnField("seriesId", "本馆没有这个系列。", "No such series in this museum.");
        }
        lecture.Date = c.Date!.Value;
        lecture.Topic = c.Topic!.Trim();
        lecture.Speaker = c.Speaker!.Trim();
        lecture.Place = c.Place!.Trim();
        lecture.PlaceKind = c.PlaceKind!.Value;
        lecture.Participants = c.Participants!.Value;
        lecture.SeriesId = c.SeriesId;
        lecture.Session = c.SeriesId is null ? null : c.Session;
        lecture.Photos = c.Photos?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return lecture;
    }
}

/// <summary>Start or rename a lecture series.</summary>
public static class SaveLectureSeries
{
    public sealed record Command(string? Title, string? Audience, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Title).RequiredText(100);
            RuleFor(c => c.Audience).OptionalText(100);
            RuleFor(c => c.Note).OptionalText(1000);
        }
    }

    public static async Task<Result<LectureSeries>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var series = id is null ? db.LectureSeries.Add(new LectureSeries()).Entity : await db.LectureSeries.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (series is null) return Refusal.NotFound("本馆没有这个系列。", "No such series in this museum.");
        series.Title = c.Title!.Trim();
        series.Audience = c.Audience?.Trim() ?? "";
        series.Note = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return series;
    }
}

/// <summary>A year's lectures, latest first, each with its series' title; and the series with their sessions held.</summary>
public static class ListLectures
{
    public sealed record Item(Guid Id, DateOnly Date, string Topic, string Speaker, string Place, LecturePlace PlaceKind, int Participants,
        Guid? SeriesId, string? Series, int? Session, string Photos);

    public sealed record SeriesItem(Guid Id, string Title, string Audience, int Sessions, int Participants, DateOnly? First, DateOnly? Last);

    public sealed record Result(int Year, int Lectures, int Participants, IReadOnlyList<Item> Items, IReadOnlyList<SeriesItem> Series);

    public static async Task<Result> HandleAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var series = await db.LectureSeries.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var lectures = await db.Lectures.AsNoTracking().Where(x => x.Date >= from && x.Date <= to).OrderByDescending(x => x.Date).ThenBy(x => x.Session).ToListAsync(ct);
        var items = lectures.Select(l => new Item(l.Id, l.Date, l.Topic, l.Speaker, l.Place, l.PlaceKind, l.Participants, l.SeriesId,
            l.SeriesId is { } s && series.TryGetValue(s, out var x) ? x.Title : null, l.Session, l.Photos)).ToList();
        var bySeries = lectures.Where(l => l.SeriesId is not null).GroupBy(l => l.SeriesId!.Value).ToDictionary(g => g.Key);
        var seriesItems = series.Values.Where(s => bySeries.ContainsKey(s.Id) || s.CreatedAt.Year == year)
            .Select(s => bySeries.TryGetValue(s.Id, out var g)
                ? new SeriesItem(s.Id, s.Title, s.Audience, g.Count(), g.Sum(l => l.Participants), g.Min(l => l.Date), g.Max(l => l.Date))
                : new SeriesItem(s.Id, s.Title, s.Audience, 0, 0, null, null))
            .OrderBy(s => s.First ?? DateOnly.MaxValue).ToList();
        return new Result(year, items.Count, items.Sum(i => i.Participants), items, seriesItems);
    }
}
