using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs;

/// <summary>
/// 报名: a guardian signs up one or more children (or a teacher a class, with the guardians' consent) for a session. The
/// places are taken by one conditional UPDATE, the last statement of the sign-up's transaction; a full session puts the
/// family on the waiting list instead. A child already signed up for the session is refused by a unique index, even when two
/// requests arrive at once.
/// </summary>
public static class SignUpForSession
{
    public const int MaxChildrenPerFamily = 5;
    public const int MaxChildrenPerClass = 60;

    public sealed record ChildInput(string? Name, int? Age);

    public sealed record Command(Guid? SessionId, string? GuardianName, string? GuardianPhone, List<ChildInput>? Children,
        string? School = null, bool? GuardianConsent = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SessionId).Required();
            RuleFor(c => c.GuardianName).RequiredText(30);
            RuleFor(c => c.GuardianPhone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).PhoneNumber();
            RuleFor(c => c.School).OptionalText(100);
            RuleFor(c => c.Children).NotEmpty().WithMessage(_ => L("至少填写一名孩子。", "Add at least one child."))
                .Must((c, list) => list is null || list.Count <= (string.IsNullOrWhiteSpace(c.School) ? MaxChildrenPerFamily : MaxChildrenPerClass))
                .WithMessage(c => string.IsNullOrWhiteSpace(c.School)
                    ? L($"每个家庭最多 {MaxChildrenPerFamily} 名孩子。", $"At most {MaxChildrenPerFamily} children per family.")
                    : L($"每个班级最多 {MaxChildrenPerClass} 名学生。", $"At most {MaxChildrenPerClass} pupils per class."));
            RuleForEach(c => c.Children).ChildRules(child =>
            {
                child.RuleFor(x => x!.Name).RequiredText(30);
                child.RuleFor(x => x!.Age).Required().InclusiveBetween(3, 18).WithMessage(_ => L("年龄须在 3–18 岁之间。", "Age 3 to 18."));
            }).When(c => c.Children is not null && c.Children.All(x => x is not null));
            RuleFor(c => c.Children).Must(list => list is null || list.All(x => x is not null)).WithMessage(_ => L("名单中有空项。", "The list has an empty entry."));
            RuleFor(c => c.Children).Custom((children, ctx) =>
            {
                if (children is null) return;
                var seen = new HashSet<string>();
                for (var i = 0; i < children.Count; i++)
                    if (children[i]?.Name is { Length: > 0 } name && !seen.Add(SignUpChild.KeyOf(name, "")))
                        ctx.AddFailure($"children[{i}].name", L("同一名孩子填写了两次。", "The same child is listed twice."));
            });
            RuleFor(c => c.GuardianConsent).Must(v => v == true).When(c => !string.IsNullOrWhiteSpace(c.School))
                .WithMessage(_ => L("班级报名须确认已取得家长同意。", "A class sign-up needs the guardians' consent."));
        }
    }

    public static Refusal AlreadySignedUp(int index) => Refusal.OnField($"children[{index}].name",
        "这名孩子已报名本场次（或在候补名单中）。", "This child is already signed up (or waiting) for this session.");

    /// <summary>Signs up, or puts on the waiting list; refuses an unknown, closed, started or too-small session and a child signed up twice.</summary>
    public static async Task<Result<SignUp>> HandleAsync(MuseumDb db, TimeProvider clock, Command c, SignUpChannel channel, string enteredBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var children = c.Children!;
        var phone = c.GuardianPhone!.Trim();
        var keys = children.Select(x => SignUpChild.KeyOf(x.Name!, phone)).ToList();
        // One read: the session and its activity, whether offers of it have run out, and the first of these children
        // already signed up for it.
        var found = await db.ActivitySessions.AsNoTracking().Where(s => s.Id == c.SessionId).Select(s => new
        {
            Session = s,
            s.Activity,
            StaleOffers = db.SignUps.Any(x => x.SessionId == s.Id && x.Status == SignUpStatus.Offered && x.OfferExpiresAt <= now),
            SignedUp = db.SignUpChildren.Where(x => x.SessionId == s.Id && x.Active && keys.Contains(x.ChildKey)).Select(x => x.ChildKey).FirstOrDefault(),
        }).FirstOrDefaultAsync(ct);
        if (found is null) return Refusal.OnField("sessionId", "没有这个场次。", "No such session.");
        var session = found.Session;
        session.Activity = found.Activity;
        if (channel == SignUpChannel.Online && !session.PublicSignUp)
            return Refusal.OnField("sessionId", "该场次不接受网上报名。", "This session takes no online sign-ups.");
        if (session.Activity!.State != ActivityState.Open)
            return Refusal.OnField("sessionId", "该活动未开放报名。", "Sign-up for this activity is not open.");
        if (now >= session.StartsAt) return Refusal.OnField("sessionId", "该场次已开始或已结束，不能报名。", "This session has started or is over.");
        if (children.Count > session.Capacity)
            return Refusal.OnField("children", $"本场次共 {session.Capacity} 个名额，容不下 {children.Count} 名孩子。",
                $"The session has {session.Capacity} places in all, too few for {children.Count} children.");
        if (found.SignedUp is { } taken) return AlreadySignedUp(keys.IndexOf(taken));

        SignUp NewSignUp(SignUpStatus status) => new()
        {
            MuseumId = session.MuseumId, SessionId = session.Id, Code = NewCode(), GuardianName = c.GuardianName!.Trim(), GuardianPhone = phone,
            School = c.School?.Trim() ?? "", GuardianConsent = c.GuardianConsent ?? false, Channel = channel, Places = children.Count,
            Status = status, QueuedAt = now, EnteredBy = enteredBy,
            Children = [.. children.Select((x, i) => new SignUpChild
            {
                MuseumId = session.MuseumId, SessionId = session.Id, Name = x.Name!.Trim(), Age = x.Age!.Value, ChildKey = keys[i],
            })],
        };
        // Insert first, take the places last (as a booking does): the session's row is locked only from the conditional
        // UPDATE to COMMIT, so sign-ups do not queue behind each other's inserts. A session full when read above is
        // waiting-listed without touching its row; one that filled up since rolls the confirmed insert back and is
        // written again as waiting. On SQLite the writes run on the file's writer thread (WriteGate).
        var (signUp, written) = await WriteGate.RunAsync(db, async () =>
        {
            // Offers that ran out give their places back (to the waiting families first), so the places read above may be
            // stale: then the UPDATE decides.
            if (found.StaleOffers) await WaitingList.ExpireOffersAsync(db, session.Id, now, ct);
            if (found.StaleOffers || session.Taken + children.Count <= session.Capacity)
            {
                var confirmed = NewSignUp(SignUpStatus.Confirmed);
                if (await WriteAsync(db, confirmed, take: true, ct) is var w && w != Written.Full) return (confirmed, w);
            }
            var waiting = NewSignUp(SignUpStatus.Waiting);
            return (waiting, await WriteAsync(db, waiting, take: false, ct));
        }, ct);
        if (written == Written.AlreadySignedUp) return AlreadySignedUp(0);
        // Written and committed: nothing more to track, and the view is made from the session read above.
        db.ChangeTracker.Clear();
        signUp.Session = session;
        return signUp;
    }

    private enum Written { Done, AlreadySignedUp, Full }

    /// <summary>Inserts the sign-up and its children; with <paramref name="take"/>, takes its places as the last statement before COMMIT.</summary>
    private static async Task<Written> WriteAsync(MuseumDb db, SignUp signUp, bool take, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.SignUps.Add(signUp);
        var written = Written.Done;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same child was signed up between our check and our insert (the unique index): nothing written.
            written = Written.AlreadySignedUp;
        }
        if (written == Written.Done && take && !await WaitingList.TakeAsync(db, signUp.SessionId, signUp.Places, ct)) written = Written.Full;
        if (written != Written.Done)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return written;
        }
        await tx.CommitAsync(ct);
        return written;
    }

    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, 10);
}
