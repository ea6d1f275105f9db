using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// How a school signs in to register: 科技活动部 issues each school of a contest an access code (报名码, 10 characters,
/// shown once, stored only as its SHA-256) and hands it to the school's contact. Schools need no accounts; a new code
/// replaces the old one. The code is per school and contest, so one school's code never shows another's entries.
/// </summary>
public static class SchoolAccess
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public sealed record Issued(Guid UnitId, string School, string Code);

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    public static async Task<Result<Issued>> IssueAsync(MuseumDb db, Guid unitId, CancellationToken ct)
    {
        var unit = await db.ContestUnits.FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) return Refusal.NotFound("本馆没有这个参赛单位。", "No such unit in this museum.");
        var code = new string([.. Enumerable.Range(0, 10).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);
        unit.AccessCodeHash = Hash(code);
        await db.SaveChangesAsync(ct);
        return new Issued(unit.Id, unit.Name, code);
    }

    /// <summary>The school a code belongs to; a field error on <c>code</c> when none.</summary>
    public static async Task<Result<ContestUnit>> FindAsync(MuseumDb db, string? code, CancellationToken ct)
    {
        var hash = string.IsNullOrWhiteSpace(code) ? "" : Hash(code);
        var unit = hash == "" ? null : await db.ContestUnits.FirstOrDefaultAsync(u => u.AccessCodeHash == hash, ct);
        return unit is null ? Refusal.OnField("code", "报名码不对，请向科技活动部核对。", "Unknown access code; ask the museum's science activities department.") : unit;
    }

    public sealed record CodeCommand(string? Code);

    public sealed class CodeValidator : AbstractValidator<CodeCommand>
    {
        public CodeValidator() => RuleFor(c => c.Code).RequiredText(20);
    }

    /// <summary>What a school sees: its contest, the categories it may enter, and its entries with their status.</summary>
    public sealed record SchoolView(string School, string Contest, DateOnly? Deadline, bool Open, IReadOnlyList<CategoryChoice> Categories, IReadOnlyList<EntryStatusView> Entries);

    public sealed record CategoryChoice(Guid Id, string Name, EntryKind EntryKind, int MaxTeamSize);

    public sealed record EntryStatusView(int Number, string Category, string Title, IReadOnlyList<string> Entrants, string Status, DateTime SubmittedAt);

    public static async Task<Result<SchoolView>> ViewAsync(MuseumDb db, string? code, TimeProvider clock, CancellationToken ct)
    {
        var found = await FindAsync(db, code, ct);
        if (found.Value is not { } unit) return found.Refusal!;
        var contest = await db.Contests.SingleAsync(c => c.Id == unit.ContestId, ct);
        var categories = await db.ContestCategories.Where(c => c.ContestId == contest.Id).OrderBy(c => c.SortOrder).ToListAsync(ct);
        var entries = await db.ContestEntries.Where(e => e.UnitId == unit.Id).OrderBy(e => e.Number).ToListAsync(ct);
        var ids = entries.Select(e => e.Id).ToList();
        var entrants = (await db.ContestParticipants.Where(p => ids.Contains(p.EntryId) && p.Role == ParticipantRole.Entrant)
            .OrderBy(p => p.Position).ToListAsync(ct)).ToLookup(p => p.EntryId, p => p.Name);
        var names = categories.ToDictionary(c => c.Id, c => c.Name);
        return new SchoolView(unit.Name, contest.Name, contest.RegistrationDeadline, IsOpen(contest, clock),
            [.. categories.Select(c => new CategoryChoice(c.Id, c.Name, c.EntryKind, c.MaxTeamSize))],
            [.. entries.Select(e => new EntryStatusView(e.Number, names.GetValueOrDefault(e.CategoryId, ""), e.Title, [.. entrants[e.Id]],
                e.Status == EntryStatus.Submitted ? L("已提交，待评审", "Submitted, awaiting judging") : L("已撤回", "Withdrawn"), e.SubmittedAt))]);
    }

    public static bool IsOpen(Contest contest, TimeProvider clock) =>
        contest.RegistrationDeadline is not { } d || MuseumClock.Today(clock) <= d;
}
