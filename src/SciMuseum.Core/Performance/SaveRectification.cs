using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>存在的问题: record (or change) a problem an evaluation found.</summary>
public static class SaveProblem
{
    public sealed record Command(int? Year, Guid? EvaluationId, string? Title, string? Description);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Year).Required().PlausibleYear();
            RuleFor(c => c.Title).RequiredText(200);
            RuleFor(c => c.Description).OptionalText(4000);
            RuleFor(c => c.EvaluationId).MustAsync(async (id, ct) => await db.Evaluations.AnyAsync(e => e.Id == id, ct))
                .When(c => c.EvaluationId is not null).WithMessage(_ => L("评价不存在。", "No such evaluation."));
        }
    }

    public static async Task<Result<RectificationProblem>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var p = id is null ? db.RectificationProblems.Add(new RectificationProblem()).Entity : await db.RectificationProblems.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Refusal.NotFound();
        (p.Year, p.EvaluationId, p.Title, p.Description) = (c.Year!.Value, c.EvaluationId, c.Title!.Trim(), c.Description?.Trim() ?? "");
        if (id is null) p.SortOrder = await db.RectificationProblems.CountAsync(x => x.Year == p.Year, ct) + 1;
        await db.SaveChangesAsync(ct);
        return p;
    }
}

/// <summary>整改措施: record (or change) a measure: owner department, deadline, status.</summary>
public static class SaveMeasure
{
    public sealed record Command(Guid? ProblemId, string? Title, string? Description, Guid? DepartmentId, DateOnly? Deadline, MeasureStatus? Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.ProblemId).Required().MustAsync(async (id, ct) => await db.RectificationProblems.AnyAsync(p => p.Id == id, ct))
                .WithMessage(_ => L("问题不存在。", "No such problem."));
            RuleFor(c => c.Title).RequiredText(200);
            RuleFor(c => c.Description).OptionalText(4000);
            RuleFor(c => c.Deadline).Required();
            RuleFor(c => c.Status).IsInEnum();
            RuleFor(c => c.DepartmentId).MustAsync(async (id, ct) => await db.Departments.AnyAsync(d => d.Id == id, ct))
                .When(c => c.DepartmentId is not null).WithMessage(_ => L("部门不存在。", "No such department."));
        }
    }

    public static async Task<Result<RectificationMeasure>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var m = id is null ? db.RectificationMeasures.Add(new RectificationMeasure()).Entity : await db.RectificationMeasures.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Refusal.NotFound();
        (m.ProblemId, m.Title, m.Description, m.DepartmentId, m.Deadline) = (c.ProblemId!.Value, c.Title!.Trim(), c.Description?.Trim() ?? "", c.DepartmentId, c.Deadline!.Value);
        m.Status = c.Status ?? m.Status;
        // A new measure goes after the problem's others on the board.
        if (id is null) m.SortOrder = await db.RectificationMeasures.CountAsync(x => x.ProblemId == m.ProblemId, ct) + 1;
        await db.SaveChangesAsync(ct);
        return m;
    }
}

/// <summary>A dated progress note on a measure with its evidence, optionally moving its status on.</summary>
public static class AddMeasureProgress
{
    public sealed record Command(DateOnly? Date, string? Note, string? Evidence, MeasureStatus? Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required();
            RuleFor(c => c.Note).RequiredText(2000);
            RuleFor(c => c.Evidence).OptionalText(500);
            RuleFor(c => c.Status).IsInEnum();
        }
    }

    public static async Task<Result<MeasureProgress>> HandleAsync(MuseumDb db, Guid measureId, Command c, CancellationToken ct)
    {
        if (await db.RectificationMeasures.FirstOrDefaultAsync(m => m.Id == measureId, ct) is not { } measure) return Refusal.NotFound();
        var progress = db.MeasureProgress.Add(new MeasureProgress { MeasureId = measureId, Date = c.Date!.Value, Note = c.Note!.Trim(), Evidence = c.Evidence?.Trim() ?? "" }).Entity;
        measure.Status = c.Status ?? measure.Status;
        await db.SaveChangesAsync(ct);
        return progress;
    }
}

/// <summary>The rectification board: a year's problems, each with its measures and their progress.</summary>
public static class RectificationBoard
{
    public sealed record Measure(RectificationMeasure Record, bool Overdue, IReadOnlyList<MeasureProgress> Progress);
    public sealed record Problem(RectificationProblem Record, IReadOnlyList<Measure> Measures);

    public static async Task<List<Problem>> HandleAsync(MuseumDb db, int year, DateOnly today, CancellationToken ct)
    {
        var problems = await db.RectificationProblems.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.SortOrder).ToListAsync(ct);
        var ids = problems.Select(p => p.Id).ToList();
        var measures = (await db.RectificationMeasures.AsNoTracking().Where(m => ids.Contains(m.ProblemId)).OrderBy(m => m.SortOrder).ThenBy(m => m.Deadline).ToListAsync(ct))
            .ToLookup(m => m.ProblemId);
        var measureIds = measures.SelectMany(g => g).Select(m => m.Id).ToList();
        var progress = (await db.MeasureProgress.AsNoTracking().Where(p => measureIds.Contains(p.MeasureId)).OrderBy(p => p.Date).ToListAsync(ct))
            .ToLookup(p => p.MeasureId);
        return [.. problems.Select(p => new Problem(p, [.. measures[p.Id].Select(m => new Measure(m, m.IsOverdue(today), [.. progress[m.Id]]))]))];
    }
}
