using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions.Judging;

namespace SciMuseum.Core.Persistence;

/// <summary>Judging's own tables: what judges declare (relatives, 回避) for the conflict check.</summary>
public abstract partial class MuseumDb
{
    public DbSet<JudgeRelative> ContestJudgeRelatives => Set<JudgeRelative>();
    public DbSet<JudgeRecusal> ContestJudgeRecusals => Set<JudgeRecusal>();
}
