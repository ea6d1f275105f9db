using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Competitions;

public enum OrganisationAwardKind
{
    /// <summary>优秀组织单位: organisers ranked by their schools' prizes.</summary>
    OrganisingUnit,
    /// <summary>优秀组织学校: schools ranked by their own prizes.</summary>
    OrganisingSchool,
    /// <summary>十佳学校 (e.g. 十佳机器人学校): the same ranking, under its own title.</summary>
    TopSchool,
    /// <summary>优秀辅导教师: advising teachers ranked by the prizes of the entries they advised.</summary>
    ExcellentCoach,
}

/// <summary>
/// 优秀组织单位 and the like: the rule says how many are given (Quota) and the fewest prize points a winner needs; points are
/// 5 for a first prize, 3 for a second and 1 for a third. Ties go to more first prizes, then more prizes, then the name.
/// </summary>
public sealed class OrganisationAwardRule : MuseumEntity
{
    public Guid ContestId { get; set; }
    public OrganisationAwardKind Kind { get; set; }
    /// <summary>The award's title as printed, e.g. 优秀组织单位, 十佳机器人学校.</summary>
    public string Title { get; set; } = "";
    public int Quota { get; set; }
    public int MinimumPoints { get; set; } = 1;
}

internal sealed class OrganisationAwardRuleConfiguration : IEntityTypeConfiguration<OrganisationAwardRule>
{
    public void Configure(EntityTypeBuilder<OrganisationAwardRule> b)
    {
        b.ToTable("ContestOrganisationAwardRules");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Title).HasMaxLength(50);
        b.HasIndex(r => r.ContestId);
        b.HasOne<Contest>().WithMany().HasForeignKey(r => r.ContestId).OnDelete(DeleteBehavior.Restrict);
    }
}
