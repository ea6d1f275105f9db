using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs.Volunteers;

/// <summary>Where a volunteer was recruited: a university's students, the public, a company or other body.</summary>
public enum VolunteerSource
{
    University,
    Public,
    Organisation,
}

public enum VolunteerStatus
{
    /// <summary>Signed up at the desk's QR page; the exhibition department has not yet taken them on.</summary>
    Applied,
    Active,
    Left,
}

/// <summary>
/// 志愿者: a person who gives time to the museum (explaining exhibits, guiding visitors). One phone number is one
/// volunteer in a museum: a unique index stops a second sign-up with the same number, even two at once.
/// </summary>
public sealed class Volunteer : MuseumEntity
{
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public VolunteerSource Source { get; set; }
    /// <summary>The university, company or body they came through (南阳师范学院); empty for the public.</summary>
    public string Organisation { get; set; } = "";
    /// <summary>专业班级 or occupation.</summary>
    public string Major { get; set; } = "";
    public string Skills { get; set; } = "";
    /// <summary>When they can serve (周末, 寒暑假…), as they wrote it.</summary>
    public string Availability { get; set; } = "";
    public VolunteerStatus Status { get; set; }
    public DateOnly AppliedOn { get; set; }
    public DateOnly? JoinedOn { get; set; }
    /// <summary>The induction training they attended (date and topic); a volunteer serves on shifts only once trained.</summary>
    public DateOnly? TrainedOn { get; set; }
    public string TrainingTopic { get; set; } = "";
    public string Note { get; set; } = "";

    public static string Normalise(string phone) => phone.Trim();

    public static string SourceName(VolunteerSource s) => s switch
    {
        VolunteerSource.University => L("高校学生", "University students"),
        VolunteerSource.Public => L("社会招募", "The public"),
        _ => L("单位组织", "Organisation"),
    };

    public static string StatusName(VolunteerStatus s) => s switch
    {
        VolunteerStatus.Applied => L("待录用", "Applied"),
        VolunteerStatus.Active => L("在册", "Active"),
        _ => L("已退出", "Left"),
    };

    /// <summary>The universities this museum recruits from (those of its own volunteers, the most frequent first); the forms offer them.</summary>
    public static async Task<List<string>> UniversitiesAsync(Persistence.MuseumDb db, CancellationToken ct = default) =>
        (await db.Volunteers.AsNoTracking().Where(v => v.Source == VolunteerSource.University && v.Organisation != "")
            .GroupBy(v => v.Organisation).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).Take(20).Select(g => g.Key).ToList();
}

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> b)
    {
        b.ToTable("Volunteers");
        b.Property(x => x.Name).HasMaxLength(30);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Organisation).HasMaxLength(100);
        b.Property(x => x.Major).HasMaxLength(100);
        b.Property(x => x.Skills).HasMaxLength(200);
        b.Property(x => x.Availability).HasMaxLength(200);
        b.Property(x => x.TrainingTopic).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        // One volunteer per phone number and museum, among the rows not deleted.
        b.HasIndex(x => new { x.MuseumId, x.Phone }).IsUnique().HasFilter("NOT \"IsDeleted\"");
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
