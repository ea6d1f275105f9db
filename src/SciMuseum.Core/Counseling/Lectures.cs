using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Counseling;

public enum LecturePlace
{
    /// <summary>团体室: in the center.</summary>
    Center,
    School,
    Community,
    Online,
}

/// <summary>A series of lectures given as one programme (「你能行」家长学堂, seven parts): its sessions are <see cref="Lecture"/> rows.</summary>
public sealed class LectureSeries : MuseumEntity
{
    public string Title { get; set; } = "";
    public string Audience { get; set; } = "";
    public string Note { get; set; } = "";
}

/// <summary>心理健康讲座: one group lecture, in the center or out at a school or a community, with who came.</summary>
public sealed class Lecture : MuseumEntity
{
    public DateOnly Date { get; set; }
    public string Topic { get; set; } = "";
    public string Speaker { get; set; } = "";
    /// <summary>Where exactly (团体室, 邓州市张井小学, 华山社区…).</summary>
    public string Place { get; set; } = "";
    public LecturePlace PlaceKind { get; set; }
    public int Participants { get; set; }
    public Guid? SeriesId { get; set; }
    /// <summary>Which session of its series (1…n); null outside a series.</summary>
    public int? Session { get; set; }
    /// <summary>Where the photos are kept (the center's archive box or a shared folder), if any.</summary>
    public string Photos { get; set; } = "";
}

internal sealed class LectureSeriesConfiguration : IEntityTypeConfiguration<LectureSeries>
{
    public void Configure(EntityTypeBuilder<LectureSeries> b)
    {
        b.ToTable("CounselingLectureSeries");
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Audience).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LectureConfiguration : IEntityTypeConfiguration<Lecture>
{
    public void Configure(EntityTypeBuilder<Lecture> b)
    {
        b.ToTable("CounselingLectures");
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.Speaker).HasMaxLength(50);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Property(x => x.Photos).HasMaxLength(500);
        b.Property(x => x.PlaceKind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasOne<LectureSeries>().WithMany().HasForeignKey(x => x.SeriesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
