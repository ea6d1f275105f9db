using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Performance;

namespace SciMuseum.Core.Persistence;

/// <summary>The performance module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<ScoringTable> ScoringTables => Set<ScoringTable>();
    public DbSet<ScoringIndicator> ScoringIndicators => Set<ScoringIndicator>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<EvaluationInput> EvaluationInputs => Set<EvaluationInput>();
    public DbSet<Judgement> Judgements => Set<Judgement>();
    public DbSet<PerformanceGoal> PerformanceGoals => Set<PerformanceGoal>();
    public DbSet<GoalIndicator> GoalIndicators => Set<GoalIndicator>();
    public DbSet<GoalBasis> GoalBases => Set<GoalBasis>();
    public DbSet<RectificationProblem> RectificationProblems => Set<RectificationProblem>();
    public DbSet<RectificationMeasure> RectificationMeasures => Set<RectificationMeasure>();
    public DbSet<MeasureProgress> MeasureProgress => Set<MeasureProgress>();
}
