using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// A year's contests in figures, as the report prints them: entries, awarded works per category and level, participants,
/// teams, schools, organisation awards, classes, and spending against the contest's budget line — all from records.
/// </summary>
public static class ContestStatistics
{
    public sealed record Result(int Year, IReadOnlyList<ContestFigures> Contests);

    public sealed record ContestFigures(
        Guid Id, string Name, ContestKind Kind, int? Edition, int Entries, int AwardedEntries, int Participants, int Teams, int Schools,
        int Coaches, IReadOnlyList<CategoryAwards> Awards, IReadOnlyList<OrganisationAwards> OrganisationAwards,
        int DistinguishedSchools, ClassFigures? Classes, Spending? Spending);

    /// <summary>One row of the award table: a category (or robot event) and its first, second and third prizes.</summary>
    public sealed record CategoryAwards(Guid CategoryId, string Category, int Entries, int First, int Second, int Third, int Total, int Disputed);

    public sealed record OrganisationAwards(string Title, OrganisationAwardKind Kind, int Quota, int Count, IReadOnlyList<string> Winners);

    public sealed record ClassFigures(int Classes, decimal OnlineHours, decimal OfflineHours, int Attendance);

    /// <summary>The contest's budget line in the year: received and spent from the ledger, and spent ÷ received (%, 1 decimal).</summary>
    public sealed record Spending(Guid LineId, string Line, decimal Received, decimal Spent, decimal? Rate);

    public static async Task<Result> HandleAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var contests = await db.Contests.AsNoTracking().Where(c => c.Year == year).ToListAsync(ct);
        var ids = contests.Select(c => c.Id).ToList();
        var results = await ContestResults.LoadAsync(db, ids, ct);
        var classes = (await db.ContestClasses.AsNoTracking().Where(c => ids.Contains(c.ContestId)).ToListAsync(ct)).ToLookup(c => c.ContestId);
        var spending = await SpendingAsync(db, contests, year, ct);
        var people = (await ContestResults.PeopleAsync(db, ids, null, ct)).ToLookup(p => p.ContestId);
        return new Result(year, [.. results.Select(r => Figures(r, [.. people[r.Contest.Id]], [.. classes[r.Contest.Id]], spending.GetValueOrDefault(r.Contest.Id)))]);
    }

    private static ContestFigures Figures(ContestResults r, IReadOnlyList<ContestResults.Person> participants, IReadOnlyList<ContestClass> classes, Spending? spending)
    {
        var entries = r.AllEntries.ToList();
        var submitted = entries.Select(e => e.Entry.Id).ToHashSet();
        var people = participants.Where(p => submitted.Contains(p.EntryId)).ToList();
        var teams = r.Categories.Where(c => c.Category.EntryKind == EntryKind.Team).Sum(c => c.Entries.Count);
        var awards = r.Categories.Select(c => new CategoryAwards(c.Category.Id, c.Category.Name, c.Entries.Count,
            c.Count(Prize.First), c.Count(Prize.Second), c.Count(Prize.Third), c.Awarded, c.Entries.Count(e => e.Placed.Disputed))).ToList();
        var schools = r.Units.Values.Where(u => u.Kind == UnitKind.School).ToList();
        return new ContestFigures(
            r.Contest.Id, r.Contest.Name, r.Contest.Kind, r.Contest.Edition, entries.Count, awards.Sum(a => a.Total),
            people.Count(p => p.Role == ParticipantRole.Entrant) + classes.Sum(c => c.Participants), teams, schools.Count,
            people.Where(p => p.Role == ParticipantRole.Advisor).Select(p => p.Name).Distinct().Count(), awards,
            [.. r.OrganisationAwards.Select(o => new OrganisationAwards(o.Rule.Title, o.Rule.Kind, o.Rule.Quota, o.Winners.Count, [.. o.Winners.Select(w => w.Name)]))],
            schools.Count(u => u.Distinction != ""),
            classes.Count == 0 ? null : new ClassFigures(classes.Count, classes.Where(c => c.Mode == ClassMode.Online).Sum(c => c.Hours),
                classes.Where(c => c.Mode == ClassMode.Offline).Sum(c => c.Hours), classes.Sum(c => c.Participants)),
            spending);
    }

    private static async Task<Dictionary<Guid, Spending>> SpendingAsync(MuseumDb db, IReadOnlyList<Contest> contests, int year, CancellationToken ct)
    {
        var lineIds = contests.Where(c => c.BudgetLineId is not null).Select(c => c.BudgetLineId!.Value).Distinct().ToList();
        if (lineIds.Count == 0) return [];
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var names = await db.BudgetLines.AsNoTracking().Where(l => lineIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var received = await db.Receipts.AsNoTracking().Where(x => lineIds.Contains(x.LineId) && x.Date >= from && x.Date <= to)
            .GroupBy(x => x.LineId).Select(g => new { g.Key, Sum = g.Sum(x => x.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var spent = await db.Expenditures.AsNoTracking().Where(x => lineIds.Contains(x.LineId) && x.Date >= from && x.Date <= to)
            .GroupBy(x => x.LineId).Select(g => new { g.Key, Sum = g.Sum(x => x.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        return contests.Where(c => c.BudgetLineId is { } id && names.ContainsKey(id)).ToDictionary(c => c.Id, c =>
        {
            var id = c.BudgetLineId!.Value;
            var (r, s) = (received.GetValueOrDefault(id), spent.GetValueOrDefault(id));
            return new Spending(id, names[id], r, s, Money.Percent(s, r, 1));
        });
    }
}
