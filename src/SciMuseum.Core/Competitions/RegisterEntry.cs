using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// A school registers an entry with its access code: a work or team in a category, its students (name, grade, a
/// guardian's mobile) and the advising teacher. Refused: after the contest's deadline, a team larger than the category
/// allows, and a student already in another entry of the same category (one student is one name with one guardian's
/// mobile, across all schools).
/// </summary>
public static class RegisterEntry
{
    public sealed record EntrantInput(string? Name, string? Grade, string? GuardianPhone);

    public sealed record Command(string? Code, Guid? CategoryId, string? Title, string? Link, string? Advisor, List<EntrantInput?>? Entrants);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).RequiredText(20);
            RuleFor(c => c.CategoryId).Required();
            RuleFor(c => c.Title).RequiredText(200);
            RuleFor(c => c.Link).OptionalText(500)
                .Must(l => string.IsNullOrWhiteSpace(l) || Uri.TryCreate(l.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
                .WithMessage(_ => L("链接须以 http:// 或 https:// 开头。", "A link starts with http:// or https://."));
            RuleFor(c => c.Advisor).OptionalText(50);
            RuleFor(c => c.Entrants).NotEmpty().WithMessage(_ => L("至少一名学生。", "At least one student."))
                .Must(l => l!.Count <= 50).When(c => c.Entrants is not null).WithMessage(_ => L("最多 50 人。", "At most 50 people."));
            RuleForEach(c => c.Entrants).Cascade(CascadeMode.Continue).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(e =>
            {
                e.RuleFor(x => x!.Name).RequiredText(30);
                e.RuleFor(x => x!.Grade).RequiredText(20);
                e.RuleFor(x => x!.GuardianPhone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).PhoneNumber();
            });
            RuleFor(c => c.Entrants).Must(l => l!.Where(x => x is not null).GroupBy(Key).All(g => g.Count() == 1))
                .When(c => c.Entrants is not null).WithMessage(_ => L("同一名学生填了两次。", "The same student is listed twice."));
        }
    }

    private static string Key(EntrantInput? e) => $"{e?.Name?.Trim()}|{e?.GuardianPhone?.Trim()}";

    public static async Task<Result<Entry>> HandleAsync(MuseumDb db, Command c, TimeProvider clock, CancellationToken ct)
    {
        var found = await SchoolAccess.FindAsync(db, c.Code, ct);
        if (found.Value is not { } school) return found.Refusal!;
        var contest = await db.Contests.SingleAsync(x => x.Id == school.ContestId, ct);
        if (!SchoolAccess.IsOpen(contest, clock))
            return Refusal.Because("registration-closed", $"报名已于 {contest.RegistrationDeadline:yyyy-MM-dd} 截止。", $"Registration closed on {contest.RegistrationDeadline:yyyy-MM-dd}.");
        var category = await db.ContestCategories.FirstOrDefaultAsync(x => x.Id == c.CategoryId && x.ContestId == contest.Id, ct);
        if (category is null) return Refusal.OnField("categoryId", "本竞赛没有这个类别。", "No such category in this contest.");
        var entrants = c.Entrants!.Select(e => e!).ToList();
        if (entrants.Count > category.MaxTeamSize)
            return Refusal.OnField("entrants", $"{category.Name}每件作品（队）最多 {category.MaxTeamSize} 人，填了 {entrants.Count} 人。",
                $"{category.Name} allows at most {category.MaxTeamSize} per entry; {entrants.Count} given.");
        var names = entrants.Select(e => e.Name!.Trim()).ToList();
        var taken = await (from p in db.ContestParticipants
                           join e in db.ContestEntries on p.EntryId equals e.Id
                           where e.CategoryId == category.Id && e.Status == EntryStatus.Submitted
                                 && p.Role == ParticipantRole.Entrant && names.Contains(p.Name)
                           select new { p.Name, p.GuardianPhone }).ToListAsync(ct);
        for (var i = 0; i < entrants.Count; i++)
            if (taken.Any(t => t.Name == entrants[i].Name!.Trim() && t.GuardianPhone == entrants[i].GuardianPhone!.Trim()))
                return Refusal.OnField($"entrants[{i}]", $"{entrants[i].Name!.Trim()} 已报名{category.Name}，同一项目不能重复参赛。",
                    $"{entrants[i].Name!.Trim()} is already entered in {category.Name}.");

        var entry = new Entry
        {
            ContestId = contest.Id, CategoryId = category.Id, UnitId = school.Id, Title = c.Title!.Trim(),
            Link = c.Link?.Trim() ?? "", Status = EntryStatus.Submitted, SubmittedAt = clock.GetUtcNow().UtcDateTime,
            Number = await db.ContestEntries.Where(e => e.ContestId == contest.Id).MaxAsync(e => (int?)e.Number, ct) + 1 ?? 1,
        };
        db.ContestEntries.Add(entry);
        foreach (var (e, i) in entrants.Select((e, i) => (e, i)))
            db.ContestParticipants.Add(new Participant
            {
                ContestId = contest.Id, EntryId = entry.Id, Role = ParticipantRole.Entrant, Position = i + 1,
                Name = e.Name!.Trim(), Grade = e.Grade!.Trim(), GuardianPhone = e.GuardianPhone!.Trim(),
            });
        if (!string.IsNullOrWhiteSpace(c.Advisor))
            db.ContestParticipants.Add(new Participant { ContestId = contest.Id, EntryId = entry.Id, Role = ParticipantRole.Advisor, Position = entrants.Count + 1, Name = c.Advisor.Trim() });
        await db.SaveChangesAsync(ct);
        return entry;
    }
}
