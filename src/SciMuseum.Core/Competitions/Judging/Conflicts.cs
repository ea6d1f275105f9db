using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// 回避 (HotCRP's conflicts), computed on the judge as one person, never on an e-mail address: an entry is not given to a
/// judge when it comes from the judge's own unit (本单位), when the judge advised it (本人辅导: an advisor of the judge's
/// name at the judge's unit or a school the judge's unit organises — a name alone is too common to decide), when the
/// judge made it (本人作品), when an entrant is a declared relative at the school the judge named (亲属), or when the judge
/// declared 回避 for the entry or its unit. The check runs when a judge is assigned and again on every score, so an
/// entry registered later is covered too.
/// </summary>
public static class Conflicts
{
    public enum ConflictKind { OwnUnit, OwnStudent, OwnWork, Relative, Declared }

    public sealed record Conflict(Guid JudgeId, string Judge, Guid EntryId, int Number, string Title, ConflictKind Kind, string Reason);

    public sealed record JudgeFacts(Judge Judge, IReadOnlyList<JudgeRelative> Relatives, IReadOnlyList<JudgeRecusal> Recusals);

    public static IEnumerable<Conflict> Find(JudgeFacts facts, IEnumerable<Entry> entries, ILookup<Guid, Participant> people, IReadOnlyDictionary<Guid, ContestUnit> units)
    {
        var judge = facts.Judge;
        var name = PersonIdentity.Name(judge.Name);
        string UnitName(Guid? id) => id is { } u && units.TryGetValue(u, out var unit) ? unit.Name : "";
        foreach (var e in entries)
        {
            Conflict C(ConflictKind kind, string reason) => new(judge.Id, judge.Name, e.Id, e.Number, e.Title, kind, reason);
            var school = units.GetValueOrDefault(e.UnitId);
            var ownTree = judge.UnitId is { } ju && (e.UnitId == ju || school?.OrganiserId == ju);
            if (judge.UnitId == e.UnitId) yield return C(ConflictKind.OwnUnit, $"本单位作品：评委与作品同属{UnitName(e.UnitId)}");
            foreach (var p in people[e.Id].Where(p => ownTree && PersonIdentity.Name(p.Name) == name))
                yield return p.Role == ParticipantRole.Advisor
                    ? C(ConflictKind.OwnStudent, $"本人辅导的学生：评委是该作品的辅导教师（{UnitName(judge.UnitId)}）")
                    : C(ConflictKind.OwnWork, "本人作品：评委是该作品的作者");
            foreach (var r in facts.Relatives)
                if (school is not null && PersonIdentity.School(r.School) == PersonIdentity.School(school.Name)
                    && people[e.Id].Any(p => p.Role == ParticipantRole.Entrant && PersonIdentity.Name(p.Name) == PersonIdentity.Name(r.Name)))
                    yield return C(ConflictKind.Relative, $"亲属参赛：{r.Name}（{school.Name}）");
            foreach (var d in facts.Recusals.Where(d => d.EntryId == e.Id || d.UnitId == e.UnitId))
                yield return C(ConflictKind.Declared, d.EntryId == e.Id ? $"申报回避本作品：{d.Reason}" : $"申报回避{UnitName(d.UnitId)}：{d.Reason}");
        }
    }

    /// <summary>The conflicts of the given judges (all of the category's panel when null) with the category's entries.</summary>
    public static async Task<IReadOnlyList<Conflict>> ForCategoryAsync(MuseumDb db, ContestCategory category, IReadOnlyCollection<Guid>? judgeIds, CancellationToken ct)
    {
        var ids = judgeIds ?? await db.ContestJudgeAssignments.Where(a => a.CategoryId == category.Id).Select(a => a.JudgeId).ToListAsync(ct);
        var judges = await db.ContestJudges.AsNoTracking().Where(j => ids.Contains(j.Id)).OrderBy(j => j.Name).ToListAsync(ct);
        var relatives = (await db.ContestJudgeRelatives.AsNoTracking().Where(r => ids.Contains(r.JudgeId)).ToListAsync(ct)).ToLookup(r => r.JudgeId);
        var recusals = (await db.ContestJudgeRecusals.AsNoTracking().Where(r => ids.Contains(r.JudgeId)).ToListAsync(ct)).ToLookup(r => r.JudgeId);
        var entries = await db.ContestEntries.AsNoTracking().Where(e => e.CategoryId == category.Id && e.Status == EntryStatus.Submitted)
            .OrderBy(e => e.Number).ToListAsync(ct);
        var people = (await (from p in db.ContestParticipants.AsNoTracking()
                             join e in db.ContestEntries on p.EntryId equals e.Id
                             where e.CategoryId == category.Id
                             select p).ToListAsync(ct)).ToLookup(p => p.EntryId);
        var units = await db.ContestUnits.AsNoTracking().Where(u => u.ContestId == category.ContestId).ToDictionaryAsync(u => u.Id, ct);
        return [.. judges.SelectMany(j => Find(new JudgeFacts(j, [.. relatives[j.Id]], [.. recusals[j.Id]]), entries, people, units))];
    }
}
