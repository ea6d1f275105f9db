using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions;

namespace SciMuseum.Core.Persistence;

/// <summary>The competitions module's tables: contests, their categories and rules, units, entries, judging and classes.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Contest> Contests => Set<Contest>();
    public DbSet<ContestCategory> ContestCategories => Set<ContestCategory>();
    public DbSet<Criterion> ContestCriteria => Set<Criterion>();
    public DbSet<ContestUnit> ContestUnits => Set<ContestUnit>();
    public DbSet<Entry> ContestEntries => Set<Entry>();
    public DbSet<Participant> ContestParticipants => Set<Participant>();
    public DbSet<Judge> ContestJudges => Set<Judge>();
    public DbSet<JudgeAssignment> ContestJudgeAssignments => Set<JudgeAssignment>();
    public DbSet<Score> ContestScores => Set<Score>();
    public DbSet<MatchResult> ContestMatchResults => Set<MatchResult>();
    public DbSet<ContestClass> ContestClasses => Set<ContestClass>();
    public DbSet<OrganisationAwardRule> ContestOrganisationAwardRules => Set<OrganisationAwardRule>();
}
