using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// 来访电话: one hotline call as the center logs it: when, how long, what about and where it was referred. No caller's
/// name is asked for or kept; the report counts the calls (2020: 100+).
/// </summary>
public sealed class HotlineCall : MuseumEntity
{
    public DateOnly Date { get; set; }
    public int DurationMinutes { get; set; }
    /// <summary>What the call was about, in a word or two (学业压力, 亲子沟通…).</summary>
    public string Topic { get; set; } = "";
    /// <summary>Where the caller was referred, if anywhere (来馆面询, 医院心理科…); empty when the call settled it.</summary>
    public string Referral { get; set; } = "";
}

public enum CenterVisitKind
{
    /// <summary>来访家长咨询: a parent who came to ask.</summary>
    ParentVisit,
    /// <summary>个体室参观体验: people who visited and tried the individual room.</summary>
    RoomVisit,
    /// <summary>网上远程心理辅导: an online counselling session (the closure of 2020).</summary>
    OnlineSession,
}

/// <summary>A parent visit, a visit to the individual room or an online session, with how many people it served.</summary>
public sealed class CenterVisit : MuseumEntity
{
    public DateOnly Date { get; set; }
    public CenterVisitKind Kind { get; set; }
    /// <summary>人次: a family or a class visiting the room counts each person.</summary>
    public int People { get; set; } = 1;
    public string Topic { get; set; } = "";
}

internal sealed class HotlineCallConfiguration : IEntityTypeConfiguration<HotlineCall>
{
    public void Configure(EntityTypeBuilder<HotlineCall> b)
    {
        b.ToTable("CounselingHotlineCalls");
        b.Property(x => x.Topic).HasMaxLength(100);
        b.Property(x => x.Referral).HasMaxLength(100);
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CenterVisitConfiguration : IEntityTypeConfiguration<CenterVisit>
{
    public void Configure(EntityTypeBuilder<CenterVisit> b)
    {
        b.ToTable("CounselingVisits");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Topic).HasMaxLength(100);
        b.HasIndex(x => new { x.MuseumId, x.Kind, x.Date });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
