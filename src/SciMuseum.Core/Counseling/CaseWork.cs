using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// What the assigned counselor does in an open case: record a session or a note, reassess the risk (高风险 alerts the
/// head), refer the child out, close it with a summary, hand it to a colleague with the reason. A closed case takes nothing more.
/// </summary>
public static class CaseWork
{
    public const string ClosedType = "case-closed";

    public static Refusal Closed(string number) => Refusal.Because(ClosedType,
        $"个案 {number} 已结案，不能再记录。", $"Case {number} is closed; nothing more can be written to it.");

    public sealed record EntryCommand(DateOnly? Date, CaseEntryKind? Kind, SessionMode? Mode, int? DurationMinutes, string? Text);

    public sealed class EntryValidator : AbstractValidator<EntryCommand>
    {
        public EntryValidator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.Kind).Required().IsInEnum().WithMessage(_ => L("记录类型无效。", "Unknown entry kind."));
            RuleFor(c => c.Mode).IsInEnum().WithMessage(_ => L("咨询方式无效。", "Unknown session mode."));
            RuleFor(c => c.DurationMinutes).InclusiveBetween(0, 600).WithMessage(_ => L("时长须在 0–600 分钟之间。", "Between 0 and 600 minutes."));
            RuleFor(c => c.Text).RequiredText(4000);
        }
    }

    public sealed record RiskCommand(RiskLevel? Risk);

    public sealed class RiskValidator : AbstractValidator<RiskCommand>
    {
        public RiskValidator() => RuleFor(c => c.Risk).Required().IsInEnum().WithMessage(_ => L("风险等级无效。", "Unknown risk level."));
    }

    public sealed record ReferCommand(DateOnly? Date, string? To);

    public sealed class ReferValidator : AbstractValidator<ReferCommand>
    {
        public ReferValidator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.To).RequiredText(1000);
        }
    }

    public sealed record CloseCommand(DateOnly? Date, string? Summary);

    public sealed class CloseValidator : AbstractValidator<CloseCommand>
    {
        public CloseValidator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.Summary).RequiredText(4000);
        }
    }

    public sealed record HandOverCommand(string? ToCounselorId, string? Reason);

    public sealed class HandOverValidator : AbstractValidator<HandOverCommand>
    {
        public HandOverValidator()
        {
            RuleFor(c => c.ToCounselorId).RequiredText(450);
            RuleFor(c => c.Reason).RequiredText(1000);
        }
    }

    public static Task<Result<CaseView>> AddEntryAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Guid id, EntryCommand c, CancellationToken ct) =>
        InOpenCaseAsync(db, cipher, clock, id, ct, k =>
        {
            if (c.Date < k.OpenedOn)
                return Task.FromResult<Refusal?>(Refusal.OnField("date", $"不能早于接案日期 {k.OpenedOn:yyyy-MM-dd}。", $"Not before the case was opened ({k.OpenedOn:yyyy-MM-dd})."));
            var entry = new CaseEntry
            {
                MuseumId = k.MuseumId, CaseId = k.Id, Date = c.Date!.Value, Kind = c.Kind!.Value, Mode = c.Mode ?? SessionMode.InPerson,
                DurationMinutes = c.DurationMinutes ?? 0, WrittenBy = db.User.UserId!,
            };
            entry.TextSealed = cipher.Seal(c.Text!.Trim(), CaseSeal.Entry(entry.Id));
            db.CaseEntries.Add(entry);
            return Task.FromResult<Refusal?>(null);
        });

    public static Task<Result<CaseView>> SetRiskAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Guid id, RiskCommand c, CancellationToken ct) =>
        InOpenCaseAsync(db, cipher, clock, id, ct, async k =>
        {
            var raised = c.Risk == RiskLevel.High && k.Risk != RiskLevel.High;
            k.Risk = c.Risk!.Value;
            if (raised) await CaseAlerts.RaiseAsync(db, clock, k, await CaseViews.NameAsync(db, k.CounselorId, ct), ct);
            return null;
        });

    public static Task<Result<CaseView>> ReferAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Guid id, ReferCommand c, CancellationToken ct) =>
        InOpenCaseAsync(db, cipher, clock, id, ct, k =>
        {
            k.ReferredOn = c.Date;
            k.ReferralSealed = cipher.Seal(c.To!.Trim(), CaseSeal.Case(k.Id, CaseSeal.Referral));
            return Task.FromResult<Refusal?>(null);
        });

    public static Task<Result<CaseView>> CloseAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Guid id, CloseCommand c, CancellationToken ct) =>
        InOpenCaseAsync(db, cipher, clock, id, ct, k =>
        {
            if (c.Date < k.OpenedOn)
                return Task.FromResult<Refusal?>(Refusal.OnField("date", $"不能早于接案日期 {k.OpenedOn:yyyy-MM-dd}。", $"Not before the case was opened ({k.OpenedOn:yyyy-MM-dd})."));
            k.Status = CaseStatus.Closed;
            k.ClosedOn = c.Date;
            k.ClosingSummarySealed = cipher.Seal(c.Summary!.Trim(), CaseSeal.Case(k.Id, CaseSeal.ClosingSummary));
            return Task.FromResult<Refusal?>(null);
        });

    /// <summary>Hands the case to another counselor of the museum; from then on only they read it.</summary>
    public static async Task<Result<CaseHandOver>> HandOverAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Guid id, HandOverCommand c, CancellationToken ct)
    {
        var found = await CaseAccess.ForCounselorAsync(db, clock, id, ct);
        if (found.Value is not { } k) return found.Refusal!;
        if (k.Status == CaseStatus.Closed) return Closed(k.Number);
        var to = c.ToCounselorId!.Trim();
        if (to == k.CounselorId) return Refusal.OnField("toCounselorId", "已是该个案的辅导员。", "Already this case's counselor.");
        if (!(await Counselors.OfMuseumAsync(db, ct)).Any(x => x.Id == to))
            return Refusal.OnField("toCounselorId", "本馆没有这位心理辅导员。", "No such counselor in this museum.");
        var handOver = new CaseHandOver { MuseumId = k.MuseumId, CaseId = k.Id, FromCounselorId = k.CounselorId, ToCounselorId = to, At = clock.GetUtcNow().UtcDateTime };
        handOver.ReasonSealed = cipher.Seal(c.Reason!.Trim(), CaseSeal.HandOver(handOver.Id));
        db.CaseHandOvers.Add(handOver);
        k.CounselorId = to;
        await db.SaveChangesAsync(ct);
        return handOver;
    }

    private static async Task<Result<CaseView>> InOpenCaseAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Guid id, CancellationToken ct,
        Func<CounselingCase, Task<Refusal?>> change)
    {
        var found = await CaseAccess.ForCounselorAsync(db, clock, id, ct);
        if (found.Value is not { } k) return found.Refusal!;
        if (k.Status == CaseStatus.Closed) return Closed(k.Number);
        if (await change(k) is { } refused) return refused;
        await db.SaveChangesAsync(ct);
        return await CaseViews.ViewAsync(db, cipher, k, ct);
    }
}

/// <summary>The museum's counselors (users with the Counselor role), for hand-over and the head's assignments.</summary>
public static class Counselors
{
    public sealed record Item(string Id, string Name);

    public static async Task<List<Item>> OfMuseumAsync(MuseumDb db, CancellationToken ct)
    {
        var museum = db.User.MuseumId;
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.Counselor && u.MuseumId == museum
                      orderby u.DisplayName
                      select new Item(u.Id, u.DisplayName != "" ? u.DisplayName : u.UserName!)).ToListAsync(ct);
    }
}
