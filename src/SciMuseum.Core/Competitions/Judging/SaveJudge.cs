using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// Register (or correct) a judge of a contest as one person: name, the ID card number or else the mobile (the identity;
/// a second judge with the same identity in one contest is refused), the unit they work at, the relatives they declare
/// (name and school) and their declared 回避 (a unit, or an entry by its number, with the reason).
/// </summary>
public static class SaveJudge
{
    public sealed record RelativeInput(string? Name, string? School);

    public sealed record RecusalInput(Guid? UnitId, int? EntryNumber, string? Reason);

    public sealed record Command(string? Name, string? Title, string? IdCard, string? Phone, Guid? UnitId,
        List<RelativeInput?>? Relatives, List<RecusalInput?>? Recusals);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(50);
            RuleFor(c => c.Title).OptionalText(50);
            RuleFor(c => c.IdCard).Matches(@"^\d{17}[\dXx]$").When(c => !string.IsNullOrWhiteSpace(c.IdCard))
                .WithMessage(_ => L("身份证号须为 18 位（末位可为 X）。", "An ID card number has 18 characters (the last may be X)."));
            RuleFor(c => c.Phone).OptionalText(20);
            RuleFor(c => PersonIdentity.Phone(c.Phone)).PhoneNumber().OverridePropertyName("phone");
            RuleFor(c => c.Phone).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.IdCard))
                .WithMessage(_ => L("身份证号或手机号至少填一项：评委按本人身份回避，不按邮箱。", "Give the ID card number or the mobile: conflicts follow the person, not an e-mail."));
            RuleFor(c => c.Relatives).Must(l => l!.Count <= 20).When(c => c.Relatives is not null).WithMessage(_ => L("亲属最多 20 人。", "At most 20 relatives."));
            RuleForEach(c => c.Relatives).Cascade(CascadeMode.Continue).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(r =>
            {
                r.RuleFor(x => x!.Name).RequiredText(50);
                r.RuleFor(x => x!.School).RequiredText(100);
            });
            RuleFor(c => c.Recusals).Must(l => l!.Count <= 50).When(c => c.Recusals is not null).WithMessage(_ => L("回避最多 50 项。", "At most 50 declarations."));
            RuleForEach(c => c.Recusals).Cascade(CascadeMode.Continue).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(r =>
            {
                r.RuleFor(x => x!.Reason).RequiredText(200);
                r.RuleFor(x => x!.EntryNumber).InclusiveBetween(1, 1_000_000).WithMessage(_ => L("作品序号不对。", "Not an entry number."));
                r.RuleFor(x => x).Must(x => x!.UnitId is not null ^ x.EntryNumber is not null)
                    .WithMessage(_ => L("回避单位或作品序号二选一。", "Either a unit or an entry number."));
            });
        }
    }

    public static async Task<Result<Judge>> HandleAsync(MuseumDb db, Guid contestId, Guid? id, Command c, CancellationToken ct)
    {
        if (!await db.Contests.AnyAsync(x => x.Id == contestId, ct)) return Refusal.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        var judge = id is null ? new Judge { ContestId = contestId } : await db.ContestJudges.FirstOrDefaultAsync(j => j.Id == id && j.ContestId == contestId, ct);
        if (judge is null) return Refusal.NotFound("这项竞赛没有这位评委。", "No such judge in this contest.");
        var units = await db.ContestUnits.Where(u => u.ContestId == contestId).Select(u => u.Id).ToListAsync(ct);
        if (c.UnitId is { } unit && !units.Contains(unit)) return Refusal.OnField("unitId", "这项竞赛没有这个单位。", "No such unit in this contest.");
        var key = PersonIdentity.Key(c.IdCard, c.Phone);
        if (await db.ContestJudges.AnyAsync(j => j.ContestId == contestId && j.IdentityKey == key && j.Id != judge.Id, ct))
            return Refusal.OnField(string.IsNullOrWhiteSpace(c.IdCard) ? "phone" : "idCard", "这位评委已登记（同一身份证号或手机号）。", "This person is already a judge of the contest.");
        var recusals = new List<JudgeRecusal>();
        foreach (var (r, i) in (c.Recusals ?? []).Select((r, i) => (r!, i)))
        {
            Guid? entryId = null;
            if (r.EntryNumber is { } n)
            {
                entryId = await db.ContestEntries.Where(e => e.ContestId == contestId && e.Number == n).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
                if (entryId is null) return Refusal.OnField($"recusals[{i}].entryNumber", $"没有序号为 {n} 的作品。", $"No entry numbered {n}.");
            }
            else if (!units.Contains(r.UnitId!.Value)) return Refusal.OnField($"recusals[{i}].unitId", "这项竞赛没有这个单位。", "No such unit in this contest.");
            recusals.Add(new JudgeRecusal { JudgeId = judge.Id, UnitId = entryId is null ? r.UnitId : null, EntryId = entryId, Reason = r.Reason!.Trim() });
        }

        (judge.Name, judge.Title, judge.UnitId, judge.Phone, judge.IdentityKey) = (c.Name!.Trim(), c.Title?.Trim() ?? "", c.UnitId, PersonIdentity.Phone(c.Phone), key);
        if (id is null) db.ContestJudges.Add(judge);
        db.ContestJudgeRelatives.RemoveRange(await db.ContestJudgeRelatives.Where(r => r.JudgeId == judge.Id).ToListAsync(ct));
        db.ContestJudgeRecusals.RemoveRange(await db.ContestJudgeRecusals.Where(r => r.JudgeId == judge.Id).ToListAsync(ct));
        db.ContestJudgeRelatives.AddRange((c.Relatives ?? []).Select(r => new JudgeRelative { JudgeId = judge.Id, Name = r!.Name!.Trim(), School = r.School!.Trim() }));
        db.ContestJudgeRecusals.AddRange(recusals);
        await db.SaveChangesAsync(ct);
        return judge;
    }
}

/// <summary>
/// How a judge signs in to score: 科技活动部 issues each judge an access code (评审码, 10 characters, shown once, stored
/// as its SHA-256) — experts from outside need no staff account, and the code opens only that judge's entries.
/// </summary>
public static class JudgeAccess
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public sealed record Issued(Guid JudgeId, string Judge, string Code);

    public sealed record CodeCommand(string? Code);

    public sealed class CodeValidator : AbstractValidator<CodeCommand>
    {
        public CodeValidator() => RuleFor(c => c.Code).RequiredText(20);
    }

    public static async Task<Result<Issued>> IssueAsync(MuseumDb db, Guid judgeId, CancellationToken ct)
    {
        if (await db.ContestJudges.FirstOrDefaultAsync(j => j.Id == judgeId, ct) is not { } judge) return Refusal.NotFound("本馆没有这位评委。", "No such judge in this museum.");
        var code = new string([.. Enumerable.Range(0, 10).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);
        judge.AccessCodeHash = SchoolAccess.Hash(code);
        await db.SaveChangesAsync(ct);
        return new Issued(judge.Id, judge.Name, code);
    }

    /// <summary>The judge a code belongs to; a field error on <c>code</c> when none.</summary>
    public static async Task<Result<Judge>> FindAsync(MuseumDb db, string? code, CancellationToken ct)
    {
        var hash = string.IsNullOrWhiteSpace(code) ? "" : SchoolAccess.Hash(code);
        var judge = hash == "" ? null : await db.ContestJudges.FirstOrDefaultAsync(j => j.AccessCodeHash == hash, ct);
        return judge is null ? Refusal.OnField("code", "评审码不对，请向科技活动部核对。", "Unknown judge's code; ask the science activities department.") : judge;
    }
}
