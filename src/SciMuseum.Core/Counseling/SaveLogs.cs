using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Counseling;

/// <summary>Log a hotline call: date, minutes, topic, referral. Nobody's name.</summary>
public static class SaveHotlineCall
{
    public sealed record Command(DateOnly? Date, int? DurationMinutes, string? Topic, string? Referral);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.DurationMinutes).Required().InclusiveBetween(0, 600).WithMessage(_ => L("时长须在 0–600 分钟之间。", "Between 0 and 600 minutes."));
            RuleFor(c => c.Topic).RequiredText(100);
            RuleFor(c => c.Referral).OptionalText(100);
        }
    }

    public static async Task<Result<HotlineCall>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var call = id is null ? db.HotlineCalls.Add(new HotlineCall()).Entity : await db.HotlineCalls.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (call is null) return Refusal.NotFound("本馆没有这条来电记录。", "No such call in this museum.");
        call.Date = c.Date!.Value;
        call.DurationMinutes = c.DurationMinutes!.Value;
        call.Topic = c.Topic!.Trim();
        call.Referral = c.Referral?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return call;
    }
}

/// <summary>Log a parent visit, a visit to the individual room or an online session.</summary>
public static class SaveCenterVisit
{
    public sealed record Command(DateOnly? Date, CenterVisitKind? Kind, int? People, string? Topic);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.Kind).Required().IsInEnum().WithMessage(_ => L("类型无效。", "Unknown kind."));
            RuleFor(c => c.People).InclusiveBetween(1, 1000).WithMessage(_ => L("人数须在 1–1,000 之间。", "Between 1 and 1,000 people."));
            RuleFor(c => c.Topic).OptionalText(100);
        }
    }

    public static async Task<Result<CenterVisit>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var visit = id is null ? db.CenterVisits.Add(new CenterVisit()).Entity : await db.CenterVisits.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (visit is null) return Refusal.NotFound("本馆没有这条来访记录。", "No such visit in this museum.");
        visit.Date = c.Date!.Value;
        visit.Kind = c.Kind!.Value;
        visit.People = c.People ?? 1;
        visit.Topic = c.Topic?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return visit;
    }
}

/// <summary>A year's logs, latest first: calls and visits of one kind or all.</summary>
public static class ListLogs
{
    public sealed record Result(int Year, IReadOnlyList<HotlineCall> Calls, IReadOnlyList<CenterVisit> Visits);

    public static async Task<Result> HandleAsync(MuseumDb db, int year, CenterVisitKind? kind, int take, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var calls = kind is null
            ? await db.HotlineCalls.AsNoTracking().Where(x => x.Date >= from && x.Date <= to).OrderByDescending(x => x.Date).ThenByDescending(x => x.CreatedAt).Take(take).ToListAsync(ct)
            : [];
        var visits = await db.CenterVisits.AsNoTracking().Where(x => x.Date >= from && x.Date <= to && (kind == null || x.Kind == kind))
            .OrderByDescending(x => x.Date).ThenByDescending(x => x.CreatedAt).Take(take).ToListAsync(ct);
        return new Result(year, calls, visits);
    }
}
