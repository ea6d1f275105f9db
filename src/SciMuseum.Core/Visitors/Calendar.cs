using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// The opening pattern from a date on (开放规则): which weekdays the museum opens, its daily cap (最大承载量) and the
/// time slots (分时段) with their capacities. A later rule replaces an earlier one from its date, so "cap 600 from
/// 2020-06-13, 1,200 from 2020-09-15" are two rules.
/// </summary>
public sealed class OpeningRule : MuseumEntity
{
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Bit <c>1 &lt;&lt; (int)DayOfWeek</c> set for each weekday the museum opens.</summary>
    public int OpenWeekdays { get; set; }
    public int DailyCap { get; set; }
    public List<OpeningRuleSlot> Slots { get; set; } = [];

    public bool OpensOn(DayOfWeek day) => (OpenWeekdays & (1 << (int)day)) != 0;

    public static int Weekdays(params DayOfWeek[] days) => days.Aggregate(0, (mask, d) => mask | 1 << (int)d);
}

public sealed class OpeningRuleSlot : Entity
{
    public Guid RuleId { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public int Capacity { get; set; }
}

/// <summary>A closure (闭馆, with its reason) or a special opening (e.g. a public holiday on a Monday) over a date range.</summary>
public sealed class CalendarException : MuseumEntity
{
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public bool IsOpen { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>A published notice (公告): shown on the public pages, the lobby screen and the Atom feed while current.</summary>
public sealed class Notice : MuseumEntity
{
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public DateOnly PublishFrom { get; set; }
    public DateOnly? PublishUntil { get; set; }
    public bool IsPinned { get; set; }

    public bool IsCurrentOn(DateOnly day) => PublishFrom <= day && (PublishUntil is null || day <= PublishUntil);
}

internal sealed class OpeningRuleConfiguration : IEntityTypeConfiguration<OpeningRule>
{
    public void Configure(EntityTypeBuilder<OpeningRule> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.EffectiveFrom });
        b.HasMany(x => x.Slots).WithOne().HasForeignKey(s => s.RuleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CalendarExceptionConfiguration : IEntityTypeConfiguration<CalendarException>
{
    public void Configure(EntityTypeBuilder<CalendarException> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.From });
        b.Property(x => x.Reason).HasMaxLength(200);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.PublishFrom });
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Body).HasMaxLength(4000);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
