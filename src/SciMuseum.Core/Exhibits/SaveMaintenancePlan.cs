using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>Make or change a preventive maintenance plan: one exhibit, or a hall and/or category; daily, weekly or monthly; its checklist.</summary>
public static class SaveMaintenancePlan
{
    public const int MaxItems = 30;

    public sealed record Command(string? Name, Guid? ExhibitId, Guid? HallId, ExhibitCategory? Category, PlanFrequency? Frequency,
        IReadOnlyList<string?>? Checklist, DateOnly? StartDate, bool? Active, string? Assignee, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Frequency).Required().IsInEnum().WithMessage(_ => L("周期无效。", "Unknown frequency."));
            RuleFor(c => c.Category).IsInEnum().WithMessage(_ => L("类别无效。", "Unknown category."));
            RuleFor(c => c.StartDate).Required().Must(Dates.InRange).WithMessage(_ => Dates.Message);
            RuleFor(c => c.ExhibitId).Must((c, e) => e is not null || c.HallId is not null || c.Category is not null)
                .WithMessage(_ => L("请选择一件展品，或一个展厅 / 类别。", "Choose an exhibit, or a hall and/or a category."))
                .Must((c, e) => e is null || (c.HallId is null && c.Category is null))
                .WithMessage(_ => L("选了展品就不要再选展厅或类别。", "An exhibit plan takes no hall or category."));
            RuleFor(c => c.Checklist).NotEmpty().WithMessage(_ => L("至少填写一项点检内容。", "At least one checklist item."))
                .Must(l => l is null || l.Count <= MaxItems).WithMessage(_ => L($"点检内容最多 {MaxItems} 项。", $"At most {MaxItems} items."));
            RuleForEach(c => c.Checklist).RequiredText(100)
                .Must(i => i is null || !i.Contains('\n')).WithMessage(_ => L("每项一行。", "One line per item."));
            RuleFor(c => c.Assignee).OptionalText(50);
            RuleFor(c => c.Note).OptionalText(1000);
        }
    }

    public static async Task<Result<MaintenancePlan>> HandleAsync(MuseumDb db, TimeProvider clock, Guid? id, Command c, CancellationToken ct)
    {
        var plan = id is null ? new MaintenancePlan() : await db.MaintenancePlans.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Refusal.NotFound("本馆没有这个维护计划。", "No such maintenance plan in this museum.");
        if (c.ExhibitId is { } exhibit && !await db.Exhibits.AnyAsync(e => e.Id == exhibit, ct))
            return Refusal.OnField("exhibitId", "本馆没有这件展品。", "No such exhibit in this museum.");
        if (c.HallId is { } hall && !await db.Halls.AnyAsync(h => h.Id == hall, ct))
            return Refusal.OnField("hallId", "本馆没有这个展厅。", "No such hall in this museum.");
        var start = c.StartDate!.Value;
        var frequency = c.Frequency!.Value;
        // A new or rescheduled plan is next due on its first round from today on; an unchanged one keeps its place.
        if (id is null || plan.StartDate != start || plan.Frequency != frequency)
        {
            var today = MuseumClock.Today(clock);
            plan.NextDue = start >= today ? start : Schedule.NextAfter(start, frequency, today.AddDays(-1));
        }
        if (id is null) db.MaintenancePlans.Add(plan);
        plan.Name = c.Name!.Trim();
        plan.ExhibitId = c.ExhibitId;
        plan.HallId = c.ExhibitId is null ? c.HallId : null;
        plan.Category = c.ExhibitId is null ? c.Category : null;
        plan.Frequency = frequency;
        plan.StartDate = start;
        plan.Checklist = string.Join('\n', c.Checklist!.Select(i => i!.Trim()));
        plan.Active = c.Active ?? true;
        plan.Assignee = c.Assignee?.Trim() ?? "";
        plan.Note = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return plan;
    }
}

/// <summary>A plan as the calendar page and the API show it: its scope in words and how many exhibits a round covers.</summary>
public sealed record MaintenancePlanView(Guid Id, string Name, Guid? ExhibitId, string? ExhibitCode, string? ExhibitName, Guid? HallId, string? Hall,
    ExhibitCategory? Category, PlanFrequency Frequency, IReadOnlyList<string> Checklist, DateOnly StartDate, DateOnly NextDue, bool Active,
    string Assignee, string Note, int Exhibits);

/// <summary>The plans, and the rounds they fall due on in a span of days (the maintenance calendar).</summary>
public static class ListMaintenancePlans
{
    public sealed record Round(DateOnly Day, Guid PlanId, string Name, PlanFrequency Frequency, int Exhibits);

    public static async Task<List<MaintenancePlanView>> HandleAsync(MuseumDb db, CancellationToken ct)
    {
        var plans = await db.MaintenancePlans.AsNoTracking().OrderBy(p => p.Frequency).ThenBy(p => p.Name).ToListAsync(ct);
        var exhibits = await InScope(db).Select(e => new { e.Id, e.Code, e.Name, e.HallId, e.Category }).ToListAsync(ct);
        var halls = await db.Halls.AsNoTracking().ToDictionaryAsync(h => h.Id, h => $"{h.Floor} 楼 · {h.Name}", ct);
        var named = await db.Exhibits.AsNoTracking().Where(e => plans.Select(p => p.ExhibitId).Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => (e.Code, e.Name), ct);
        return [.. plans.Select(p =>
        {
            var e = p.ExhibitId is { } x ? named.GetValueOrDefault(x) : default;
            var count = p.ExhibitId is not null ? 1 : exhibits.Count(x => (p.HallId == null || x.HallId == p.HallId) && (p.Category == null || x.Category == p.Category));
            return new MaintenancePlanView(p.Id, p.Name, p.ExhibitId, e.Code, e.Name, p.HallId, p.HallId is { } h ? halls.GetValueOrDefault(h) : null,
                p.Category, p.Frequency, p.Items, p.StartDate, p.NextDue, p.Active, p.Assignee, p.Note, count);
        })];
    }

    /// <summary>Active plans' rounds from <paramref name="from"/> to <paramref name="to"/> (at most a year), by day.</summary>
    public static async Task<List<Round>> CalendarAsync(MuseumDb db, DateOnly from, DateOnly to, CancellationToken ct) =>
        [.. (await HandleAsync(db, ct)).Where(p => p.Active)
            .SelectMany(p => Schedule.Between(p.StartDate, p.Frequency, p.NextDue, from, to).Select(d => new Round(d, p.Id, p.Name, p.Frequency, p.Exhibits)))
            .OrderBy(r => r.Day).ThenBy(r => r.Name)];

    /// <summary>The exhibits a scoped plan's round covers: not retired, not away on tour.</summary>
    internal static IQueryable<Exhibit> InScope(MuseumDb db) =>
        db.Exhibits.Where(e => e.Status != ExhibitStatus.Retired && e.Status != ExhibitStatus.OnTour);
}
